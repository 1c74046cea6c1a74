package io.backcast.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.backcast.model.Check;
import io.backcast.model.ForecastChange;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;
import io.backcast.port.EntityStore;
import io.backcast.schedule.MilestoneSchedule;
import io.backcast.schedule.OutcomeForecast;
import io.backcast.schedule.Schedule;
import io.backcast.store.entity.ForecastChangeEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/**
 * Stores the forecast history: each time a schedule moves a milestone's early finish or an
 * outcome's forecast, one row saying when and by how many working days. Rows are only ever
 * added; they go with their subject (see {@link Cascade}).
 */
public final class ForecastHistoryRepository {

    private static final String NEWEST_FIRST = "CHANGED_AT DESC, ID DESC";

    private final EntityStore store;

    public ForecastHistoryRepository(EntityStore store) {
        this.store = store;
    }

    /**
     * Records, in one transaction, every milestone (early finish) and outcome (forecast) of the
     * schedule whose forecast differs from the last one recorded for it, or has none yet; returns
     * what it recorded, milestones then outcomes in the schedule's order. Slip is counted in the
     * working days of {@code calendar}, the plan's. The instant is kept to the second. Every
     * subject must belong to the plan; one that does not fails the whole call.
     */
    public List<ForecastChange> record(int planId, Schedule schedule, WorkCalendar calendar, Instant at) {
        Instant changedAt = Check.instant("forecastChange.changedAt", at).truncatedTo(ChronoUnit.SECONDS);
        return store.inTransaction(() -> {
            Rows.require(store, PlanEntity.class, planId, "plan");
            Recording recording = new Recording(planId, changedAt, calendar);
            for (MilestoneSchedule milestone : schedule.milestones()) {
                recording.add(SubjectKind.MILESTONE, milestone.milestoneId(), milestone.earlyFinish());
            }
            for (OutcomeForecast outcome : schedule.outcomes()) {
                recording.add(SubjectKind.OUTCOME, outcome.outcomeId(), outcome.forecast());
            }
            return recording.recorded;
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

    /** One call of {@link #record}: what the plan holds and had recorded, and what was added. */
    private final class Recording {
        private final int planId;
        private final Instant changedAt;
        private final WorkCalendar calendar;
        private final Map<SubjectKind, Set<Integer>> inPlan;
        private final Map<String, LocalDate> last;
        private final List<ForecastChange> recorded = new ArrayList<>();

        Recording(int planId, Instant changedAt, WorkCalendar calendar) {
            this.planId = planId;
            this.changedAt = changedAt;
            this.calendar = Check.required("calendar", calendar);
            this.inPlan = Map.of(SubjectKind.MILESTONE, idsInPlan(MilestoneEntity.class, planId),
                    SubjectKind.OUTCOME, idsInPlan(OutcomeEntity.class, planId));
            this.last = lastForecasts(planId);
        }

        /** Inserts a change when the subject's forecast is new or has moved. */
        void add(SubjectKind kind, int subjectId, LocalDate forecast) {
            if (!inPlan.get(kind).contains(subjectId)) {
                throw new ValidationException("forecastChange.subjectId", "names " + kind.name().toLowerCase(Locale.ROOT)
                        + " " + subjectId + ", which is not in plan " + planId);
            }
            LocalDate previous = last.get(key(kind, subjectId));
            if (forecast.equals(previous)) {
                return;
            }
            int slip = previous == null ? 0 : Math.toIntExact(calendar.workingDaysBetween(previous, forecast));
            ForecastChange change = new ForecastChange(0, planId, kind, subjectId, changedAt, previous, forecast, slip);
            Map<String, Object> values = new HashMap<>();
            values.put("PLAN_ID", planId);
            values.put("SUBJECT_KIND", kind.name());
            values.put("SUBJECT_ID", subjectId);
            values.put("CHANGED_AT", Columns.fromInstant(changedAt));
            values.put("PREVIOUS_FORECAST", Columns.fromDate(previous));
            values.put("NEW_FORECAST", Columns.fromDate(forecast));
            values.put("SLIP_DAYS", slip);
            recorded.add(change.withId(store.create(ForecastChangeEntity.class, values).getID()));
        }
    }

    /**
     * The newest recorded forecast of each subject of the plan, by {@link #key}. Reads the plan's
     * whole history once: rows are added only when a forecast moves, so it stays short.
     */
    private Map<String, LocalDate> lastForecasts(int planId) {
        Map<String, LocalDate> last = new HashMap<>();
        for (ForecastChangeEntity row : store.find(ForecastChangeEntity.class,
                Query.select().where("PLAN_ID = ?", planId).order(NEWEST_FIRST))) {
            last.putIfAbsent(key(Columns.toEnum(SubjectKind.class, row.getSubjectKind(), "FORECAST_CHANGE.SUBJECT_KIND"),
                    row.getSubjectId()), Columns.toDate(row.getNewForecast()));
        }
        return last;
    }

    private Set<Integer> idsInPlan(Class<? extends net.java.ao.Entity> type, int planId) {
        return new HashSet<>(Rows.ids(store.find(type, Query.select().where("PLAN_ID = ?", planId))));
    }

    private static String key(SubjectKind kind, int subjectId) {
        return kind.name() + " " + subjectId;
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
