package io.backcast.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.WorkCalendar;
import io.backcast.rollup.DeliverableRollup;
import io.backcast.rollup.DeliverableStatus;

/**
 * Moves a plan's milestones with their Jira work, so the forecast follows real progress. A
 * milestone with recorded actual dates keeps them. Otherwise, from the deliverables tied to
 * it that have measured work: all done → done (finished on the last working day before today,
 * started its duration earlier); some progress p → in progress, started round(d × p) working
 * days ago, with ceil(d × (1 − p)) days (at least 1) left; no progress → not started. A
 * milestone can only count as started when its predecessors are done (conventions §7); one
 * whose predecessors are not keeps its place but shrinks to the days its work still needs.
 */
public final class ProgressFromWork {

    private ProgressFromWork() {
    }

    public static PlanNetwork apply(PlanNetwork network, Map<Integer, DeliverableRollup> deliverables, LocalDate today) {
        Map<Integer, List<DeliverableRollup>> byMilestone = new HashMap<>();
        for (DeliverableRollup deliverable : deliverables.values()) {
            if (deliverable.milestoneId() != null && deliverable.status() == DeliverableStatus.MEASURED) {
                byMilestone.computeIfAbsent(deliverable.milestoneId(), id -> new ArrayList<>()).add(deliverable);
            }
        }
        if (byMilestone.isEmpty()) {
            return network;
        }
        WorkCalendar calendar = network.calendar();
        LocalDate lastWorkingDay = calendar.previousWorkingDay(today.minusDays(1));
        Map<Integer, Milestone> byId = new HashMap<>();
        network.milestones().forEach(m -> byId.put(m.id(), m));
        Map<Integer, Boolean> done = new HashMap<>();
        Map<Integer, Integer> remaining = new HashMap<>(network.remainingDays());
        List<Milestone> moved = new ArrayList<>();
        for (Milestone milestone : inDependencyOrder(network.milestones(), byId)) {
            Milestone result = milestone;
            List<DeliverableRollup> work = byMilestone.get(milestone.id());
            if (milestone.actualStart() == null && work != null) {
                boolean predecessorsDone = milestone.predecessors().stream()
                        .allMatch(dependency -> done.getOrDefault(dependency.predecessorId(), false));
                double progress = progress(work);
                int d = milestone.durationDays();
                if (work.stream().allMatch(DeliverableRollup::done) && predecessorsDone) {
                    LocalDate started = d == 0 ? lastWorkingDay : calendar.addWorkingDays(lastWorkingDay, -(d - 1));
                    result = milestone.withActuals(started, lastWorkingDay);
                } else if (progress > 0 && d > 0) {
                    int left = Math.max(1, (int) Math.ceil(d * (1 - progress)));
                    if (predecessorsDone) {
                        int spent = Math.max(1, (int) Math.round(d * progress));
                        result = milestone.withActuals(calendar.addWorkingDays(lastWorkingDay, -(spent - 1)), null);
                        remaining.put(milestone.id(), left);
                    } else {
                        result = milestone.withDurationDays(left);
                    }
                }
            }
            done.put(result.id(), result.actualFinish() != null);
            moved.add(result);
        }
        List<Milestone> inPlanOrder = new ArrayList<>();
        Map<Integer, Milestone> movedById = new HashMap<>();
        moved.forEach(m -> movedById.put(m.id(), m));
        network.milestones().forEach(m -> inPlanOrder.add(movedById.get(m.id())));
        return new PlanNetwork(calendar, inPlanOrder, network.outcomes(), remaining);
    }

    private static double progress(List<DeliverableRollup> work) {
        double weighted = 0;
        double weights = 0;
        for (DeliverableRollup deliverable : work) {
            weighted += deliverable.weight() * deliverable.progress();
            weights += deliverable.weight();
        }
        if (weights == 0) {
            return work.stream().mapToDouble(DeliverableRollup::progress).average().orElse(0);
        }
        return weighted / weights;
    }

    /** Predecessors first (Kahn); milestones in a cycle or after one come last, in plan order (the planner rejects cycles). */
    private static List<Milestone> inDependencyOrder(List<Milestone> milestones, Map<Integer, Milestone> byId) {
        Map<Integer, Integer> waiting = new HashMap<>();
        Map<Integer, List<Milestone>> successors = new HashMap<>();
        java.util.ArrayDeque<Milestone> ready = new java.util.ArrayDeque<>();
        for (Milestone milestone : milestones) {
            int known = 0;
            for (Dependency dependency : milestone.predecessors()) {
                if (byId.containsKey(dependency.predecessorId())) {
                    known++;
                    successors.computeIfAbsent(dependency.predecessorId(), id -> new ArrayList<>()).add(milestone);
                }
            }
            waiting.put(milestone.id(), known);
            if (known == 0) {
                ready.add(milestone);
            }
        }
        List<Milestone> ordered = new ArrayList<>();
        java.util.Set<Integer> placed = new java.util.HashSet<>();
        while (!ready.isEmpty()) {
            Milestone milestone = ready.poll();
            ordered.add(milestone);
            placed.add(milestone.id());
            for (Milestone successor : successors.getOrDefault(milestone.id(), List.of())) {
                if (waiting.merge(successor.id(), -1, Integer::sum) == 0) {
                    ready.add(successor);
                }
            }
        }
        for (Milestone milestone : milestones) {
            if (!placed.contains(milestone.id())) {
                ordered.add(milestone);
            }
        }
        return ordered;
    }
}
