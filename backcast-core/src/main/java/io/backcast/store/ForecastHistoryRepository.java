package io.backcast.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.backcast.model.ForecastChange;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.ForecastChangeEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/**
 * Stores the forecast history: one row each time a milestone's early finish or an outcome's
 * forecast moved, saying when and by how many working days. Which forecasts moved is decided
 * by the schedule ({@code Baselines.forecastMoves}); this only stores. Rows are only ever
 * added; they go with their subject (see {@link Cascade}).
 */
public final class ForecastHistoryRepository {

    private static final String NEWEST_FIRST = "CHANGED_AT DESC, ID DESC";

    private final EntityStore store;

    public ForecastHistoryRepository(EntityStore store) {
        this.store = store;
    }

    /**
     * Adds forecast changes (id 0) in one transaction and returns them stored, with their ids and
     * their instants kept to the second, in the order given. Every subject must be a milestone or
     * outcome of the change's plan; one that is not fails the whole call and nothing is added.
     */
    public List<ForecastChange> add(List<ForecastChange> changes) {
        return store.inTransaction(() -> {
            Map<Integer, Map<SubjectKind, Set<Integer>>> plans = new HashMap<>();
            List<ForecastChange> added = new ArrayList<>(changes.size());
            for (ForecastChange change : changes) {
                Map<SubjectKind, Set<Integer>> inPlan = plans.computeIfAbsent(change.planId(), this::subjectsOf);
                if (!inPlan.get(change.subjectKind()).contains(change.subjectId())) {
                    throw new ValidationException("forecastChange.subjectId", "names "
                            + change.subjectKind().name().toLowerCase(Locale.ROOT) + " " + change.subjectId()
                            + ", which is not in plan " + change.planId());
                }
                Instant changedAt = change.changedAt().truncatedTo(ChronoUnit.SECONDS);
                Map<String, Object> values = new HashMap<>();
                values.put("PLAN_ID", change.planId());
                values.put("SUBJECT_KIND", change.subjectKind().name());
                values.put("SUBJECT_ID", change.subjectId());
                values.put("CHANGED_AT", Columns.fromInstant(changedAt));
                values.put("PREVIOUS_FORECAST", Columns.fromDate(change.previousForecast()));
                values.put("NEW_FORECAST", Columns.fromDate(change.newForecast()));
                values.put("SLIP_DAYS", change.slipDays());
                int id = store.create(ForecastChangeEntity.class, values).getID();
                added.add(new ForecastChange(id, change.planId(), change.subjectKind(), change.subjectId(), changedAt,
                        change.previousForecast(), change.newForecast(), change.slipDays()));
            }
            return added;
        });
    }

    /** The forecast history of one outcome or milestone, newest first. */
    public List<ForecastChange> history(SubjectKind kind, int subjectId) {
        return store.inTransaction(() -> toChanges(store.find(ForecastChangeEntity.class, Query.select()
                .where("SUBJECT_KIND = ? AND SUBJECT_ID = ?", kind.name(), subjectId).order(NEWEST_FIRST))));
    }

    /** The forecast history of every outcome and milestone of a plan, newest first. */
    public List<ForecastChange> historyOfPlan(int planId) {
        return store.inTransaction(() -> toChanges(store.find(ForecastChangeEntity.class,
                Query.select().where("PLAN_ID = ?", planId).order(NEWEST_FIRST))));
    }

    /**
     * The newest recorded forecast of each subject of the plan, by kind and id. Reads the plan's
     * whole history once: rows are added only when a forecast moves, so it stays short.
     */
    public Map<SubjectKind, Map<Integer, LocalDate>> lastForecasts(int planId) {
        return store.inTransaction(() -> {
            Rows.require(store, PlanEntity.class, planId, "plan");
            Map<SubjectKind, Map<Integer, LocalDate>> last = new EnumMap<>(SubjectKind.class);
            for (ForecastChangeEntity row : store.find(ForecastChangeEntity.class,
                    Query.select().where("PLAN_ID = ?", planId).order(NEWEST_FIRST))) {
                SubjectKind kind = Columns.toEnum(SubjectKind.class, row.getSubjectKind(), "FORECAST_CHANGE.SUBJECT_KIND");
                last.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(row.getSubjectId(),
                        Columns.toDate(row.getNewForecast()));
            }
            return last;
        });
    }

    private Map<SubjectKind, Set<Integer>> subjectsOf(int planId) {
        Rows.require(store, PlanEntity.class, planId, "plan");
        return Map.of(SubjectKind.MILESTONE, idsInPlan(MilestoneEntity.class, planId),
                SubjectKind.OUTCOME, idsInPlan(OutcomeEntity.class, planId));
    }

    private Set<Integer> idsInPlan(Class<? extends net.java.ao.Entity> type, int planId) {
        return new HashSet<>(Rows.ids(store.find(type, Query.select().where("PLAN_ID = ?", planId))));
    }

    private static List<ForecastChange> toChanges(ForecastChangeEntity[] rows) {
        List<ForecastChange> changes = new ArrayList<>(rows.length);
        for (ForecastChangeEntity row : rows) {
            changes.add(new ForecastChange(row.getID(), row.getPlan().getID(),
                    Columns.toEnum(SubjectKind.class, row.getSubjectKind(), "FORECAST_CHANGE.SUBJECT_KIND"), row.getSubjectId(),
                    Columns.toInstant(row.getChangedAt()), Columns.toDate(row.getPreviousForecast()),
                    Columns.toDate(row.getNewForecast()), row.getSlipDays()));
        }
        return changes;
    }
}
