package io.backcast.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.backcast.model.BaselineDate;
import io.backcast.model.Milestone;
import io.backcast.model.OutcomeState;
import io.backcast.model.SubjectKind;
import io.backcast.model.WorkCalendar;
import io.backcast.schedule.MilestoneSchedule;
import io.backcast.schedule.OutcomeForecast;
import io.backcast.schedule.Progress;
import io.backcast.service.MilestoneView;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanView;
import io.backcast.service.StatusMilestone;
import io.backcast.service.StatusOutcome;
import io.backcast.service.StatusView;

/**
 * Where the milestone panel (design §5) puts things, before anything is drawn. From the top: a
 * band with one line per outcome for its needed-by label, the time axis's labels, one row per
 * milestone (at least one, for an empty plan's invitation), the legend. Across: the milestones'
 * names left of {@link #LABEL_WIDTH}, then the time axis over every date the panel shows (today,
 * the milestones' early and late dates, their baseline ghosts, the needed-by dates and the
 * outcomes' forecasts), so the needed-by dates sit at the right edge unless a forecast runs later.
 * In a row: the forecast bar (early start to early finish), its float (on to the late finish) or
 * its overrun (from the late finish to the forecast), the latest-start tick and the baseline ghost.
 * Pure computation in viewBox units; {@link MilestonePanel} draws it.
 */
final class MilestoneLayout {

    static final double WIDTH = 1100;
    /** Where the time axis starts; the milestones' names are left of it. */
    static final double LABEL_WIDTH = 270;
    /** Where the time axis ends. */
    static final double RIGHT = WIDTH - 24;
    static final double ROW = 38;
    static final double BAR = 14;
    static final double OUTCOME_LINE = 17;
    private static final double TOP = 10;
    private static final int MINIMUM_DAYS = 14;
    private static final double MINIMUM_SHADED_DAY = 4;

    /** One milestone as the panel draws it, from a plan view or a client status. */
    record Bar(Integer milestoneId, String name, boolean external, boolean point, Progress progress,
               LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish,
               Integer totalFloat, boolean critical) {

        static Bar of(MilestoneView view) {
            Milestone m = view.milestone();
            MilestoneSchedule s = view.schedule();
            if (s == null) {
                return new Bar(m.id(), m.name(), m.external(), m.durationDays() == 0, Progress.NOT_STARTED, null, null, null,
                        null, null, false);
            }
            return new Bar(m.id(), m.name(), m.external(), m.durationDays() == 0, s.progress(), s.earlyStart(),
                    s.earlyFinish(), s.lateStart(), s.lateFinish(), s.totalFloat(), s.critical());
        }

        static Bar of(StatusMilestone m) {
            return new Bar(null, m.name(), m.external(), m.point(), m.progress(), m.start(), m.finish(), m.mustStartBy(),
                    m.mustFinishBy(), m.floatDays(), m.critical());
        }

        boolean done() {
            return progress == Progress.DONE;
        }

        boolean forecast() {
            return earlyStart != null && earlyFinish != null;
        }
    }

    /** One outcome's needed-by marker. */
    record NeededBy(Integer outcomeId, String phrase, LocalDate neededBy, LocalDate forecast, boolean late,
                    String stateName) {
    }

