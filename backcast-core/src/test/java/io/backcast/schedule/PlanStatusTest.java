package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StatusCategory;
import io.backcast.model.WorkCalendar;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.rollup.PhraseBook;
import io.backcast.rollup.RollupEngine;
import io.backcast.rollup.RollupInput;

/** The planner wired into the roll-up, and milestones moving with their work. Monday to Friday. */
class PlanStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12); // a Wednesday
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final Instant RECENTLY = Instant.parse("2025-03-11T16:00:00Z");
    private final RollupEngine engine = new RollupEngine(RollupPolicy.DEFAULT, PhraseBook.english());

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    private static final Outcome WIFI = Outcome.create(1, "WiFi's up", march(21)).withId(100);

    private static PlanNetwork network(Milestone... milestones) {
        return new PlanNetwork(WorkCalendar.MONDAY_TO_FRIDAY, List.of(milestones), List.of(WIFI));
    }

    private static Deliverable deliverable(int id, int milestoneId) {
        return Deliverable.create(100, "Deliverable " + id).withId(id).withMilestone(milestoneId)
                .withWorkLinks(List.of(WorkLink.jql("project = NET")));
    }

    private static WorkItem item(long id, StatusCategory status) {
        return WorkItem.task(id, "NET-" + id, RECENTLY).withStatus(status, status == StatusCategory.DONE ? "Done" : null);
    }

    @Test
    void aMilestonePastItsLatestStartMakesItsOutcomeAtRiskWithTheMilestoneNamed() {
        // Cabling 10 days must finish by Fri 21: latest start Mon 10, two working days ago; nothing started
        Milestone cabling = Milestone.create(1, "Network cabled", 10).withId(1).withOutcomes(Set.of(100));
        RollupInput work = new RollupInput(List.of(WIFI), List.of(deliverable(10, 1)),
                Map.of(10, List.of(item(1, StatusCategory.TO_DO))));

        PlanStatus status = PlanStatus.of(engine, network(cabling), work, TODAY, NOW);

        assertThat(status.schedule().milestone(1).lateStart()).isEqualTo(march(10));
        assertThat(status.rollup().outcome(100).state()).isEqualTo(OutcomeState.OFF_TRACK);
        assertThat(status.rollup().outcome(100).phrase())
                .isEqualTo("WiFi's up — off track: forecast 25 March, 2 working days after it is needed");
    }

    @Test
    void workInProgressMovesTheMilestoneAndItsForecast() {
        // 10-day cabling, half its work done: started 5 working days ago (Wed 5), 5 days left: Wed 12..Tue 18
        Milestone cabling = Milestone.create(1, "Network cabled", 10).withId(1).withOutcomes(Set.of(100));
        RollupInput work = new RollupInput(List.of(WIFI), List.of(deliverable(10, 1)),
                Map.of(10, List.of(item(1, StatusCategory.DONE), item(2, StatusCategory.IN_PROGRESS))));

        PlanStatus status = PlanStatus.of(engine, network(cabling), work, TODAY, NOW);

        MilestoneSchedule scheduled = status.schedule().milestone(1);
        assertThat(scheduled.progress()).isEqualTo(Progress.IN_PROGRESS);
        assertThat(scheduled.earlyStart()).isEqualTo(march(5));
        assertThat(scheduled.earlyFinish()).isEqualTo(march(18));
        assertThat(status.rollup().outcome(100).state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(status.rollup().outcome(100).reasonText()).isEqualTo("only 3 working days of float left");
    }

    @Test
    void finishedWorkMarksTheMilestoneDoneAndItsSuccessorStartsToday() {
        Milestone cabling = Milestone.create(1, "Network cabled", 5).withId(1);
        Milestone access = Milestone.create(1, "Access points live", 2).withId(2)
                .withPredecessors(List.of(Dependency.after(1))).withOutcomes(Set.of(100));
        RollupInput work = new RollupInput(List.of(WIFI), List.of(deliverable(10, 1), deliverable(11, 2)),
                Map.of(10, List.of(item(1, StatusCategory.DONE)), 11, List.of(item(2, StatusCategory.TO_DO))));

        PlanStatus status = PlanStatus.of(engine, network(cabling, access), work, TODAY, NOW);

        assertThat(status.schedule().milestone(1).progress()).isEqualTo(Progress.DONE);
        assertThat(status.schedule().milestone(1).earlyFinish()).isEqualTo(march(11));
        assertThat(status.schedule().milestone(2).earlyStart()).isEqualTo(march(12));
        assertThat(status.schedule().outcome(100).forecast()).isEqualTo(march(13));
        assertThat(status.rollup().outcome(100).state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(status.rollup().outcome(100).phrase()).isEqualTo("WiFi's up — on track for 21 March");
    }

    @Test
    void progressOutOfSequenceShrinksTheMilestoneInsteadOfStartingIt() {
        // Survey (not done) → Cabling with half its work done: cabling cannot have started, so it keeps its place with 5 days left
        Milestone survey = Milestone.create(1, "Site survey", 2).withId(1);
        Milestone cabling = Milestone.create(1, "Network cabled", 10).withId(2)
                .withPredecessors(List.of(Dependency.after(1))).withOutcomes(Set.of(100));
        RollupInput work = new RollupInput(List.of(WIFI), List.of(deliverable(10, 2)),
                Map.of(10, List.of(item(1, StatusCategory.DONE), item(2, StatusCategory.TO_DO))));

        PlanStatus status = PlanStatus.of(engine, network(survey, cabling), work, TODAY, NOW);

        assertThat(status.schedule().milestone(2).progress()).isEqualTo(Progress.NOT_STARTED);
        assertThat(status.schedule().milestone(2).earlyStart()).isEqualTo(march(14));
        assertThat(status.schedule().milestone(2).earlyFinish()).isEqualTo(march(20));
    }

    @Test
    void anOutcomeNoMilestoneFeedsIsJudgedOnItsWorkAlone() {
        RollupInput work = new RollupInput(List.of(WIFI), List.of(Deliverable.create(100, "APs").withId(10)
                .withWorkLinks(List.of(WorkLink.issue("NET-1")))), Map.of(10, List.of(item(1, StatusCategory.IN_PROGRESS))));

        PlanStatus status = PlanStatus.of(engine, network(), work, TODAY, NOW);

        assertThat(status.schedule().of(100)).isEmpty();
        assertThat(status.rollup().outcome(100).state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(status.rollup().outcome(100).reasonText()).isEqualTo("0% done");
    }
}
