package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.model.Deliverable;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkLink;
import io.backcast.model.WorkLinkKind;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.DeliverableEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.WorkLinkEntity;
import net.java.ao.Query;

/** Stores deliverables with their work links. */
public final class DeliverableRepository {

    private final EntityStore store;

    public DeliverableRepository(EntityStore store) {
        this.store = store;
    }

    /** Inserts a new deliverable (id 0) or updates a stored one, replacing its work links. */
    public Deliverable save(Deliverable deliverable) {
        return store.inTransaction(() -> {
            OutcomeEntity outcome = store.get(OutcomeEntity.class, deliverable.outcomeId());
            if (outcome == null) {
                throw new NotFoundException("outcome", deliverable.outcomeId());
            }
            MilestoneEntity milestone = milestoneInPlan(deliverable, outcome.getPlan().getID());
            DeliverableEntity row;
            if (deliverable.id() == 0) {
                Map<String, Object> required = new HashMap<>();
                required.put("OUTCOME_ID", deliverable.outcomeId());
                required.put("NAME", deliverable.name());
                row = store.create(DeliverableEntity.class, required);
            } else {
                row = existing(deliverable.id());
                if (row.getOutcome().getID() != deliverable.outcomeId()) {
                    throw new ValidationException("deliverable.outcomeId", "cannot change: a deliverable stays with its outcome");
                }
            }
            row.setName(deliverable.name());
            row.setWeight(deliverable.weight());
            row.setMilestone(milestone);
            row.setSortOrder(deliverable.sortOrder());
            row.save();
            replaceWorkLinks(row.getID(), deliverable.workLinks());
            return deliverable.withId(row.getID());
        });
    }

    public Optional<Deliverable> find(int id) {
        return store.inTransaction(() -> Optional.ofNullable(store.get(DeliverableEntity.class, id))
                .map(row -> toDeliverables(List.of(row)).get(0)));
    }

    public Deliverable get(int id) {
        return find(id).orElseThrow(() -> new NotFoundException("deliverable", id));
    }

    /** An outcome's deliverables in their order. */
    public List<Deliverable> findByOutcome(int outcomeId) {
        return store.inTransaction(() -> toDeliverables(List.of(store.find(DeliverableEntity.class,
                Query.select().where("OUTCOME_ID = ?", outcomeId).order("SORT_ORDER, ID")))));
    }

    /** Every deliverable of a plan's outcomes, outcome by outcome in their order. */
    public List<Deliverable> findByPlan(int planId) {
        return store.inTransaction(() -> {
            List<Integer> outcomeIds = Rows.ids(store.find(OutcomeEntity.class,
                    Query.select().where("PLAN_ID = ?", planId).order("SORT_ORDER, ID")));
            Map<Integer, List<DeliverableEntity>> byOutcome = new LinkedHashMap<>();
            outcomeIds.forEach(id -> byOutcome.put(id, new ArrayList<>()));
            for (DeliverableEntity row : Rows.findIn(store, DeliverableEntity.class, "OUTCOME_ID", outcomeIds, "SORT_ORDER, ID")) {
                byOutcome.get(row.getOutcome().getID()).add(row);
            }
            List<DeliverableEntity> ordered = new ArrayList<>();
            byOutcome.values().forEach(ordered::addAll);
            return toDeliverables(ordered);
        });
    }

    /** Deletes the deliverable and its work links. */
    public void delete(int id) {
        store.inTransaction(() -> {
            existing(id);
            new Cascade(store).deleteDeliverables(List.of(id));
            return null;
        });
    }

    private DeliverableEntity existing(int id) {
        return Rows.require(store, DeliverableEntity.class, id, "deliverable");
    }

    private MilestoneEntity milestoneInPlan(Deliverable deliverable, int planId) {
        if (deliverable.milestoneId() == null) {
            return null;
        }
        MilestoneEntity milestone = store.get(MilestoneEntity.class, deliverable.milestoneId());
        if (milestone == null || milestone.getPlan().getID() != planId) {
            throw new ValidationException("deliverable.milestoneId",
                    "must name a milestone of the outcome's plan (milestone " + deliverable.milestoneId() + " is not one)");
        }
        return milestone;
    }

    private void replaceWorkLinks(int deliverableId, List<WorkLink> links) {
        store.deleteWhere(WorkLinkEntity.class, "DELIVERABLE_ID = ?", deliverableId);
        int position = 0;
        for (WorkLink link : links) {
            Map<String, Object> values = new HashMap<>();
            values.put("DELIVERABLE_ID", deliverableId);
            values.put("LINK_KIND", link.kind().name());
            values.put("SORT_ORDER", position++);
            if (link.kind() == WorkLinkKind.JQL) {
                values.put("JQL", link.target());
            } else {
                values.put("ISSUE_KEY", link.target());
            }
            store.create(WorkLinkEntity.class, values);
        }
    }

    private List<Deliverable> toDeliverables(List<DeliverableEntity> rows) {
        Map<Integer, List<WorkLink>> links = new HashMap<>();
        for (WorkLinkEntity link : Rows.findIn(store, WorkLinkEntity.class, "DELIVERABLE_ID", Rows.ids(rows), "SORT_ORDER, ID")) {
            WorkLinkKind kind = Columns.toEnum(WorkLinkKind.class, link.getLinkKind(), "WORK_LINK.LINK_KIND");
            links.computeIfAbsent(link.getDeliverable().getID(), id -> new ArrayList<>())
                    .add(new WorkLink(kind, kind == WorkLinkKind.JQL ? link.getJql() : link.getIssueKey()));
        }
        List<Deliverable> deliverables = new ArrayList<>(rows.size());
        for (DeliverableEntity row : rows) {
            MilestoneEntity milestone = row.getMilestone();
            deliverables.add(new Deliverable(row.getID(), row.getOutcome().getID(), row.getName(), row.getWeight(),
                    milestone == null ? null : milestone.getID(), row.getSortOrder(),
                    links.getOrDefault(row.getID(), List.of())));
        }
        return deliverables;
    }
}
