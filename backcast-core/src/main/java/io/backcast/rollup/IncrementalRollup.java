package io.backcast.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.WorkItem;

/**
 * A plan's roll-up kept current one work item at a time: a change recomputes only the
 * deliverables that contain the item and their outcomes. Not thread-safe: one owner applies
 * changes in order.
 */
public final class IncrementalRollup {

    private final RollupEngine engine;
    private final Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<Integer, Deliverable> deliverables = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> deliverablesByOutcome = new HashMap<>();
    private final Map<Integer, Map<Long, WorkItem>> workByDeliverable = new HashMap<>();
    private final Map<Long, Set<Integer>> deliverablesByItem = new HashMap<>();
    private final Map<Integer, DeliverableRollup> rolledDeliverables = new LinkedHashMap<>();
    private final Map<Integer, OutcomeRollup> rolledOutcomes = new LinkedHashMap<>();
    private ScheduleView schedule;
    private LocalDate today;
    private Instant now;

    /** Starts from a full roll-up of {@code input}. */
    public IncrementalRollup(RollupEngine engine, RollupInput input, ScheduleView schedule, LocalDate today, Instant now) {
        this.engine = engine;
        this.schedule = schedule;
        this.today = today;
        this.now = now;
        input.outcomes().forEach(outcome -> outcomes.put(outcome.id(), outcome));
        for (Deliverable deliverable : input.deliverables()) {
            deliverables.put(deliverable.id(), deliverable);
            deliverablesByOutcome.computeIfAbsent(deliverable.outcomeId(), id -> new ArrayList<>()).add(deliverable.id());
            Map<Long, WorkItem> work = new HashMap<>();
            for (WorkItem item : input.workOf(deliverable.id())) {
                work.merge(item.id(), item, (a, b) -> b.updated().isAfter(a.updated()) ? b : a);
                deliverablesByItem.computeIfAbsent(item.id(), id -> new HashSet<>()).add(deliverable.id());
            }
            workByDeliverable.put(deliverable.id(), work);
        }
        PlanRollup full = engine.rollUp(input, schedule, today, now);
        rolledDeliverables.putAll(full.deliverables());
        rolledOutcomes.putAll(full.outcomes());
    }

    /**
     * An item appeared or changed: it now belongs to exactly {@code containingDeliverables}
     * (as the work source resolves their links). Returns the outcomes whose roll-up was recomputed.
     */
    public Set<Integer> apply(WorkItem item, Set<Integer> containingDeliverables) {
        Set<Integer> touched = new HashSet<>(deliverablesByItem.getOrDefault(item.id(), Set.of()));
        for (int deliverableId : touched) {
            if (!containingDeliverables.contains(deliverableId)) {
                workByDeliverable.get(deliverableId).remove(item.id());
            }
        }
        Set<Integer> now = new HashSet<>();
        for (int deliverableId : containingDeliverables) {
            Map<Long, WorkItem> work = workByDeliverable.get(deliverableId);
            if (work != null) {
                work.put(item.id(), item);
                now.add(deliverableId);
            }
        }
        touched.addAll(now);
        if (now.isEmpty()) {
            deliverablesByItem.remove(item.id());
        } else {
            deliverablesByItem.put(item.id(), now);
        }
        return recompute(touched);
    }

    /** An item disappeared (deleted, or no longer visible). Returns the outcomes recomputed. */
    public Set<Integer> remove(long itemId) {
        Set<Integer> touched = deliverablesByItem.remove(itemId);
        if (touched == null) {
            return Set.of();
        }
        for (int deliverableId : touched) {
            workByDeliverable.get(deliverableId).remove(itemId);
        }
        return recompute(touched);
    }

    /** The schedule changed: every outcome is assessed again (deliverables stay). */
    public void replaceSchedule(ScheduleView newSchedule) {
        this.schedule = newSchedule;
        recomputeOutcomes(outcomes.keySet());
    }

    /** Time moved on: overrides may have expired and work gone stale. */
    public void advanceTo(LocalDate newToday, Instant newNow) {
        this.today = newToday;
        this.now = newNow;
        recomputeOutcomes(outcomes.keySet());
    }

    public PlanRollup current() {
        return new PlanRollup(rolledOutcomes, rolledDeliverables);
    }

    /** The input as it now stands, for a full recompute. */
    public RollupInput input() {
        Map<Integer, Collection<WorkItem>> work = new HashMap<>();
        workByDeliverable.forEach((id, items) -> work.put(id, List.copyOf(items.values())));
        return new RollupInput(List.copyOf(outcomes.values()), List.copyOf(deliverables.values()), work);
    }

    private Set<Integer> recompute(Set<Integer> deliverableIds) {
        Set<Integer> outcomeIds = new HashSet<>();
        for (int deliverableId : deliverableIds) {
            Deliverable deliverable = deliverables.get(deliverableId);
            rolledDeliverables.put(deliverableId, engine.rollUp(deliverable, workByDeliverable.get(deliverableId).values()));
            outcomeIds.add(deliverable.outcomeId());
        }
        recomputeOutcomes(outcomeIds);
        return outcomeIds;
    }

    private void recomputeOutcomes(Collection<Integer> outcomeIds) {
        for (int outcomeId : outcomeIds) {
            List<DeliverableRollup> rolled = new ArrayList<>();
            for (int deliverableId : deliverablesByOutcome.getOrDefault(outcomeId, List.of())) {
                rolled.add(rolledDeliverables.get(deliverableId));
            }
            rolledOutcomes.put(outcomeId, engine.rollUp(outcomes.get(outcomeId), rolled, schedule, today, now));
        }
    }
}
