package io.backcast.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the planner says about one outcome, as the roll-up reads it.
 *
 * @param forecast           the forecast finish, or {@code null} when nothing is planned
 * @param floatDays          the smallest total float into the outcome in working days (negative:
 *                           that many days late), or {@code null}
 * @param lateStarts         milestones feeding it that are past their latest start and not started
 * @param criticalMilestones the milestones on its critical path, id → name
 */
public record OutcomeSchedule(LocalDate forecast, Integer floatDays, List<LateStart> lateStarts,
                              Map<Integer, String> criticalMilestones) {

    public OutcomeSchedule {
        lateStarts = List.copyOf(lateStarts);
        criticalMilestones = Map.copyOf(criticalMilestones);
    }
}
