package io.backcast.schedule;

import java.util.List;

/**
 * For a late outcome: how many working days it is late, and the chain of milestones that
 * drives its forecast — recovering that many days anywhere along the chain brings it back.
 *
 * @param outcomeId the outcome
 * @param daysLate  working days after its needed-by date; 0 when it is on time
 * @param chain     the driving chain, predecessors first; empty when on time
 */
public record RecoveryPlan(int outcomeId, int daysLate, List<MilestoneSchedule> chain) {

    public RecoveryPlan {
        chain = List.copyOf(chain);
    }
}
