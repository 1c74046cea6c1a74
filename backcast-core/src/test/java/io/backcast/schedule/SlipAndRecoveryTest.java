package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;

/** Monday to Friday; today Monday 3 March 2025. */
class SlipAndRecoveryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    private final Planner planner = new Planner();

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    /** Cabling (3 d) → APs (2 d) → WiFi (needed Fri 14); Survey (1 d, SNET Wed 5) → WiFi; Survey → Report (1 d) → LAN (needed Fri 7). */
    private static PlanNetwork network() {
        return new PlanNetwork(WorkCalendar.MONDAY_TO_FRIDAY, List.of(
                Milestone.create(1, "Cabling", 3).withId(1),
                Milestone.create(1, "Access points", 2).withId(2).withPredecessors(List.of(Dependency.after(1))).withOutcomes(Set.of(100)),
                Milestone.create(1, "Survey", 1).withId(3).withConstraints(march(5), null).withOutcomes(Set.of(100)),
                Milestone.create(1, "Report", 1).withId(4).withPredecessors(List.of(Dependency.after(3))).withOutcomes(Set.of(200))),
                List.of(Outcome.create(1, "WiFi's up", march(14)).withId(100),
                        Outcome.create(1, "Machines are on the network", march(7)).withId(200)));
    }

    @Test
    void aSlipWithinTheSlackBeforeTheForecastMovesNothing() {
        // WiFi's forecast is Fri 7 (APs Thu 6..Fri 7); Survey finishes Wed 5, so it has 2 days before WiFi moves,
        // and Report (Thu 6) drives LAN (forecast Thu 6)
        SlipImpact impact = planner.slip(network(), TODAY, 3, 2);

        assertThat(impact.outcomes()).extracting(OutcomeShift::outcomeId).containsExactly(100, 200);
        OutcomeShift wifi = impact.outcomes().get(0);
        assertThat(wifi.forecastBefore()).isEqualTo(march(7));
        assertThat(wifi.forecastAfter()).isEqualTo(march(7));
        assertThat(wifi.movedDays()).isZero();
        assertThat(wifi.absorbedDays()).isEqualTo(2);
        OutcomeShift lan = impact.outcomes().get(1);
        assertThat(lan.forecastBefore()).isEqualTo(march(6));
        assertThat(lan.forecastAfter()).isEqualTo(march(10));
        assertThat(lan.movedDays()).isEqualTo(2);
        assertThat(lan.absorbedDays()).isZero();
    }

    @Test
    void aSlipOnTheDrivingChainMovesTheOutcomeByTheWholeSlipAcrossTheWeekend() {
        SlipImpact impact = planner.slip(network(), TODAY, 1, 3);

        OutcomeShift wifi = impact.outcomes().get(0);
        assertThat(wifi.outcomeId()).isEqualTo(100);
        assertThat(wifi.forecastAfter()).isEqualTo(march(12));
        assertThat(wifi.movedDays()).isEqualTo(3);
        assertThat(impact.outcomes()).hasSize(1);
    }

    @Test
    void refusesToSlipADoneOrUnknownMilestoneOrByNothing() {
        assertThatThrownBy(() -> planner.slip(network(), TODAY, 99, 1))
                .isInstanceOf(ValidationException.class).hasMessage("slip.milestoneId names milestone 99, which is not in the plan");
        assertThatThrownBy(() -> planner.slip(network(), TODAY, 1, 0))
                .isInstanceOf(ValidationException.class).hasMessage("slip.days must be between 1 and 10000 (was 0)");
        PlanNetwork withDone = new PlanNetwork(WorkCalendar.MONDAY_TO_FRIDAY,
                List.of(Milestone.create(1, "Kick-off", 1).withId(1).withActuals(march(3).minusDays(7), march(3).minusDays(7))), List.of());
        assertThatThrownBy(() -> planner.slip(withDone, TODAY, 1, 1))
                .isInstanceOf(ValidationException.class).hasMessage("slip.milestoneId names 'Kick-off', which is done and cannot slip");
    }

    @Test
    void aLateOutcomeNamesTheChainThatMustRecoverTheDays() {
        PlanNetwork late = new PlanNetwork(WorkCalendar.MONDAY_TO_FRIDAY, List.of(
                Milestone.create(1, "Cabling", 5).withId(1),
                Milestone.create(1, "Access points", 3).withId(2).withPredecessors(List.of(Dependency.after(1))).withOutcomes(Set.of(100)),
                Milestone.create(1, "Survey", 1).withId(3).withOutcomes(Set.of(100))),
                List.of(Outcome.create(1, "WiFi's up", march(7)).withId(100)));

        Schedule schedule = planner.plan(late, TODAY);
        RecoveryPlan recovery = schedule.recovery(100);

        // cabling Mon 3..Fri 7, APs Mon 10..Wed 12: forecast Wed 12, needed Fri 7 → 3 working days late
        assertThat(schedule.outcome(100).forecast()).isEqualTo(march(12));
        assertThat(recovery.daysLate()).isEqualTo(3);
        assertThat(recovery.chain()).extracting(MilestoneSchedule::name).containsExactly("Cabling", "Access points");
        assertThat(schedule.milestone(1).totalFloat()).isEqualTo(-3);
        assertThat(schedule.recovery(999).chain()).isEmpty();
    }

    @Test
    void anOnTimeOutcomeNeedsNoRecovery() {
        RecoveryPlan recovery = planner.plan(network(), TODAY).recovery(100);

        assertThat(recovery.daysLate()).isZero();
        assertThat(recovery.chain()).isEmpty();
    }
}
