package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mpxj.Task;
import org.mpxj.cpm.MicrosoftScheduler;

import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.schedule.MsProjectNetwork.Days;
import io.backcast.schedule.SchedulePropertyTest.Case;
import io.backcast.schedule.SchedulePropertyTest.Draw;
import io.backcast.schedule.SchedulePropertyTest.Networks;
import io.backcast.schedule.SchedulePropertyTest.Options;

/**
 * The independent oracle: MPXJ's {@link MicrosoftScheduler} (a reimplementation of Microsoft Project's
 * critical path method) schedules each random network, stated in MS Project terms exactly as
 * scheduling-conventions.md §9 says, and every comparable day-level result must equal the planner's.
 *
 * <p>How a network is stated and its results read back (conventions §9) is {@link MsProjectNetwork}'s;
 * here its working days come from {@link DayByDay}, a walk over the calendar independent of
 * WorkCalendar's arithmetic. Floats are counted from the day results in working days; criticality is
 * computed from MPXJ's day results with §6 (not MS Project's "total slack ≤ 0").
 *
 * <p>Intended differences, each excluded explicitly and nowhere else:
 * <ol>
 * <li><b>Limited by nothing.</b> MS Project derives late dates from the project finish for a task with no
 * deadline on any path; the planner reports no late dates. Such tasks are recognised by scheduling each
 * network twice with the far task at two different dates: exactly the tasks whose late finish moves with
 * the project finish are limited by nothing, and they must be exactly the ones the planner leaves without
 * late dates (checked). Their late dates and float are not compared; every other late date is, and must not
 * move between the two runs.</li>
 * <li><b>Done tasks</b> have total slack 0 in MS Project; here they have no float and are never critical:
 * their float is not compared, only their dates (actual dates, late dates = actual dates).</li>
 * <li><b>SS or SF links out of an in-progress milestone</b> still limit it in MS Project, not here (its start
 * is behind it): such links are not generated for this comparison ({@link Options#startLinksOutOfInProgress()}
 * is false). The property test covers them.</li>
 * </ol>
 */
class MpxjOracleTest {

    private static final long SEED = 0x0_4AC1EL;
    private static final int NETWORKS = 1_000;
    private static final LocalTime EIGHT = MsProjectNetwork.EIGHT;
    private static final LocalTime FIVE = MsProjectNetwork.FIVE;

    /** The plan's calendar, walked day by day: independent of WorkCalendar's arithmetic. */
    private static final class DayByDay implements MsProjectNetwork.WorkingDays {
        final LocalDate first;
        final boolean[] working;
        final int[] countBefore;

        DayByDay(Set<DayOfWeek> weekdays, Set<LocalDate> holidays, LocalDate first, LocalDate last) {
            this.first = first;
            int size = (int) ChronoUnit.DAYS.between(first, last) + 1;
            working = new boolean[size];
            countBefore = new int[size + 1];
            for (int i = 0; i < size; i++) {
                LocalDate day = first.plusDays(i);
                working[i] = weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
                countBefore[i + 1] = countBefore[i] + (working[i] ? 1 : 0);
            }
        }

        int index(LocalDate day) {
            int index = (int) ChronoUnit.DAYS.between(first, day);
            if (index < 0 || index >= working.length) {
                throw new IllegalStateException(day + " is outside the oracle's calendar range");
            }
            return index;
        }

        @Override
        public boolean isWorking(LocalDate day) {
            return working[index(day)];
        }

        /** Working days in [first, day): consecutive working days get consecutive numbers. */
        long number(LocalDate day) {
            return countBefore[index(day)];
        }

        @Override
        public long between(LocalDate from, LocalDate to) {
            return number(to) - number(from);
        }

        @Override
        public LocalDate onOrAfter(LocalDate day) {
            while (!isWorking(day)) {
                day = day.plusDays(1);
            }
            return day;
        }

