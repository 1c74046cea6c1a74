package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.ValidationException;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.DependencyEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.MilestoneOutcomeEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/**
 * Stores milestones with the links into them (their predecessors) and the outcomes they feed.
 * Predecessors and outcomes must belong to the milestone's plan.
 */
public final class MilestoneRepository {

    private final EntityStore store;

    public MilestoneRepository(EntityStore store) {
        this.store = store;
    }

    /** Inserts a new milestone (id 0) or updates a stored one, replacing its links and outcomes. */
    public Milestone save(Milestone milestone) {
        return store.inTransaction(() -> {
            MilestoneEntity row;
            if (milestone.id() == 0) {
                Rows.require(store, PlanEntity.class, milestone.planId(), "plan");
                Map<String, Object> required = new HashMap<>();
                required.put("PLAN_ID", milestone.planId());
                required.put("NAME", milestone.name());
                required.put("DURATION_DAYS", milestone.durationDays());
                row = store.create(MilestoneEntity.class, required);
            } else {
                row = existing(milestone.id());
                if (row.getPlan().getID() != milestone.planId()) {
                    throw new ValidationException("milestone.planId", "cannot change: a milestone stays in its plan");
                }
            }
            Milestone stored = milestone.withId(row.getID());
            rejectForeignPredecessors(stored);
            rejectForeignOutcomes(stored);
            write(stored, row);
            row.save();
            replaceLinks(stored);
            return stored;
        });
    }

    public Optional<Milestone> find(int id) {
        return store.inTransaction(() -> Optional.ofNullable(store.get(MilestoneEntity.class, id))
                .map(row -> toMilestones(List.of(row)).get(0)));
    }

    public Milestone get(int id) {
        return find(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }

    /** A plan's milestones in their order. */
    public List<Milestone> findByPlan(int planId) {
        return store.inTransaction(() -> toMilestones(List.of(store.find(MilestoneEntity.class,
                Query.select().where("PLAN_ID = ?", planId).order("SORT_ORDER, ID")))));
    }

    /** Deletes the milestone and every link into or out of it; deliverables tied to it stay, untied. */
    public void delete(int id) {
        store.inTransaction(() -> {
            existing(id);
            new Cascade(store).deleteMilestones(List.of(id));
            return null;
        });
    }

    private MilestoneEntity existing(int id) {
        return Rows.require(store, MilestoneEntity.class, id, "milestone");
    }

    private void rejectForeignPredecessors(Milestone milestone) {
        for (Dependency dependency : milestone.predecessors()) {
            MilestoneEntity predecessor = store.get(MilestoneEntity.class, dependency.predecessorId());
            if (predecessor == null || predecessor.getPlan().getID() != milestone.planId()) {
                throw new ValidationException("milestone.predecessors", "names milestone " + dependency.predecessorId()
                        + ", which is not a milestone of this plan");
            }
        }
    }

    private void rejectForeignOutcomes(Milestone milestone) {
        for (int outcomeId : milestone.outcomeIds()) {
            OutcomeEntity outcome = store.get(OutcomeEntity.class, outcomeId);
            if (outcome == null || outcome.getPlan().getID() != milestone.planId()) {
                throw new ValidationException("milestone.outcomeIds", "names outcome " + outcomeId
                        + ", which is not an outcome of this plan");
            }
        }
    }

    private static void write(Milestone milestone, MilestoneEntity row) {
        row.setName(milestone.name());
        row.setDurationDays(milestone.durationDays());
        row.setExternal(milestone.external());
        row.setStartNoEarlierThan(Columns.fromDate(milestone.startNoEarlierThan()));
        row.setFinishNoLaterThan(Columns.fromDate(milestone.finishNoLaterThan()));
        row.setOwner(milestone.owner());
        row.setSecondaryOwner(milestone.secondaryOwner());
        row.setActualStart(Columns.fromDate(milestone.actualStart()));
        row.setActualFinish(Columns.fromDate(milestone.actualFinish()));
        row.setSortOrder(milestone.sortOrder());
    }

    private void replaceLinks(Milestone milestone) {
        store.deleteWhere(DependencyEntity.class, "SUCCESSOR_ID = ?", milestone.id());
        for (Dependency dependency : milestone.predecessors()) {
            Map<String, Object> values = new HashMap<>();
            values.put("PREDECESSOR_ID", dependency.predecessorId());
            values.put("SUCCESSOR_ID", milestone.id());
            values.put("DEPENDENCY_TYPE", dependency.type().name());
            values.put("LAG_DAYS", dependency.lagDays());
            store.create(DependencyEntity.class, values);
        }
        store.deleteWhere(MilestoneOutcomeEntity.class, "MILESTONE_ID = ?", milestone.id());
        for (int outcomeId : milestone.outcomeIds()) {
            store.create(MilestoneOutcomeEntity.class, Map.of("MILESTONE_ID", milestone.id(), "OUTCOME_ID", outcomeId));
        }
    }

    private List<Milestone> toMilestones(List<MilestoneEntity> rows) {
        List<Integer> ids = Rows.ids(rows);
        Map<Integer, List<Dependency>> predecessors = new HashMap<>();
        for (DependencyEntity link : Rows.findIn(store, DependencyEntity.class, "SUCCESSOR_ID", ids, "ID")) {
            predecessors.computeIfAbsent(link.getSuccessor().getID(), id -> new ArrayList<>()).add(new Dependency(
                    link.getPredecessor().getID(),
                    Columns.toEnum(DependencyType.class, link.getDependencyType(), "DEPENDENCY.DEPENDENCY_TYPE"),
                    link.getLagDays()));
        }
        Map<Integer, Set<Integer>> outcomes = new HashMap<>();
        for (MilestoneOutcomeEntity feed : Rows.findIn(store, MilestoneOutcomeEntity.class, "MILESTONE_ID", ids, "ID")) {
            outcomes.computeIfAbsent(feed.getMilestone().getID(), id -> new HashSet<>()).add(feed.getOutcome().getID());
        }
        List<Milestone> milestones = new ArrayList<>(rows.size());
        for (MilestoneEntity row : rows) {
            milestones.add(new Milestone(row.getID(), row.getPlan().getID(), row.getName(), row.getDurationDays(),
                    row.isExternal(), Columns.toDate(row.getStartNoEarlierThan()),
                    Columns.toDate(row.getFinishNoLaterThan()), row.getOwner(), row.getSecondaryOwner(),
                    Columns.toDate(row.getActualStart()), Columns.toDate(row.getActualFinish()), row.getSortOrder(),
                    predecessors.getOrDefault(row.getID(), List.of()), outcomes.getOrDefault(row.getID(), Set.of())));
        }
        return milestones;
    }
}
