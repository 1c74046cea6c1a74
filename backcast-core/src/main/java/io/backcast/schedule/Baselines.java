package io.backcast.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.ForecastChange;
import io.backcast.model.SubjectKind;
import io.backcast.model.WorkCalendar;

/**
 * Baselines and slip against them (design §2: "slip = current forecast − baseline"). A
 * baseline freezes a schedule's forecast dates so that later schedules can say how far each
 * milestone and outcome has moved since the plan was agreed. Pure: no I/O, the instant is a
 * parameter.
 */
public final class Baselines {

    private Baselines() {
    }

    /**
     * A new, unsaved baseline (id 0) of a schedule: each milestone's early start and finish and
     * each outcome's forecast (as both its start and its finish), in the schedule's order.
     */
    public static Baseline capture(Schedule schedule, int planId, String name, Instant at) {
        List<BaselineDate> dates = new ArrayList<>();
        for (MilestoneSchedule milestone : schedule.milestones()) {
            dates.add(new BaselineDate(SubjectKind.MILESTONE, milestone.milestoneId(), milestone.earlyStart(), milestone.earlyFinish()));
        }
        for (OutcomeForecast outcome : schedule.outcomes()) {
            dates.add(new BaselineDate(SubjectKind.OUTCOME, outcome.outcomeId(), outcome.forecast(), outcome.forecast()));
        }
        return new Baseline(0, planId, name, at, dates);
    }

    /**
     * The slip of every milestone and outcome that is both in the baseline and in the schedule,
     * milestones then outcomes in the schedule's (the plan's) order: working days from the
     * baseline finish to the current early finish or forecast. Subjects added since the baseline,
     * or saved in it and gone since, have nothing to compare and are left out.
     */
    public static List<Slip> slips(Baseline baseline, Schedule schedule, WorkCalendar calendar) {
        Map<SubjectKind, Map<Integer, LocalDate>> saved = new HashMap<>();
        for (BaselineDate date : baseline.dates()) {
            saved.computeIfAbsent(date.subjectKind(), kind -> new HashMap<>()).put(date.subjectId(), date.finish());
        }
        List<Slip> slips = new ArrayList<>();
        for (MilestoneSchedule milestone : schedule.milestones()) {
            LocalDate finish = saved.getOrDefault(SubjectKind.MILESTONE, Map.of()).get(milestone.milestoneId());
            if (finish != null) {
                slips.add(slip(SubjectKind.MILESTONE, milestone.milestoneId(), milestone.name(), finish, milestone.earlyFinish(), calendar));
            }
        }
        for (OutcomeForecast outcome : schedule.outcomes()) {
            LocalDate finish = saved.getOrDefault(SubjectKind.OUTCOME, Map.of()).get(outcome.outcomeId());
            if (finish != null) {
                slips.add(slip(SubjectKind.OUTCOME, outcome.outcomeId(), null, finish, outcome.forecast(), calendar));
            }
        }
        return slips;
    }

    /**
     * The forecast history's new rows (id 0): every milestone (early finish) and outcome
     * (forecast) of the schedule whose forecast differs from the last one recorded for it, or
     * that has none recorded yet, milestones then outcomes in the schedule's order. The slip is
     * counted in working days of the plan's calendar from the last recorded forecast (0 for a
     * first record).
     *
     * @param lastRecorded the newest recorded forecast of each subject, by kind and id
     */
    public static List<ForecastChange> forecastMoves(int planId, Schedule schedule,
                                                     Map<SubjectKind, Map<Integer, LocalDate>> lastRecorded,
                                                     WorkCalendar calendar, Instant at) {
        List<ForecastChange> moves = new ArrayList<>();
        for (MilestoneSchedule milestone : schedule.milestones()) {
            move(planId, SubjectKind.MILESTONE, milestone.milestoneId(), milestone.earlyFinish(), lastRecorded, calendar, at)
                    .ifPresent(moves::add);
        }
        for (OutcomeForecast outcome : schedule.outcomes()) {
            move(planId, SubjectKind.OUTCOME, outcome.outcomeId(), outcome.forecast(), lastRecorded, calendar, at)
                    .ifPresent(moves::add);
        }
        return moves;
    }

    private static Optional<ForecastChange> move(int planId, SubjectKind kind, int id, LocalDate forecast,
                                                 Map<SubjectKind, Map<Integer, LocalDate>> lastRecorded,
                                                 WorkCalendar calendar, Instant at) {
        LocalDate previous = lastRecorded.getOrDefault(kind, Map.of()).get(id);
        if (forecast.equals(previous)) {
            return Optional.empty();
        }
        int slip = previous == null ? 0 : slip(kind, id, null, previous, forecast, calendar).slipDays();
        return Optional.of(new ForecastChange(0, planId, kind, id, at, previous, forecast, slip));
    }

    private static Slip slip(SubjectKind kind, int id, String name, LocalDate baselineFinish, LocalDate forecast,
                             WorkCalendar calendar) {
        int days = Math.toIntExact(calendar.workingDaysBetween(baselineFinish, forecast));
        return new Slip(kind, id, name, baselineFinish, forecast, days);
    }
}