        @Override
        public LocalDate onOrBefore(LocalDate day) {
            while (!isWorking(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
    }

    private int networks;
    private int milestonesCompared;
    private int lateDatesCompared;
    private int limitedByNothing;
    private int doneTasks;
    private int inProgressTasks;
    private int outcomesCompared;
    private int lateOutcomes;

    @Test
    void microsoftSchedulerAgreesWithThePlannerOnEveryComparableResult() throws Exception {
        Random random = new Random(SEED);
        Draw draw = (low, high) -> low + random.nextInt(high - low + 1);
        Options options = new Options(true, false, true);
        for (int i = 0; i < NETWORKS; i++) {
            Case c = Networks.generate(draw, options);
            try {
                compare(c);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("network " + i + ":\n" + c + "\n" + e.getMessage(), e);
            }
            networks++;
        }
        System.out.printf("MPXJ oracle: %d networks, %d milestones (%d in progress, %d done), %d late dates compared, "
                        + "%d limited by nothing, %d outcomes (%d late)%n", networks, milestonesCompared, inProgressTasks, doneTasks,
                lateDatesCompared, limitedByNothing, outcomesCompared, lateOutcomes);
        assertThat(networks).isGreaterThanOrEqualTo(500);
        assertThat(lateDatesCompared).isGreaterThan(1_000);
        assertThat(limitedByNothing).isPositive();
        assertThat(inProgressTasks).isPositive();
        assertThat(doneTasks).isPositive();
        assertThat(lateOutcomes).isPositive();
    }

    private void compare(Case c) throws Exception {
        Schedule ours = new Planner().plan(c.network(), c.today());
        LocalDate first = c.today();
        LocalDate last = c.today();
        for (Outcome o : c.network().outcomes()) {
            last = max(last, o.neededBy());
        }
        for (Milestone m : c.network().milestones()) {
            MilestoneSchedule planned = ours.milestone(m.id());
            last = max(last, m.finishNoLaterThan());
            last = max(last, m.startNoEarlierThan());
            last = max(last, planned.earlyFinish());
            first = min(first, planned.earlyStart());
            first = min(first, planned.lateStart());
        }
        DayByDay calendar = new DayByDay(c.network().calendar().workingDays(), c.network().calendar().holidays(),
                first.minusYears(2), last.plusYears(3));
        Map<Integer, Days> near = new HashMap<>();
        Map<Integer, Days> nearOutcomes = new HashMap<>();
        schedule(c, calendar, calendar.onOrAfter(last.plusYears(1)), near, nearOutcomes);
        Map<Integer, Days> far = new HashMap<>();
        Map<Integer, Days> farOutcomes = new HashMap<>();
        schedule(c, calendar, calendar.onOrAfter(last.plusYears(2)), far, farOutcomes);

        // early dates, late dates where something limits the milestone, and the limited-by-nothing set
        Map<Integer, Long> theirFloat = new HashMap<>();
        for (int id : c.topological()) {
            MilestoneSchedule m = ours.milestone(id);
            Days theirs = near.get(id);
            String what = "#" + id + " (" + m.progress() + ")";
            assertThat(m.earlyStart()).as("early start of %s", what).isEqualTo(theirs.earlyStart());
            assertThat(m.earlyFinish()).as("early finish of %s", what).isEqualTo(theirs.earlyFinish());
            milestonesCompared++;
            boolean movesWithProjectFinish = !theirs.lateFinish().equals(far.get(id).lateFinish());
            if (m.progress() == Progress.DONE) {
                doneTasks++;
                // intended difference 2: dates only; MS Project's slack 0 for done work is not compared
                assertThat(m.lateStart()).as("late start of done %s", what).isEqualTo(theirs.lateStart());
                assertThat(m.lateFinish()).as("late finish of done %s", what).isEqualTo(theirs.lateFinish());
                continue;
            }
            if (m.progress() == Progress.IN_PROGRESS) {
                inProgressTasks++;
            }
            assertThat(m.lateFinish() == null).as("%s is limited by nothing (its MS Project late finish follows the project finish)",
                    what).isEqualTo(movesWithProjectFinish);
            if (m.lateFinish() == null) {
                limitedByNothing++; // intended difference 1: no late dates to compare
                continue;
            }
            assertThat(m.lateStart()).as("late start of %s", what).isEqualTo(theirs.lateStart());
            assertThat(m.lateFinish()).as("late finish of %s", what).isEqualTo(theirs.lateFinish());
            long total = calendar.number(theirs.lateFinish()) - calendar.number(theirs.earlyFinish());
            assertThat(m.totalFloat()).as("total float of %s", what).isEqualTo((int) total);
            theirFloat.put(id, total);
            lateDatesCompared++;
        }

        // outcomes: forecast, float, and criticality from MPXJ's day results with §6
        Map<Integer, Set<Integer>> groups = groups(c);
        Map<Integer, Long> groupMinimum = new HashMap<>();
        for (Outcome o : c.network().outcomes()) {
            Days theirs = nearOutcomes.get(o.id());
            assertThat(farOutcomes.get(o.id()).lateFinish()).isEqualTo(theirs.lateFinish());
            OutcomeForecast forecast = ours.outcome(o.id());
            assertThat(forecast.forecast()).as("forecast of outcome %d", o.id()).isEqualTo(theirs.earlyFinish());
            assertThat(forecast.neededBy()).isEqualTo(theirs.lateFinish());
            long total = calendar.number(theirs.lateFinish()) - calendar.number(theirs.earlyFinish());
            assertThat(forecast.totalFloat()).as("float of outcome %d", o.id()).isEqualTo((int) total);
            long minimum = total;
            for (int x : groups.get(o.id())) {
                if (theirFloat.containsKey(x)) {
                    minimum = Math.min(minimum, theirFloat.get(x));
                }
            }
            groupMinimum.put(o.id(), minimum);
            assertThat(forecast.groupFloat()).as("group float of outcome %d", o.id()).isEqualTo((int) minimum);
            assertThat(forecast.critical()).as("outcome %d critical", o.id()).isEqualTo(total == minimum);
            outcomesCompared++;
            if (total < 0) {
                lateOutcomes++;
            }
        }
        for (int id : c.topological()) {
            boolean critical = false;
            Long total = theirFloat.get(id);
            for (Outcome o : c.network().outcomes()) {
                critical |= total != null && groups.get(o.id()).contains(id) && total.equals(groupMinimum.get(o.id()));
            }
            assertThat(ours.milestone(id).critical()).as("#%d critical by §6 from MPXJ's days", id).isEqualTo(critical);
        }
    }

    /** §6 groups: each outcome and every milestone from which it can be reached. */
    private static Map<Integer, Set<Integer>> groups(Case c) {
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (Outcome o : c.network().outcomes()) {
            Set<Integer> group = new HashSet<>();
            List<Integer> stack = new ArrayList<>();
            for (Milestone m : c.network().milestones()) {
                if (m.outcomeIds().contains(o.id())) {
                    stack.add(m.id());
                }
            }
            while (!stack.isEmpty()) {
                int x = stack.remove(stack.size() - 1);
                if (group.add(x)) {
                    c.milestone(x).predecessors().forEach(d -> stack.add(d.predecessorId()));
                }
            }
            groups.put(o.id(), group);
        }
        return groups;
    }

    /** States the network in MS Project terms (§9), schedules it with MPXJ and reads the day results back. */
    private static void schedule(Case c, DayByDay calendar, LocalDate farDay, Map<Integer, Days> milestones,
                                 Map<Integer, Days> outcomes) throws Exception {
        MsProjectNetwork project = MsProjectNetwork.of(c.network(), c.today(), calendar, farDay);
        project.schedule();

        assertThat(project.farTask().getEarlyFinish()).as("the project finishes with the far task").isEqualTo(farDay.atTime(FIVE));
        for (Task task : project.file().getTasks()) {
            if (task != project.farTask()) {
                assertThat(task.getEarlyFinish()).as("every early finish before the far task's").isBefore(farDay.atTime(EIGHT));
            }
        }
        for (int id : c.topological()) {
            milestones.put(id, project.milestoneDays(id));
        }
        for (Outcome o : c.network().outcomes()) {
            outcomes.put(o.id(), project.outcomeDays(o.id()));
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || !b.isAfter(a) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || !b.isBefore(a) ? a : b;
    }
}
