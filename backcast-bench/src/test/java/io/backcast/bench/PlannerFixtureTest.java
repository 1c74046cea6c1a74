package io.backcast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.WorkCalendar;
import io.backcast.schedule.MilestoneSchedule;
import io.backcast.schedule.OutcomeForecast;
import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.MsProjectNetwork;
import io.backcast.schedule.Planner;
import io.backcast.schedule.Schedule;

/**
 * The planner benchmark's network has the sizes and the mix PERFORMANCE.md states, is a valid plan,
 * and both schedulers accept it and plan the same thing. Runs no benchmark.
 */
class PlannerFixtureTest {

    private static PlanNetwork network;
    private static Map<Integer, Milestone> byId;

    @BeforeAll
    static void generate() {
        network = PlannerFixture.generate().network();
        byId = new HashMap<>();
        network.milestones().forEach(m -> byId.put(m.id(), m));
    }

    @Test
    void hasTheStatedSizes() {
        assertThat(network.milestones()).hasSize(10_000);
        assertThat(byId).as("distinct milestone ids").hasSize(10_000);
        assertThat(network.milestones().stream().mapToInt(m -> m.predecessors().size()).sum()).isEqualTo(30_000);
        assertThat(network.outcomes()).hasSize(200);

        Map<Integer, Integer> feeders = new HashMap<>();
        network.milestones().forEach(m -> m.outcomeIds().forEach(o -> feeders.merge(o, 1, Integer::sum)));
        for (Outcome outcome : network.outcomes()) {
            assertThat(feeders.getOrDefault(outcome.id(), 0)).as("feeders of outcome %d", outcome.id()).isGreaterThanOrEqualTo(2);
            assertThat(outcome.neededBy()).isAfter(PlannerFixture.TODAY);
        }
        for (int year = PlannerFixture.FIRST_YEAR; year <= PlannerFixture.LAST_YEAR; year++) {
            int y = year;
            assertThat(network.calendar().holidays().stream().filter(day -> day.getYear() == y)).as("holidays in %d", year).hasSize(30);
        }
    }

    @Test
    void hasARealisticMix() {
        List<Milestone> milestones = network.milestones();
        assertThat(milestones).allMatch(m -> m.durationDays() >= 0 && m.durationDays() <= 20);
        assertThat((double) milestones.stream().filter(m -> m.durationDays() == 0).count() / milestones.size()).isBetween(0.04, 0.06);

        Set<DependencyType> types = EnumSet.noneOf(DependencyType.class);
        Set<DependencyType> lagged = EnumSet.noneOf(DependencyType.class);
        Set<DependencyType> led = EnumSet.noneOf(DependencyType.class);
        for (Milestone m : milestones) {
            for (Dependency d : m.predecessors()) {
                types.add(d.type());
                if (d.lagDays() > 0) {
                    lagged.add(d.type());
                } else if (d.lagDays() < 0) {
                    led.add(d.type());
                }
            }
        }
        assertThat(types).containsExactlyInAnyOrder(DependencyType.values());
        assertThat(lagged).containsExactlyInAnyOrder(DependencyType.values());
        assertThat(led).containsExactlyInAnyOrder(DependencyType.values());

        assertThat(milestones.stream().filter(m -> m.actualFinish() != null).count()).isBetween(1_000L, 2_500L);
        assertThat(milestones.stream().filter(m -> m.actualStart() != null && m.actualFinish() == null).count()).isBetween(100L, 400L);
        assertThat(milestones.stream().filter(m -> m.startNoEarlierThan() != null).count()).isBetween(300L, 600L);
        assertThat(milestones.stream().filter(m -> m.finishNoLaterThan() != null).count()).isBetween(150L, 400L);
    }

