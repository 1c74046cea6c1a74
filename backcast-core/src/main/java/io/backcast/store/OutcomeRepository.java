package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.StateOverride;
import io.backcast.model.ValidationException;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.OutcomePhraseEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/** Stores outcomes. Deleting one takes its deliverables, links and check-ins, never a milestone. */
public final class OutcomeRepository {

    private final EntityStore store;

    public OutcomeRepository(EntityStore store) {
        this.store = store;
    }

    /** Inserts a new outcome (id 0) or updates a stored one; returns it as stored. */
    public Outcome save(Outcome outcome) {
        return store.inTransaction(() -> {
            OutcomeEntity row;
            if (outcome.id() == 0) {
                Rows.require(store, PlanEntity.class, outcome.planId(), "plan");
                Map<String, Object> required = new HashMap<>();
                required.put("PLAN_ID", outcome.planId());
                required.put("PHRASE", outcome.phrase());
                required.put("NEEDED_BY", Columns.fromDate(outcome.neededBy()));
                row = store.create(OutcomeEntity.class, required);
            } else {
                row = existing(outcome.id());
                if (row.getPlan().getID() != outcome.planId()) {
                    throw new ValidationException("outcome.planId", "cannot change: an outcome stays in its plan");
                }
            }
            write(outcome, row);
            row.save();
            store.deleteWhere(OutcomePhraseEntity.class, "OUTCOME_ID = ?", row.getID());
            for (Map.Entry<OutcomeState, String> template : outcome.phraseTemplates().entrySet()) {
                store.create(OutcomePhraseEntity.class, Map.of("OUTCOME_ID", row.getID(),
                        "OUTCOME_STATE", template.getKey().name(), "TEMPLATE", template.getValue()));
            }
            return outcome.withId(row.getID());
        });
    }

    public Optional<Outcome> find(int id) {
        return store.inTransaction(() -> Optional.ofNullable(store.get(OutcomeEntity.class, id))
                .map(row -> toOutcomes(List.of(row)).get(0)));
    }

    public Outcome get(int id) {
        return find(id).orElseThrow(() -> new NotFoundException("outcome", id));
    }

    /** A plan's outcomes in their order. */
    public List<Outcome> findByPlan(int planId) {
        return store.inTransaction(() -> {
            return toOutcomes(List.of(store.find(OutcomeEntity.class,
                    Query.select().where("PLAN_ID = ?", planId).order("SORT_ORDER, ID"))));
        });
    }

    /** Deletes the outcome with its deliverables, work links, check-ins and baseline dates. */
    public void delete(int id) {
        store.inTransaction(() -> {
            existing(id);
            new Cascade(store).deleteOutcomes(List.of(id));
            return null;
        });
    }

    private OutcomeEntity existing(int id) {
        return Rows.require(store, OutcomeEntity.class, id, "outcome");
    }

    private static void write(Outcome outcome, OutcomeEntity row) {
        row.setPhrase(outcome.phrase());
        row.setWhy(outcome.why());
        row.setNeededBy(Columns.fromDate(outcome.neededBy()));
        row.setOwner(outcome.owner());
        row.setSecondaryOwner(outcome.secondaryOwner());
        row.setSortOrder(outcome.sortOrder());
        StateOverride override = outcome.override();
        row.setOverrideState(override == null ? null : Columns.fromEnum(override.state()));
        row.setOverrideAuthor(override == null ? null : override.author());
        row.setOverrideReason(override == null ? null : override.reason());
        row.setOverrideExpiresAt(override == null ? null : Columns.fromInstant(override.expiresAt()));
    }

    private List<Outcome> toOutcomes(List<OutcomeEntity> rows) {
        Map<Integer, Map<OutcomeState, String>> templates = new HashMap<>();
        for (OutcomePhraseEntity template : Rows.findIn(store, OutcomePhraseEntity.class, "OUTCOME_ID", Rows.ids(rows), "ID")) {
            templates.computeIfAbsent(template.getOutcome().getID(), id -> new EnumMap<>(OutcomeState.class)).put(
                    Columns.toEnum(OutcomeState.class, template.getOutcomeState(), "OUTCOME_PHRASE.OUTCOME_STATE"),
                    template.getTemplate());
        }
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (OutcomeEntity row : rows) {
            outcomes.add(toOutcome(row, templates.getOrDefault(row.getID(), Map.of())));
        }
        return outcomes;
    }

    private static Outcome toOutcome(OutcomeEntity row, Map<OutcomeState, String> templates) {
        StateOverride override = row.getOverrideState() == null ? null : new StateOverride(
                Columns.toEnum(OutcomeState.class, row.getOverrideState(), "OUTCOME.OVERRIDE_STATE"),
                row.getOverrideAuthor(), row.getOverrideReason(), Columns.toInstant(row.getOverrideExpiresAt()));
        return new Outcome(row.getID(), row.getPlan().getID(), row.getPhrase(), row.getWhy(),
                Columns.toDate(row.getNeededBy()), row.getOwner(), row.getSecondaryOwner(), row.getSortOrder(), override, templates);
    }
}
