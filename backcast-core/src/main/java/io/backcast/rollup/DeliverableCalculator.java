package io.backcast.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.backcast.model.Deliverable;
import io.backcast.model.Hierarchy;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StatusCategory;
import io.backcast.model.WorkItem;

/**
 * Rolls a deliverable's work items up to its progress (design §3.1): items once each by id;
 * epics count through their children and parents through their sub-tasks; weights by the
 * plan's method, a missing one standing in as the mean of the known ones (1 if none) and
 * marked estimated; credit 1 when done, else 0 or, with partial credit, spent / (spent +
 * remaining) capped below 1. Progress = Σ weight × credit / Σ weight.
 */
final class DeliverableCalculator {

    /** Partial credit never reaches 1: only done work is done. */
    static final double PARTIAL_CREDIT_CAP = 0.99;

    private static final double SECONDS_PER_HOUR = 3_600.0;

    private final RollupPolicy policy;

    DeliverableCalculator(RollupPolicy policy) {
        this.policy = policy;
    }

    DeliverableRollup rollUp(Deliverable deliverable, Collection<WorkItem> work) {
        if (!deliverable.isLinked()) {
            return unmeasured(deliverable, DeliverableStatus.UNLINKED, Breakdown.EMPTY);
        }
        Map<Long, WorkItem> byId = new TreeMap<>();
        for (WorkItem item : work) {
            byId.merge(item.id(), item, (a, b) -> b.updated().isAfter(a.updated()) ? b : a);
        }
        List<WorkItem> items = new ArrayList<>(byId.values());
        items.sort(Comparator.comparing(WorkItem::key).thenComparingLong(WorkItem::id));
        Set<Long> parentsWithSubtasks = new HashSet<>();
        for (WorkItem item : items) {
            if (item.hierarchy() == Hierarchy.SUBTASK) {
                parentsWithSubtasks.add(item.parentId());
            }
        }
        List<WorkItem> counted = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (WorkItem item : items) {
            if (item.hierarchy() == Hierarchy.EPIC) {
                excluded.add(new Exclusion(item, ExclusionReason.EPIC));
            } else if (parentsWithSubtasks.contains(item.id())) {
                excluded.add(new Exclusion(item, ExclusionReason.PARENT_WITH_SUBTASKS));
            } else {
                counted.add(item);
            }
        }
        if (counted.isEmpty()) {
            return unmeasured(deliverable, DeliverableStatus.NO_WORK, new Breakdown(List.of(), excluded, 0, 0, false));
        }
        return measured(deliverable, counted, excluded);
    }

    private DeliverableRollup measured(Deliverable deliverable, List<WorkItem> counted, List<Exclusion> excluded) {
        double knownSum = 0;
        int knownCount = 0;
        for (WorkItem item : counted) {
            Double weight = rawWeight(item);
            if (weight != null) {
                knownSum += weight;
                knownCount++;
            }
        }
        double standIn = knownCount == 0 ? 1 : knownSum / knownCount;
        List<ItemLine> lines = new ArrayList<>(counted.size());
        double total = 0;
        double earned = 0;
        boolean allDone = true;
        boolean started = false;
        boolean impeded = false;
        Instant lastUnfinishedUpdate = null;
        for (WorkItem item : counted) {
            Double raw = rawWeight(item);
            double weight = raw == null ? standIn : raw;
            boolean done = policy.isDone(item);
            double credit = credit(item, done);
            lines.add(new ItemLine(item, weight, raw == null, credit, done));
            total += weight;
            earned += weight * credit;
            allDone &= done;
            started |= item.statusCategory() != StatusCategory.TO_DO;
            if (!done) {
                impeded |= item.isImpeded();
                if (lastUnfinishedUpdate == null || item.updated().isAfter(lastUnfinishedUpdate)) {
                    lastUnfinishedUpdate = item.updated();
                }
            }
        }
        boolean countedInstead = total == 0;
        double progress;
        if (countedInstead) {
            double credits = 0;
            for (ItemLine line : lines) {
                credits += line.credit();
            }
            progress = credits / lines.size();
        } else {
            progress = earned / total;
        }
        return new DeliverableRollup(deliverable.id(), deliverable.outcomeId(), deliverable.milestoneId(),
                deliverable.weight(), DeliverableStatus.MEASURED, progress, allDone, started, impeded,
                lastUnfinishedUpdate, new Breakdown(lines, excluded, total, earned, countedInstead));
    }

    private Double rawWeight(WorkItem item) {
        return switch (policy.weightMethod()) {
            case COUNT -> 1.0;
            case STORY_POINTS -> item.storyPoints();
            case ORIGINAL_ESTIMATE -> item.originalEstimate() == null ? null
                    : item.originalEstimate().getSeconds() / SECONDS_PER_HOUR;
        };
    }

    private double credit(WorkItem item, boolean done) {
        if (done) {
            return 1;
        }
        if (!policy.partialCredit() || item.timeSpent() == null || item.remainingEstimate() == null) {
            return 0;
        }
        double spent = item.timeSpent().getSeconds();
        double all = spent + item.remainingEstimate().getSeconds();
        return all == 0 ? 0 : Math.min(spent / all, PARTIAL_CREDIT_CAP);
    }

    private static DeliverableRollup unmeasured(Deliverable deliverable, DeliverableStatus status, Breakdown breakdown) {
        return new DeliverableRollup(deliverable.id(), deliverable.outcomeId(), deliverable.milestoneId(),
                deliverable.weight(), status, null, false, false, false, null, breakdown);
    }
}