    @Test
    void isAcyclic() {
        Map<Integer, Integer> waiting = new HashMap<>();
        Map<Integer, List<Integer>> successors = new HashMap<>();
        for (Milestone m : network.milestones()) {
            waiting.put(m.id(), m.predecessors().size());
            for (Dependency d : m.predecessors()) {
                assertThat(byId).as("predecessor of %d", m.id()).containsKey(d.predecessorId());
                successors.computeIfAbsent(d.predecessorId(), k -> new java.util.ArrayList<>()).add(m.id());
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        waiting.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        int sorted = 0;
        while (!ready.isEmpty()) {
            int id = ready.poll();
            sorted++;
            for (int next : successors.getOrDefault(id, List.of())) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        assertThat(sorted).as("milestones in a dependency order").isEqualTo(10_000);
    }

    @Test
    void progressRespectsTheSequenceRule() {
        WorkCalendar calendar = network.calendar();
        for (Milestone m : network.milestones()) {
            if (m.actualStart() == null) {
                continue;
            }
            assertThat(m.actualStart()).isBefore(PlannerFixture.TODAY);
            assertThat(calendar.isWorkingDay(m.actualStart())).isTrue();
            if (m.actualFinish() != null) {
                assertThat(m.actualFinish()).isBefore(PlannerFixture.TODAY);
                assertThat(calendar.isWorkingDay(m.actualFinish())).isTrue();
            } else {
                assertThat(m.durationDays()).as("a point is never in progress").isPositive();
            }
            for (Dependency d : m.predecessors()) {
                Milestone p = byId.get(d.predecessorId());
                assertThat(p.actualFinish()).as("predecessor %d of started %d is done", p.id(), m.id()).isNotNull();
                boolean startLink = d.type() == DependencyType.SS || d.type() == DependencyType.SF;
                assertThat(startLink && p.actualStart() != null && p.actualFinish() == null).isFalse();
            }
        }
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(PlannerFixture.generate().network()).isEqualTo(network);
    }

    /** Both schedulers accept the network, MPXJ stated as the benchmark states it, and agree on every comparable date. */
    @Test
    void bothSchedulersPlanTheSameNetwork() throws Exception {
        Schedule ours = new Planner().plan(network, PlannerFixture.TODAY);
        long late = ours.outcomes().stream().filter(OutcomeForecast::isLate).count();
        assertThat(late).as("late outcomes").isBetween(20L, 70L);
        int onCriticalPaths = 0;
        for (Outcome outcome : network.outcomes()) {
            onCriticalPaths += ours.criticalPath(outcome.id()).size();
        }
        assertThat(onCriticalPaths).isGreaterThan(200);

        MsProjectNetwork project = MsProjectNetwork.of(network, PlannerFixture.TODAY);
        assertThat(project.taskCount()).isEqualTo(10_000 + 200 + 1);
        assertThat(project.relationCount()).as("dependencies and outcome feeds").isGreaterThan(30_000);
        List<String> durations = durations(project);
        project.schedule();
        assertThat(project.farTask().getEarlyFinish()).as("the project finishes with the far task").isEqualTo(project.farDay().atTime(17, 0));
        List<List<LocalDateTime>> first = dates(project);
        int lateDates = 0;
        for (MilestoneSchedule m : ours.milestones()) {
            MsProjectNetwork.Days theirs = project.milestoneDays(m.milestoneId());
            assertThat(theirs.earlyStart()).as("early start of %d", m.milestoneId()).isEqualTo(m.earlyStart());
            assertThat(theirs.earlyFinish()).as("early finish of %d", m.milestoneId()).isEqualTo(m.earlyFinish());
            if (m.lateFinish() != null) {
                assertThat(theirs.lateStart()).as("late start of %d", m.milestoneId()).isEqualTo(m.lateStart());
                assertThat(theirs.lateFinish()).as("late finish of %d", m.milestoneId()).isEqualTo(m.lateFinish());
                lateDates++;
            }
        }
        assertThat(lateDates).isEqualTo(10_000);
        for (OutcomeForecast outcome : ours.outcomes()) {
            MsProjectNetwork.Days theirs = project.outcomeDays(outcome.outcomeId());
            assertThat(theirs.earlyFinish()).as("forecast of outcome %d", outcome.outcomeId()).isEqualTo(outcome.forecast());
            assertThat(theirs.lateFinish()).isEqualTo(outcome.neededBy());
        }

        // the benchmark schedules the same project again and again: the scheduler writes back the durations it
        // was given, and scheduling again (calendar caches emptied, as before each measured call) gives the same dates
        assertThat(durations(project)).isEqualTo(durations);
        project.forgetCalendarCaches();
        project.schedule();
        assertThat(dates(project)).isEqualTo(first);
        assertThat(durations(project)).isEqualTo(durations);
    }

    private static List<List<LocalDateTime>> dates(MsProjectNetwork project) {
        return project.file().getTasks().stream().map(task -> java.util.Arrays.asList(task.getEarlyStart(), task.getEarlyFinish(),
                task.getLateStart(), task.getLateFinish(), task.getStart(), task.getFinish())).toList();
    }

    /** Every task's duration in working days. */
    private static List<String> durations(MsProjectNetwork project) {
        return project.file().getTasks().stream().map(task -> String.valueOf(task.getDuration().getDuration())).toList();
    }
}
