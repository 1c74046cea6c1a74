package io.backcast.store;

import io.backcast.model.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Dependency;
import io.backcast.model.ForecastChange;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.Planner;
import io.backcast.schedule.Schedule;
import io.backcast.store.entity.ForecastChangeEntity;

/**
 * The forecast history: when a milestone's or outcome's forecast moved and by how much. Monday
 * to Friday; today Monday 1 March 2027. Cabling (3 d) Mon 1..Wed 3 → Access points (2 d)
 * Thu 4..Fri 5 → WiFi (forecast Fri 5); Survey (1 d) Mon 1, feeding nothing.
 */
interface ForecastHistoryStorageContract extends StorageFixture {

    LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    Instant FIRST = Instant.parse("2027-03-01T08:00:00Z");
    Instant SECOND = Instant.parse("2027-03-02T08:00:00Z");
    Instant THIRD = Instant.parse("2027-03-03T08:00:00Z");

    private static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    /** The plan's stored milestones and outcomes, planned as of Monday 1 March. */
    default Schedule scheduleOf(Plan plan) {
        return new Planner().plan(new PlanNetwork(plan.calendar(), milestones().findByPlan(plan.id()),
                outcomes().findByPlan(plan.id())), MONDAY);
    }

    /** Saves the plan described above and returns its ids: plan, Cabling, Access points, Survey, WiFi. */
    default int[] wifiPlan(String name) {
        Plan plan = newPlan(name);
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", march(31)));
        Milestone cabling = milestones().save(Milestone.create(plan.id(), "Cabling", 3));
        Milestone accessPoints = milestones().save(Milestone.create(plan.id(), "Access points", 2)
                .withPredecessors(List.of(Dependency.after(cabling.id()))).withOutcomes(Set.of(wifi.id())));
        Milestone survey = milestones().save(Milestone.create(plan.id(), "Survey", 1));
        return new int[] {plan.id(), cabling.id(), accessPoints.id(), survey.id(), wifi.id()};
    }

    default List<ForecastChange> recordAt(int planId, Instant at) {
        Plan plan = plans().get(planId);
        return recordForecasts(planId, scheduleOf(plan), plan.calendar(), at);
    }

    default void setCablingDays(int cablingId, int days) {
        milestones().save(milestones().get(cablingId).withDurationDays(days));
    }