    /**
     * What one panel shows.
     *
     * @param id     the prefix of the SVG's element ids
     * @param ghosts baseline dates by milestone id; empty on the client page
     */
    record Chart(String id, String planName, LocalDate today, WorkCalendar calendar, List<Bar> bars,
                 List<NeededBy> needs, Map<Integer, BaselineDate> ghosts) {

        /** A plan's panel, with a baseline's dates (may be null or empty) as ghosts. */
        static Chart of(PlanView view, List<BaselineDate> baseline) {
            Map<Integer, BaselineDate> ghosts = new HashMap<>();
            for (BaselineDate date : baseline == null ? List.<BaselineDate>of() : baseline) {
                if (date.subjectKind() == SubjectKind.MILESTONE) {
                    ghosts.put(date.subjectId(), date);
                }
            }
            List<Bar> bars = new ArrayList<>();
            for (MilestoneView m : view.milestones()) {
                bars.add(Bar.of(m));
            }
            List<NeededBy> needs = new ArrayList<>();
            for (OutcomeView o : view.outcomes()) {
                OutcomeForecast f = o.forecast();
                needs.add(new NeededBy(o.outcome().id(), o.outcome().phrase(), o.outcome().neededBy(),
                        f == null ? null : f.forecast(), f != null && f.isLate(), o.stateName()));
            }
            return new Chart("bc-tl-" + view.plan().id(), view.plan().name(), view.today(), view.plan().calendar(), bars,
                    needs, ghosts);
        }

        /** A client status's panel: no ids, no baseline. */
        static Chart of(StatusView view) {
            List<Bar> bars = new ArrayList<>();
            for (StatusMilestone m : view.milestones()) {
                bars.add(Bar.of(m));
            }
            List<NeededBy> needs = new ArrayList<>();
            for (StatusOutcome o : view.outcomes()) {
                boolean late = o.forecast() != null && o.forecast().isAfter(o.neededBy()) && o.state() != OutcomeState.DONE;
                needs.add(new NeededBy(null, o.name(), o.neededBy(), o.forecast(), late, o.stateName()));
            }
            return new Chart("bc-tl-status", view.planName(), view.today(), view.calendar(), bars, needs, Map.of());
        }

        /** The baseline dates of a milestone, or null. */
        BaselineDate ghost(Bar bar) {
            return bar.milestoneId() == null ? null : ghosts.get(bar.milestoneId());
        }
    }

    /** A stretch of the axis from {@code x0} to {@code x1}. */
    record Span(double x0, double x1) {

        double width() {
            return x1 - x0;
        }

        /** Its width, but at least {@code minimum}, so a short stretch stays visible. */
        double width(double minimum) {
            return Math.max(minimum, width());
        }
    }

    private final Chart chart;
    private final TimeAxis axis;
    private final double axisLabelY;
    private final double rowsTop;
    private final double rowsBottom;
    private final double legendY;

    MilestoneLayout(Chart chart, Locale locale) {
        this.chart = chart;
        LocalDate[] range = range(chart);
        this.axis = new TimeAxis(range[0], range[1], LABEL_WIDTH, RIGHT, locale);
        double bandBottom = TOP + chart.needs().size() * OUTCOME_LINE;
        this.axisLabelY = bandBottom + 16;
        this.rowsTop = axisLabelY + 8;
        this.rowsBottom = rowsTop + rowCount() * ROW;
        this.legendY = rowsBottom + 26;
    }

    /** The days the axis spans: every date the panel shows, with a margin, at least two weeks. */
    private static LocalDate[] range(Chart chart) {
        LocalDate earliest = chart.today();
        LocalDate latest = chart.today();
        for (Bar s : chart.bars()) {
            for (LocalDate d : new LocalDate[] {s.earlyStart(), s.earlyFinish(), s.lateStart(), s.lateFinish()}) {
                if (d != null) {
                    earliest = min(earliest, d);
                    latest = max(latest, d);
                }
            }
            BaselineDate ghost = chart.ghost(s);
            if (ghost != null) {
                earliest = min(earliest, ghost.start());
                latest = max(latest, ghost.finish());
            }
        }
        for (NeededBy o : chart.needs()) {
            earliest = min(earliest, o.neededBy());
            latest = max(latest, o.neededBy());
            if (o.forecast() != null) {
                latest = max(latest, o.forecast());
            }
        }
        return TimeAxis.range(earliest, latest, MINIMUM_DAYS);
    }

    Chart chart() {
        return chart;
    }

    TimeAxis axis() {
        return axis;
    }

    /** The baseline of the axis's labels. */
    double axisLabelY() {
        return axisLabelY;
    }

    double rowsTop() {
        return rowsTop;
    }

    double rowsBottom() {
        return rowsBottom;
    }

    /** The baseline of the legend. */
    double legendY() {
        return legendY;
    }

