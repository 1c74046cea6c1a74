package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.backcast.model.BaselineDate;
import io.backcast.model.SubjectKind;
import io.backcast.model.WorkCalendar;
import io.backcast.schedule.Progress;
import io.backcast.web.page.MilestoneLayout.Bar;
import io.backcast.web.page.MilestoneLayout.Chart;
import io.backcast.web.page.MilestoneLayout.NeededBy;
import io.backcast.web.page.MilestoneLayout.Span;

/**
 * Where the milestone panel puts things, without any SVG. The chart below spans 11 March to
 * 5 April 2025 (today, 12 March, to the needed-by date, 4 April, with a day's margin each side):
 * 26 days over the 806 units from the label column to the right edge, 31 units a day.
 */
class MilestoneLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);
    private static final double PER_DAY = 31;
    private static final double FIRST_DAY = MilestoneLayout.LABEL_WIDTH; // 11 March

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    /** Where a day starts on this test's axis. */
    private static double x(LocalDate day) {
        return FIRST_DAY + (day.toEpochDay() - march(11).toEpochDay()) * PER_DAY;
    }

    /** A milestone forecast 17..21 March that must start by 25 March and finish by 31 March. */
    private static Bar cabling(Progress progress, boolean point) {
        return new Bar(3, "Network cabled", false, point, progress, march(17), march(21), march(25), march(31), 6, true);
    }

    private static NeededBy wifi() {
        return new NeededBy(100, "WiFi's up", LocalDate.of(2025, 4, 4), march(27), false, "On track");
    }

    private static MilestoneLayout layout(List<Bar> bars, List<NeededBy> needs, List<BaselineDate> ghosts) {
        Map<Integer, BaselineDate> byMilestone = new HashMap<>();
        ghosts.forEach(g -> byMilestone.put(g.subjectId(), g));
        return new MilestoneLayout(new Chart("t", "Plan", TODAY, WorkCalendar.MONDAY_TO_FRIDAY, bars, needs, byMilestone),
                Locale.ENGLISH);
    }

    @Test
    void theAxisRunsFromTodayToTheNeededByDateWithADayOfMarginEachSide() {
        MilestoneLayout layout = layout(List.of(cabling(Progress.NOT_STARTED, false)), List.of(wifi()), List.of());
        assertThat(layout.axis().first()).isEqualTo(march(11));
        assertThat(layout.axis().last()).isEqualTo(LocalDate.of(2025, 4, 5));
        assertThat(layout.axis().pixelsPerDay()).isCloseTo(PER_DAY, within(1e-9));
        assertThat(layout.todayX()).hasValue(x(TODAY));
        // the needed-by marker stands at the end of its day, near the right edge
        assertThat(layout.neededByX(wifi())).isEqualTo(x(LocalDate.of(2025, 4, 5)));
        assertThat(MilestoneLayout.labelLeftOf(layout.neededByX(wifi()))).isTrue();
        assertThat(MilestoneLayout.labelLeftOf(x(march(14)))).isFalse();
    }

    @Test
    void aBaselineGhostBeforeThePlanWidensTheAxisToShowIt() {
        BaselineDate ghost = new BaselineDate(SubjectKind.MILESTONE, 3, LocalDate.of(2025, 2, 1), march(5));
        MilestoneLayout layout = layout(List.of(cabling(Progress.NOT_STARTED, false)), List.of(wifi()), List.of(ghost));
        assertThat(layout.axis().first()).isBefore(LocalDate.of(2025, 2, 1));
        Span span = layout.ghost(cabling(Progress.NOT_STARTED, false)).orElseThrow();
        assertThat(span.x0()).isEqualTo(layout.axis().x(LocalDate.of(2025, 2, 1)));
        assertThat(span.x1()).isEqualTo(layout.axis().endOf(march(5)));
    }

    @Test
    void aBarRunsFromItsEarlyStartToTheEndOfItsEarlyFinishAndItsFloatOnToTheEndOfItsLateFinish() {
        Bar bar = cabling(Progress.NOT_STARTED, false);
        MilestoneLayout layout = layout(List.of(bar), List.of(wifi()), List.of());
        assertThat(layout.forecast(bar)).contains(new Span(x(march(17)), x(march(22))));
        assertThat(layout.floatOf(bar)).contains(new Span(x(march(22)), x(LocalDate.of(2025, 4, 1))));
        assertThat(layout.overrun(bar)).isEmpty();
        assertThat(layout.latestStartX(bar)).hasValue(x(march(25)));
    }

    @Test
    void aPointMilestonesLatestStartIsAtTheEndOfItsDay() {
        Bar handover = new Bar(2, "Building handed over", true, true, Progress.NOT_STARTED, march(14), march(14),
                march(24), march(24), 6, false);
        MilestoneLayout layout = layout(List.of(handover), List.of(wifi()), List.of());
        assertThat(layout.latestStartX(handover)).hasValue(x(march(25)));
        assertThat(layout.forecast(handover).orElseThrow().x1()).isEqualTo(x(march(15)));
    }

    @Test
    void aLateMilestoneHasAnOverrunFromItsLateFinishToItsForecastAndNoFloat() {
        Bar late = new Bar(80, "Build", false, false, Progress.NOT_STARTED, march(12), march(25), march(12), march(14), -7, true);
        MilestoneLayout layout = layout(List.of(late), List.of(wifi()), List.of());
        assertThat(layout.overrun(late)).contains(new Span(x(march(15)), x(march(26))));
        assertThat(layout.floatOf(late)).isEmpty();
    }

    @Test
    void aDoneMilestoneKeepsItsBarButHasNoFloatOverrunOrLatestStart() {
        Bar done = cabling(Progress.DONE, false);
        MilestoneLayout layout = layout(List.of(done), List.of(wifi()), List.of());
        assertThat(layout.forecast(done)).isPresent();
        assertThat(layout.floatOf(done)).isEmpty();
        assertThat(layout.overrun(done)).isEmpty();
        assertThat(layout.latestStartX(done)).isEmpty();
    }

    @Test
    void anUnplannedMilestoneHasOnlyItsBaselineGhost() {
        Bar unplanned = new Bar(3, "Network cabled", false, false, Progress.NOT_STARTED, null, null, null, null, null, false);
        BaselineDate ghost = new BaselineDate(SubjectKind.MILESTONE, 3, march(17), march(21));
        MilestoneLayout layout = layout(List.of(unplanned), List.of(wifi()), List.of(ghost));
        assertThat(layout.ghost(unplanned)).isPresent();
        assertThat(layout.forecast(unplanned)).isEmpty();
        assertThat(layout.floatOf(unplanned)).isEmpty();
        assertThat(layout.latestStartX(unplanned)).isEmpty();
    }

    @Test
    void rowsStackBelowOneLabelLinePerOutcomeAndTheAxisLabels() {
        MilestoneLayout oneOutcome = layout(List.of(cabling(Progress.NOT_STARTED, false), cabling(Progress.DONE, false)),
                List.of(wifi()), List.of());
        MilestoneLayout twoOutcomes = layout(List.of(cabling(Progress.NOT_STARTED, false), cabling(Progress.DONE, false)),
                List.of(wifi(), wifi()), List.of());
        assertThat(twoOutcomes.rowsTop() - oneOutcome.rowsTop()).isEqualTo(MilestoneLayout.OUTCOME_LINE);
        assertThat(oneOutcome.neededByLabelY(0)).isLessThan(oneOutcome.axisLabelY());
        assertThat(oneOutcome.axisLabelY()).isLessThan(oneOutcome.rowsTop());
        assertThat(oneOutcome.rowY(1) - oneOutcome.rowY(0)).isEqualTo(MilestoneLayout.ROW);
        assertThat(oneOutcome.barY(0)).isEqualTo(oneOutcome.rowY(0) + (MilestoneLayout.ROW - MilestoneLayout.BAR) / 2);
        assertThat(oneOutcome.rowsBottom()).isEqualTo(oneOutcome.rowY(2));
        assertThat(oneOutcome.legendY()).isGreaterThan(oneOutcome.rowsBottom()).isLessThan(oneOutcome.height());
        assertThat(oneOutcome.criticalCount()).isEqualTo(2);
    }

    @Test
    void shadesEachNonWorkingDayOnlyWhileADayIsWideEnoughToSee() {
        MilestoneLayout layout = layout(List.of(cabling(Progress.NOT_STARTED, false)), List.of(wifi()), List.of());
        // weekends 15-16, 22-23, 29-30 March and Saturday 5 April
        assertThat(layout.nonWorkingDays()).hasSize(7).first().isEqualTo(new Span(x(march(15)), x(march(16))));
        Bar decade = new Bar(70, "Build", false, false, Progress.NOT_STARTED, TODAY, TODAY.plusYears(10), TODAY,
                TODAY.plusYears(10), 0, true);
        assertThat(layout(List.of(decade), List.of(), List.of()).nonWorkingDays()).isEmpty();
    }

    @Test
    void anEmptyPlanKeepsOneRowForItsInvitationAndTwoWeeksAroundToday() {
        MilestoneLayout empty = layout(List.of(), List.of(), List.of());
        assertThat(empty.rowCount()).isEqualTo(1);
        assertThat(empty.rowsBottom() - empty.rowsTop()).isEqualTo(MilestoneLayout.ROW);
        assertThat(empty.axis().contains(TODAY)).isTrue();
        assertThat(empty.axis().last().toEpochDay() - empty.axis().first().toEpochDay() + 1).isGreaterThanOrEqualTo(14);
    }
}
