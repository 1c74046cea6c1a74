package io.backcast.schedule;

import java.util.List;
import java.util.Map;

import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.WorkCalendar;

/**
 * What the planner plans: a plan's milestones (with their links, constraints and actual dates)
 * and outcomes, on its work calendar.
 *
 * @param calendar      the working days
 * @param milestones    every milestone of the plan
 * @param outcomes      every outcome of the plan (each a point the milestones that feed it lead into)
 * @param remainingDays for milestones in progress, the working days left when known (from their
 *                      work); otherwise the planned duration less the working days already spent
 */
public record PlanNetwork(WorkCalendar calendar, List<Milestone> milestones, List<Outcome> outcomes,
                          Map<Integer, Integer> remainingDays) {

    public PlanNetwork {
        milestones = List.copyOf(milestones);
        outcomes = List.copyOf(outcomes);
        remainingDays = Map.copyOf(remainingDays);
    }

    public PlanNetwork(WorkCalendar calendar, List<Milestone> milestones, List<Outcome> outcomes) {
        this(calendar, milestones, outcomes, Map.of());
    }
}