    double height() {
        return legendY + 20;
    }

    /** One row per milestone, and one for the invitation when there are none. */
    int rowCount() {
        return Math.max(1, chart.bars().size());
    }

    /** The top of a row. */
    double rowY(int row) {
        return rowsTop + row * ROW;
    }

    /** The top of a row's bar, centred in the row. */
    double barY(int row) {
        return rowY(row) + (ROW - BAR) / 2;
    }

    /** How many milestones are critical, done ones included. */
    int criticalCount() {
        int critical = 0;
        for (Bar m : chart.bars()) {
            if (m.critical()) {
                critical++;
            }
        }
        return critical;
    }

    /** Where an outcome's needed-by marker stands: at the end of its day. */
    double neededByX(NeededBy need) {
        return axis.endOf(need.neededBy());
    }

    /** The baseline of the {@code index}th outcome's label, one line each in the band above the axis. */
    double neededByLabelY(int index) {
        return TOP + (index + 1) * OUTCOME_LINE - 4;
    }

    /** Whether a needed-by label goes left of its marker: when the marker is past 45 % of the axis. */
    static boolean labelLeftOf(double markerX) {
        return markerX > LABEL_WIDTH + (RIGHT - LABEL_WIDTH) * 0.45;
    }

    /** The plan's non-working days on the axis, to shade; none when a day is narrower than 4 units. */
    List<Span> nonWorkingDays() {
        List<Span> days = new ArrayList<>();
        if (axis.pixelsPerDay() < MINIMUM_SHADED_DAY) {
            return days;
        }
        for (LocalDate d = axis.first(); !d.isAfter(axis.last()); d = d.plusDays(1)) {
            if (!chart.calendar().isWorkingDay(d)) {
                days.add(new Span(axis.x(d), axis.endOf(d)));
            }
        }
        return days;
    }

    /** Where the today line stands, if today is on the axis. */
    OptionalDouble todayX() {
        return axis.contains(chart.today()) ? OptionalDouble.of(axis.x(chart.today())) : OptionalDouble.empty();
    }

    /** A milestone's baseline ghost: baseline start to the end of the baseline finish. */
    Optional<Span> ghost(Bar bar) {
        BaselineDate ghost = chart.ghost(bar);
        return ghost == null ? Optional.empty() : Optional.of(new Span(axis.x(ghost.start()), axis.endOf(ghost.finish())));
    }

    /**
     * A milestone's forecast bar: early start to the end of early finish, for a planned milestone. A
     * point milestone's diamond sits at its end.
     */
    Optional<Span> forecast(Bar bar) {
        return bar.forecast() ? Optional.of(new Span(axis.x(bar.earlyStart()), axis.endOf(bar.earlyFinish())))
                : Optional.empty();
    }

    /** A planned, unfinished milestone's float: from its forecast finish on to a later late finish. */
    Optional<Span> floatOf(Bar bar) {
        if (!bar.forecast() || bar.done() || bar.lateFinish() == null || !bar.lateFinish().isAfter(bar.earlyFinish())) {
            return Optional.empty();
        }
        return Optional.of(new Span(axis.endOf(bar.earlyFinish()), axis.endOf(bar.lateFinish())));
    }

    /** A planned, unfinished milestone's overrun: from a late finish before its forecast finish to that forecast. */
    Optional<Span> overrun(Bar bar) {
        if (!bar.forecast() || bar.done() || bar.lateFinish() == null || !bar.lateFinish().isBefore(bar.earlyFinish())) {
            return Optional.empty();
        }
        return Optional.of(new Span(axis.endOf(bar.lateFinish()), axis.endOf(bar.earlyFinish())));
    }

    /**
     * A planned, unfinished milestone's latest-start tick: at the start of that day, or for a point
     * milestone (which happens at the end of its day) at the end of it.
     */
    OptionalDouble latestStartX(Bar bar) {
        if (!bar.forecast() || bar.done() || bar.lateStart() == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(bar.point() ? axis.endOf(bar.lateStart()) : axis.x(bar.lateStart()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
