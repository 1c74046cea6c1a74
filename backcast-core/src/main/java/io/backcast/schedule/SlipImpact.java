package io.backcast.schedule;

import java.util.List;

/**
 * What happens if a milestone finishes {@code days} working days later than planned: the
 * outcomes it feeds, each with how far its forecast moves and how much float absorbed.
 */
public record SlipImpact(int milestoneId, int days, List<OutcomeShift> outcomes) {

    public SlipImpact {
        outcomes = List.copyOf(outcomes);
    }
}
