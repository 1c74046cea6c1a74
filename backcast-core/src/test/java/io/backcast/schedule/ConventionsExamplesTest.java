package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.WorkCalendar;

/** The worked examples of scheduling-conventions.md §3, Monday to Friday, today Monday 3 March 2025. */
class ConventionsExamplesTest {

    private static final LocalDate MONDAY_3_MARCH = LocalDate.of(2025, 3, 3);
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    private Milestone milestone(int id, String name, int days, Dependency... predecessors) {
        Milestone milestone = Milestone.create(1, name, days).withId(id).withPredecessors(List.of(predecessors));
        milestones.add(milestone);
        return milestone;
    }

    private Milestone startingOn(Milestone milestone, LocalDate day) {
        milestones.remove(milestone);
        Milestone constrained = milestone.withConstraints(day, null);
        milestones.add(constrained);
        return constrained;
    }

    private Schedule plan() {
        return new Planner().plan(new PlanNetwork(WorkCalendar.MONDAY_TO_FRIDAY, milestones, outcomes), MONDAY_3_MARCH);
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    @Test
    void finishToStartWithLagsAndLeads() {
        milestone(1, "A", 3);
        milestone(2, "B after A", 2, Dependency.after(1));
        milestone(3, "B one clear day", 2, new Dependency(1, DependencyType.FS, 1));
        milestone(4, "B with a lead", 2, new Dependency(1, DependencyType.FS, -1));
        milestone(5, "Point after A", 0, Dependency.after(1));

        Schedule schedule = plan();

        assertThat(schedule.milestone(1).earlyStart()).isEqualTo(march(3));
        assertThat(schedule.milestone(1).earlyFinish()).isEqualTo(march(5));
        assertThat(schedule.milestone(2).earlyStart()).isEqualTo(march(6));
        assertThat(schedule.milestone(2).earlyFinish()).isEqualTo(march(7));
        assertThat(schedule.milestone(3).earlyStart()).isEqualTo(march(7));
        assertThat(schedule.milestone(3).earlyFinish()).isEqualTo(march(10));
        assertThat(schedule.milestone(4).earlyStart()).isEqualTo(march(5));
        assertThat(schedule.milestone(4).earlyFinish()).isEqualTo(march(6));
        assertThat(schedule.milestone(5).earlyStart()).isEqualTo(march(5));
        assertThat(schedule.milestone(5).earlyFinish()).isEqualTo(march(5));
    }

    @Test
    void startToStartFinishToFinishAndStartToFinish() {
        startingOn(milestone(1, "DESIGN", 5), march(5));
        milestone(2, "BUILD", 4, new Dependency(1, DependencyType.SS, 2));
        startingOn(milestone(3, "CODE", 1), march(14));
        milestone(4, "QA", 2, new Dependency(3, DependencyType.FF, 2));
        startingOn(milestone(5, "CUTOVER", 1), march(7));
        milestone(6, "OLDRUN", 3, new Dependency(5, DependencyType.SF, 0));

        Schedule schedule = plan();

        assertThat(schedule.milestone(1).earlyFinish()).isEqualTo(march(11));
        assertThat(schedule.milestone(2).earlyStart()).isEqualTo(march(7));
        assertThat(schedule.milestone(4).earlyFinish()).isEqualTo(march(18));
        assertThat(schedule.milestone(6).earlyFinish()).isEqualTo(march(6));
    }

    @Test
    void aFeederFinishingOnTheNeededByDateMeetsTheOutcomeWithNoFloat() {
        outcomes.add(Outcome.create(1, "WiFi's up", march(7)).withId(100));
        milestones.add(Milestone.create(1, "Cabling", 5).withId(1).withOutcomes(Set.of(100)));

        Schedule schedule = plan();

        assertThat(schedule.outcome(100).forecast()).isEqualTo(march(7));
        assertThat(schedule.outcome(100).totalFloat()).isZero();
        assertThat(schedule.milestone(1).lateStart()).isEqualTo(march(3));
        assertThat(schedule.milestone(1).lateFinish()).isEqualTo(march(7));
        assertThat(schedule.milestone(1).totalFloat()).isZero();
        assertThat(schedule.milestone(1).critical()).isTrue();
    }

    @Test
    void backwardPassGivesLatestStartsAndFloatAcrossAWeekend() {
        outcomes.add(Outcome.create(1, "WiFi's up", march(14)).withId(100));
        milestones.add(Milestone.create(1, "Cabling", 3).withId(1));
        milestones.add(Milestone.create(1, "Access points", 2).withId(2).withPredecessors(List.of(Dependency.after(1)))
                .withOutcomes(Set.of(100)));
        milestones.add(Milestone.create(1, "Survey", 1).withId(3).withOutcomes(Set.of(100)));

        Schedule schedule = plan();

        // Cabling Mon 3..Wed 5, APs Thu 6..Fri 7; needed Fri 14: APs must start by Thu 13, cabling by Mon 10
        assertThat(schedule.outcome(100).forecast()).isEqualTo(march(7));
        assertThat(schedule.outcome(100).totalFloat()).isEqualTo(5);
        assertThat(schedule.milestone(2).lateStart()).isEqualTo(march(13));
        assertThat(schedule.milestone(1).lateStart()).isEqualTo(march(10));
        assertThat(schedule.milestone(1).lateFinish()).isEqualTo(march(12));
        assertThat(schedule.milestone(1).totalFloat()).isEqualTo(5);
        assertThat(schedule.milestone(3).totalFloat()).isEqualTo(9);
        assertThat(schedule.milestone(1).critical()).isTrue();
        assertThat(schedule.milestone(2).critical()).isTrue();
        assertThat(schedule.milestone(3).critical()).isFalse();
        assertThat(schedule.criticalPath(100)).extracting(MilestoneSchedule::name).containsExactly("Cabling", "Access points");
    }
}
