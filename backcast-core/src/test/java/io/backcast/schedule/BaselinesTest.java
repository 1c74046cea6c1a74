package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.SubjectKind;
import io.backcast.model.WorkCalendar;

/** Monday to Friday; today Monday 3 March 2025. */
class BaselinesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");
    private static final WorkCalendar CALENDAR = WorkCalendar.MONDAY_TO_FRIDAY;
    private final Planner planner = new Planner();

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    /**
     * Cabling ({@code cablingDays}) → Access points (2 d) → WiFi (needed Fri 14); Survey (1 d) →
     * LAN (needed Fri 14). With 3 days of cabling: Cabling Mon 3..Wed 5, Access points Thu 6..Fri 7,
     * Survey Mon 3; WiFi forecast Fri 7, LAN Mon 3.
     */
    private Schedule schedule(int cablingDays) {
        return planner.plan(new PlanNetwork(CALENDAR, List.of(
                Milestone.create(1, "Cabling", cablingDays).withId(1),
                Milestone.create(1, "Access points", 2).withId(2).withPredecessors(List.of(Dependency.after(1))).withOutcomes(Set.of(100)),
                Milestone.create(1, "Survey", 1).withId(3).withOutcomes(Set.of(200))),
                List.of(Outcome.create(1, "WiFi's up", march(14)).withId(100),
                        Outcome.create(1, "Machines are on the network", march(14)).withId(200))), TODAY);
    }

    @Test
    void capturesEachMilestonesEarlyDatesAndEachOutcomesForecastInPlanOrder() {
        Baseline baseline = Baselines.capture(schedule(3), 1, "Signed plan", AT);

        assertThat(baseline.id()).isZero();
        assertThat(baseline.planId()).isEqualTo(1);
        assertThat(baseline.name()).isEqualTo("Signed plan");
        assertThat(baseline.createdAt()).isEqualTo(AT);
        assertThat(baseline.dates()).containsExactly(
                new BaselineDate(SubjectKind.MILESTONE, 1, march(3), march(5)),
                new BaselineDate(SubjectKind.MILESTONE, 2, march(6), march(7)),
                new BaselineDate(SubjectKind.MILESTONE, 3, march(3), march(3)),
                new BaselineDate(SubjectKind.OUTCOME, 100, march(7), march(7)),
                new BaselineDate(SubjectKind.OUTCOME, 200, march(3), march(3)));
    }

    @Test
    void nothingHasSlippedAgainstABaselineOfTheSameSchedule() {
        Schedule schedule = schedule(3);

        List<Slip> slips = Baselines.slips(Baselines.capture(schedule, 1, "Signed plan", AT), schedule, CALENDAR);

        assertThat(slips).hasSize(5).extracting(Slip::slipDays).containsOnly(0);
    }

    @Test
    void countsSlipInWorkingDaysAcrossTheWeekendMilestonesThenOutcomesInPlanOrder() {
        // the baseline lists the outcome first and has subjects the schedule no longer has
        Baseline baseline = new Baseline(0, 1, "Signed plan", AT, List.of(
                new BaselineDate(SubjectKind.OUTCOME, 100, march(14), march(14)),
                new BaselineDate(SubjectKind.MILESTONE, 2, march(6), march(7)),
                new BaselineDate(SubjectKind.MILESTONE, 99, march(3), march(4)),
                new BaselineDate(SubjectKind.MILESTONE, 100, march(3), march(4)),
                new BaselineDate(SubjectKind.MILESTONE, 1, march(3), march(10))));

        // six days of cabling: Cabling Mon 3..Mon 10, Access points Tue 11..Wed 12, WiFi forecast Wed 12
        List<Slip> slips = Baselines.slips(baseline, schedule(6), CALENDAR);

        assertThat(slips).containsExactly(
                new Slip(SubjectKind.MILESTONE, 1, "Cabling", march(10), march(10), 0),
                // Fri 7 → Wed 12: Fri 7, Mon 10, Tue 11 — three working days, five calendar days
                new Slip(SubjectKind.MILESTONE, 2, "Access points", march(7), march(12), 3),
                // Fri 14 → Wed 12: two working days earlier
                new Slip(SubjectKind.OUTCOME, 100, null, march(14), march(12), -2));
        // Survey and LAN were added after the baseline; milestones 99 and 100 are gone (outcome 100 is not milestone 100)
        assertThat(slips).extracting(Slip::subjectId).doesNotContain(3, 99, 200);
        assertThat(slips.get(1).isLate()).isTrue();
        assertThat(slips.get(2).isLate()).isFalse();
    }

    @Test
    void aCapturedBaselineMeasuresTheSlipOfALaterSchedule() {
        Baseline signed = Baselines.capture(schedule(3), 1, "Signed plan", AT);

        List<Slip> slips = Baselines.slips(signed, schedule(6), CALENDAR);

        // Cabling Wed 5 → Mon 10, Access points and WiFi Fri 7 → Wed 12: three working days each; Survey and LAN unmoved
        assertThat(slips).extracting(Slip::kind, Slip::subjectId, Slip::forecastFinish, Slip::slipDays).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SubjectKind.MILESTONE, 1, march(10), 3),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.MILESTONE, 2, march(12), 3),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.MILESTONE, 3, march(3), 0),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.OUTCOME, 100, march(12), 3),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.OUTCOME, 200, march(3), 0));
    }

    @Test
    void anEmptyBaselineHasNoSlips() {
        assertThat(Baselines.slips(new Baseline(0, 1, "Empty", AT, List.of()), schedule(3), CALENDAR)).isEmpty();
    }
}