    @Test
    default void recordsEveryForecastTheFirstTime() {
        int[] ids = wifiPlan("Fit-out");

        List<ForecastChange> recorded = recordAt(ids[0], FIRST.plusNanos(123_456_789));

        assertThat(recorded).extracting(ForecastChange::subjectKind, ForecastChange::subjectId, ForecastChange::previousForecast,
                ForecastChange::newForecast, ForecastChange::slipDays).containsExactly(
                tuple(SubjectKind.MILESTONE, ids[1], null, march(3), 0),
                tuple(SubjectKind.MILESTONE, ids[2], null, march(5), 0),
                tuple(SubjectKind.MILESTONE, ids[3], null, march(1), 0),
                tuple(SubjectKind.OUTCOME, ids[4], null, march(5), 0));
        assertThat(recorded).allSatisfy(change -> {
            assertThat(change.id()).isPositive();
            assertThat(change.planId()).isEqualTo(ids[0]);
            assertThat(change.changedAt()).isEqualTo(FIRST); // kept to the second
        });
        assertThat(forecastHistory().history(SubjectKind.OUTCOME, ids[4])).containsExactly(recorded.get(3));
        assertThat(forecastHistory().historyOfPlan(ids[0])).containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    default void recordsOnlyTheForecastsThatMoved() {
        int[] ids = wifiPlan("Fit-out");
        recordAt(ids[0], FIRST);

        assertThat(recordAt(ids[0], SECOND)).isEmpty();

        setCablingDays(ids[1], 6);
        List<ForecastChange> moved = recordAt(ids[0], THIRD);

        // Survey did not move: nothing recorded for it
        assertThat(moved).extracting(ForecastChange::subjectKind, ForecastChange::subjectId)
                .containsExactly(tuple(SubjectKind.MILESTONE, ids[1]), tuple(SubjectKind.MILESTONE, ids[2]),
                        tuple(SubjectKind.OUTCOME, ids[4]));
        assertThat(forecastHistory().history(SubjectKind.MILESTONE, ids[3])).hasSize(1);
        assertThat(db().rowCount(ForecastChangeEntity.class)).isEqualTo(7);
    }

    @Test
    default void countsSlipInWorkingDaysAcrossTheWeekend() {
        int[] ids = wifiPlan("Fit-out");
        recordAt(ids[0], FIRST);

        setCablingDays(ids[1], 6);
        List<ForecastChange> later = recordAt(ids[0], SECOND);
        setCablingDays(ids[1], 3);
        List<ForecastChange> back = recordAt(ids[0], THIRD);

        // Cabling Wed 3 → Mon 8 (Thu 4, Fri 5, Mon 8); Access points and WiFi Fri 5 → Wed 10 (Mon 8, Tue 9, Wed 10)
        assertThat(later).extracting(ForecastChange::previousForecast, ForecastChange::newForecast, ForecastChange::slipDays)
                .containsExactly(tuple(march(3), march(8), 3), tuple(march(5), march(10), 3), tuple(march(5), march(10), 3));
        assertThat(back).extracting(ForecastChange::previousForecast, ForecastChange::newForecast, ForecastChange::slipDays)
                .containsExactly(tuple(march(8), march(3), -3), tuple(march(10), march(5), -3), tuple(march(10), march(5), -3));
    }

    @Test
    default void listsHistoryNewestFirst() {
        int[] ids = wifiPlan("Fit-out");
        int[] other = wifiPlan("Other");
        recordAt(ids[0], FIRST);
        recordAt(other[0], FIRST);
        setCablingDays(ids[1], 6);
        recordAt(ids[0], SECOND);
        setCablingDays(ids[1], 4);
        recordAt(ids[0], THIRD);

        assertThat(forecastHistory().history(SubjectKind.MILESTONE, ids[1]))
                .extracting(ForecastChange::changedAt, ForecastChange::newForecast, ForecastChange::slipDays)
                .containsExactly(tuple(THIRD, march(4), -2), tuple(SECOND, march(8), 3), tuple(FIRST, march(3), 0));
        List<ForecastChange> plan = forecastHistory().historyOfPlan(ids[0]);
        assertThat(plan).hasSize(10).extracting(ForecastChange::planId).containsOnly(ids[0]);
        assertThat(plan).extracting(ForecastChange::changedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(forecastHistory().historyOfPlan(other[0])).hasSize(4);
    }

    @Test
    default void aRecordingThatFailsHalfWayWritesNothing() {
        int[] ids = wifiPlan("Fit-out");
        int[] other = wifiPlan("Other");
        Plan plan = plans().get(ids[0]);
        // this plan's Cabling is recorded first, then another plan's milestone is refused
        Schedule mixed = new Planner().plan(new PlanNetwork(plan.calendar(),
                List.of(milestones().get(ids[1]), milestones().get(other[3])), List.of()), MONDAY);

        assertThatThrownBy(() -> recordForecasts(ids[0], mixed, plan.calendar(), FIRST))
                .isInstanceOf(ValidationException.class)
                .hasMessage("forecastChange.subjectId names milestone " + other[3] + ", which is not in plan " + ids[0]);
        assertThatThrownBy(() -> recordForecasts(999_999, scheduleOf(plan), plan.calendar(), FIRST))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("plan 999999 does not exist");

        assertThat(db().rowCount(ForecastChangeEntity.class)).isZero();
        assertThat(forecastHistory().history(SubjectKind.MILESTONE, ids[1])).isEmpty();
    }

    @Test
    default void historyGoesWithItsOutcomeMilestoneOrPlan() {
        int[] ids = wifiPlan("Fit-out");
        int[] kept = wifiPlan("Kept");
        recordAt(ids[0], FIRST);
        recordAt(kept[0], FIRST);

        outcomes().delete(ids[4]);
        assertThat(forecastHistory().history(SubjectKind.OUTCOME, ids[4])).isEmpty();
        assertThat(forecastHistory().historyOfPlan(ids[0])).hasSize(3);

        milestones().delete(ids[1]);
        assertThat(forecastHistory().history(SubjectKind.MILESTONE, ids[1])).isEmpty();
        assertThat(forecastHistory().historyOfPlan(ids[0])).extracting(ForecastChange::subjectId)
                .containsExactlyInAnyOrder(ids[2], ids[3]);

        plans().delete(ids[0]);
        assertThat(forecastHistory().historyOfPlan(ids[0])).isEmpty();
        assertThat(forecastHistory().historyOfPlan(kept[0])).hasSize(4);
        assertThat(db().rowCount(ForecastChangeEntity.class)).isEqualTo(4);
    }

    @Test
    default void forecastHistoryColumnsCarryJirasNames() {
        assertThat(db().columns("AO_F1ABAE_FORECAST_CHANGE")).contains("ID", "PLAN_ID", "SUBJECT_KIND", "SUBJECT_ID",
                "CHANGED_AT", "PREVIOUS_FORECAST", "NEW_FORECAST", "SLIP_DAYS");
    }
}
