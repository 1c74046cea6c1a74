package io.backcast.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.backcast.rollup.DeliverableRollup;
import io.backcast.rollup.PlanRollup;
import io.backcast.rollup.RollupEngine;
import io.backcast.rollup.RollupInput;

/**
 * A plan's status: its schedule, planned with the progress of its Jira work, and the roll-up
 * whose outcome states read that schedule (float, latest starts, the critical path).
 */
public record PlanStatus(Schedule schedule, PlanRollup rollup) {

    /** Rolls deliverables up, moves milestones with their work, plans, then assesses the outcomes. */
    public static PlanStatus of(RollupEngine engine, PlanNetwork network, RollupInput work, LocalDate today, Instant now) {
        Map<Integer, DeliverableRollup> deliverables = engine.rollUpDeliverables(work);
        Schedule schedule = new Planner().plan(ProgressFromWork.apply(network, deliverables, today), today);
        return new PlanStatus(schedule, engine.rollUp(work, deliverables, schedule, today, now));
    }
}
