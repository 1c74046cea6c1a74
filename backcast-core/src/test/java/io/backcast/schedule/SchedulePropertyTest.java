package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;
import io.backcast.rollup.LateStart;
import io.backcast.rollup.OutcomeSchedule;

/**
 * Properties of the planner on random valid networks (QuickTheories, fixed seed): DAGs by construction
 * with random link types, lags and leads, durations including 0, start-no-earlier-than and
 * finish-no-later-than constraints, several outcomes, and done / in-progress milestones that respect the
 * sequence rule, on random calendars with holidays and with today on any day of the week.
 *
 * <p>Each property restates a rule of scheduling-conventions.md independently of the planner's code
 * (from the schedule's own dates): early dates are the largest of their lower bounds (§4), late dates
 * the smallest of their upper bounds (§5), float and criticality per §6, the critical chain into an
 * outcome, warnings, and the slip impact (a slip of d working days moves each outcome by exactly
 * d less the slack on the least-slack path to it, never below zero).
 */
class SchedulePropertyTest {

    private static final long SEED = 0x5C4ED_17EL;
    private static final int EXAMPLES = 2_500;

    // =====================================================================================================
    // Random networks, shared with MpxjOracleTest
    // =====================================================================================================

    /** A source of choices; every choice shrinks towards its lower bound ("less": fewer things, no feature). */
    interface Draw {
        int between(int low, int high);

        /** True with about {@code percent}% probability; shrinks to false. */
        default boolean chance(int percent) {
            return between(0, 99) >= 100 - percent;
        }
    }

    /** What a generated network may contain. */
    record Options(boolean finishNoLaterThan, boolean startLinksOutOfInProgress, boolean otherWeekdays) {
        static final Options ALL = new Options(true, true, true);
    }

    /**
     * A generated network.
     *
     * @param topological the milestone ids, predecessors first (the order they were generated in)
     */
    record Case(PlanNetwork network, LocalDate today, List<Integer> topological) {

        Milestone milestone(int id) {
            return network.milestones().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        }

        boolean hasFinishNoLaterThan() {
            return network.milestones().stream().anyMatch(m -> m.finishNoLaterThan() != null);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("today ").append(today).append(" (").append(today.getDayOfWeek()).append("), ")
                    .append(network.calendar()).append('\n');
            for (int id : topological) {
                Milestone m = milestone(id);
                text.append("  #").append(id).append(' ').append(m.durationDays()).append("d");
                for (Dependency d : m.predecessors()) {
                    text.append(" <-").append(d.type()).append(d.lagDays() >= 0 ? "+" : "").append(d.lagDays()).append(" #")
                            .append(d.predecessorId());
                }
                if (m.startNoEarlierThan() != null) {
                    text.append(" snet ").append(m.startNoEarlierThan());
                }
                if (m.finishNoLaterThan() != null) {
                    text.append(" fnlt ").append(m.finishNoLaterThan());
                }
                if (m.actualStart() != null) {
                    text.append(" actual ").append(m.actualStart()).append("..").append(m.actualFinish());
                }
                if (network.remainingDays().containsKey(id)) {
                    text.append(" remaining ").append(network.remainingDays().get(id));
                }
                if (!m.outcomeIds().isEmpty()) {
                    text.append(" feeds ").append(m.outcomeIds());
                }
                text.append('\n');
            }
            for (Outcome o : network.outcomes()) {
                text.append("  outcome ").append(o.id()).append(" needed by ").append(o.neededBy()).append('\n');
            }
            return text.toString();
        }
    }

    static final class Networks {

        private static final LocalDate FIRST_TODAY = LocalDate.of(2025, 1, 1);
        private static final DayOfWeek[] DAYS = DayOfWeek.values();

        private Networks() {
        }

        static Gen<Case> gen(Options options) {
            Gen<Case> gen = in -> generate((low, high) -> (int) in.next(Constraint.between(low, high)), options);
            return gen.describedAs(Case::toString);
        }

        static Case generate(Draw draw, Options options) {
            Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            if (options.otherWeekdays() && draw.chance(25)) {
                weekdays = EnumSet.noneOf(DayOfWeek.class);
                for (DayOfWeek day : DAYS) {
                    if (draw.chance(60)) {
                        weekdays.add(day);
                    }
                }
                if (weekdays.isEmpty()) {
                    weekdays.add(DAYS[draw.between(0, 6)]);
                }
            }
            LocalDate today = FIRST_TODAY.plusDays(draw.between(0, 700));
            List<LocalDate> holidays = new ArrayList<>();
            int holidayCount = draw.between(0, 8);
            for (int i = 0; i < holidayCount; i++) {
                holidays.add(today.plusDays(draw.between(-40, 80)));
            }
            if (draw.chance(15)) {
                holidays.add(today); // today itself a holiday
            }
            WorkCalendar calendar = WorkCalendar.of(weekdays, holidays);
            LocalDate lastBeforeToday = calendar.previousWorkingDay(today.minusDays(1));

            int count = draw.between(1, 20);
            boolean reverseIds = draw.chance(50);
            int[] ids = new int[count];
            List<Milestone> generated = new ArrayList<>();
            Map<Integer, Progress> progress = new HashMap<>();
            Map<Integer, Integer> remaining = new HashMap<>();
            for (int i = 0; i < count; i++) {
                int id = reverseIds ? 3 * (count - i) : 3 * i + 1;
                ids[i] = id;
                int days = draw.chance(20) ? 0 : draw.between(1, draw.chance(10) ? 40 : 8);
                List<Dependency> links = new ArrayList<>();
                Set<Integer> from = new HashSet<>();
                int wanted = i == 0 ? 0 : draw.between(0, Math.min(3, i));
                for (int tries = 0; links.size() < wanted && tries < 10; tries++) {
                    int p = ids[i - 1 - draw.between(0, i - 1)];
                    if (!from.add(p)) {
                        continue;
                    }
                    DependencyType type = switch (draw.between(0, 5)) {
                        case 3 -> DependencyType.SS;
                        case 4 -> DependencyType.FF;
                        case 5 -> DependencyType.SF;
                        default -> DependencyType.FS;
                    };
                    if (!options.startLinksOutOfInProgress() && progress.get(p) == Progress.IN_PROGRESS
                            && (type == DependencyType.SS || type == DependencyType.SF)) {
                        type = DependencyType.FS;
                    }
                    int lag = draw.chance(40) ? draw.between(-5, 5) : 0;
                    links.add(new Dependency(p, type, lag));
                }
                Milestone milestone = Milestone.create(1, "M" + id, days).withId(id).withPredecessors(links);
                boolean mayStart = links.stream().allMatch(l -> progress.get(l.predecessorId()) == Progress.DONE);
                int roll = mayStart ? draw.between(0, 9) : 0;
                Progress state = roll >= 7 ? Progress.DONE : roll == 6 && days > 0 ? Progress.IN_PROGRESS : Progress.NOT_STARTED;
                progress.put(id, state);
                LocalDate snet = null;
                if (state == Progress.DONE) {
                    LocalDate finish = calendar.addWorkingDays(lastBeforeToday, -draw.between(0, 15));
                    LocalDate start = days == 0 ? finish : calendar.addWorkingDays(finish, -Math.max(0, days - 1 + draw.between(-2, 2)));
                    milestone = milestone.withActuals(start, finish);
                } else if (state == Progress.IN_PROGRESS) {
                    milestone = milestone.withActuals(calendar.addWorkingDays(lastBeforeToday, -draw.between(0, days + 5)), null);
                    if (draw.chance(50)) {
                        remaining.put(id, draw.between(1, 10));
                    }
                } else if (draw.chance(15)) {
                    snet = today.plusDays(draw.between(-10, 40));
                }
                LocalDate fnlt = null;
                if (options.finishNoLaterThan() && state != Progress.DONE && draw.chance(12)) {
                    LocalDate base = snet != null ? snet : today;
                    fnlt = base.plusDays(draw.between(-5, 60));
                    if (snet != null) {
                        long earliestFinish = calendar.workingDayNumber(snet) + Math.max(0, days - 1);
                        while (fnlt.isBefore(snet) || calendar.workingDayNumber(calendar.previousWorkingDay(fnlt)) < earliestFinish) {
                            fnlt = fnlt.plusDays(7);
                        }
                    }
                }
                generated.add(milestone.withConstraints(snet, fnlt));
            }

            int outcomeCount = draw.between(1, 4);
            List<Outcome> outcomes = new ArrayList<>();
            for (int j = 0; j < outcomeCount; j++) {
                outcomes.add(Outcome.create(1, "O" + (100 + j), today.plusDays(draw.between(-10, 90))).withId(100 + j));
            }
            Set<Integer> hasSuccessor = new HashSet<>();
            for (Milestone m : generated) {
                for (Dependency d : m.predecessors()) {
                    hasSuccessor.add(d.predecessorId());
                }
            }
            List<Milestone> milestones = new ArrayList<>();
            for (Milestone m : generated) {
                Set<Integer> feeds = new TreeSet<>();
                int percent = hasSuccessor.contains(m.id()) ? 15 : 60;
                for (Outcome o : outcomes) {
                    if (draw.chance(percent)) {
                        feeds.add(o.id());
                    }
                }
                milestones.add(m.withOutcomes(feeds));
            }
            // The plan lists its milestones in some order that is not the dependency order.
            int rotate = draw.between(0, count - 1);
            List<Milestone> listed = new ArrayList<>(milestones.subList(rotate, count));
            listed.addAll(milestones.subList(0, rotate));
            List<Integer> topological = new ArrayList<>();
            for (int id : ids) {
                topological.add(id);
            }
            return new Case(new PlanNetwork(calendar, listed, outcomes, remaining), today, topological);
        }
    }

    // =====================================================================================================
    // An independent reading of the schedule in the conventions' points
    // =====================================================================================================

    /** The conventions' view of one planned network: points per milestone, links, groups. */
    static final class View {
        final Case c;
        final Schedule schedule;
        final WorkCalendar calendar;
        final long t;
        final Map<Integer, Milestone> milestones = new LinkedHashMap<>();
        final Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
        /** Successor links of each milestone, as (successor milestone id, dependency) pairs. */
        final Map<Integer, List<Map.Entry<Integer, Dependency>>> successors = new HashMap<>();
        final Map<Integer, List<Integer>> feedersOf = new HashMap<>();

        View(Case c, Schedule schedule) {
            this.c = c;
            this.schedule = schedule;
            this.calendar = c.network().calendar();
            this.t = calendar.workingDayNumber(c.today());
            for (int id : c.topological()) {
                milestones.put(id, c.milestone(id));
                successors.put(id, new ArrayList<>());
            }
            for (Outcome o : c.network().outcomes()) {
                outcomes.put(o.id(), o);
                feedersOf.put(o.id(), new ArrayList<>());
            }
            for (Milestone m : milestones.values()) {
                for (Dependency d : m.predecessors()) {
                    successors.get(d.predecessorId()).add(Map.entry(m.id(), d));
                }
                for (int o : m.outcomeIds()) {
                    feedersOf.get(o).add(m.id());
                }
            }
        }

        long number(LocalDate day) {
            return calendar.workingDayNumber(day);
        }

        MilestoneSchedule ms(int id) {
            return schedule.milestone(id);
        }

        int d(int id) {
            return milestones.get(id).durationDays();
        }

        Progress progress(int id) {
            return ms(id).progress();
        }

        /** Early start point. */
        long s(int id) {
            long es = number(ms(id).earlyStart());
            return d(id) == 0 ? es : es - 1;
        }

        /** Early finish point. */
        long f(int id) {
            return number(ms(id).earlyFinish());
        }

        long lf(int id) {
            return number(ms(id).lateFinish());
        }

        long ls(int id) {
            return lf(id) - d(id);
        }

        long outcomePoint(int outcomeId) {
            return number(schedule.outcome(outcomeId).forecast());
        }

        long neededBy(int outcomeId) {
            return number(calendar.previousWorkingDay(outcomes.get(outcomeId).neededBy()));
        }

        /** §3: the lower bound a link puts on the successor's start point. */
        long forwardBound(int p, Dependency link, int successorDuration) {
            return switch (link.type()) {
                case FS -> f(p) + link.lagDays();
                case SS -> s(p) + link.lagDays();
                case FF -> f(p) + link.lagDays() - successorDuration;
                case SF -> s(p) + link.lagDays() - successorDuration;
            };
        }

        /** §3: how far the predecessor's point could move before the successor must: the link's slack. */
        long slack(int p, Dependency link, int y) {
            return s(y) - forwardBound(p, link, d(y));
        }

        /** Whether a link out of x counts in the backward pass (§5): not SS/SF out of started work. */
        boolean counts(int x, Dependency link) {
            return progress(x) == Progress.NOT_STARTED || link.type() == DependencyType.FS || link.type() == DependencyType.FF;
        }

        /** §5: whether anything limits x (an FNLT, an outcome, or a counting link to something limited). */
        Map<Integer, Boolean> limited() {
            Map<Integer, Boolean> limited = new HashMap<>();
            List<Integer> reverse = new ArrayList<>(c.topological());
            java.util.Collections.reverse(reverse);
            for (int x : reverse) {
                boolean is = progress(x) != Progress.DONE && (milestones.get(x).finishNoLaterThan() != null
                        || !milestones.get(x).outcomeIds().isEmpty());
                for (Map.Entry<Integer, Dependency> link : successors.get(x)) {
                    int y = link.getKey();
                    is |= progress(x) != Progress.DONE && progress(y) != Progress.DONE && limited.get(y) && counts(x, link.getValue());
                }
                limited.put(x, is);
            }
            return limited;
        }

        /** The outcome's group (§6): every milestone from which it can be reached. */
        Set<Integer> group(int outcomeId) {
            Set<Integer> group = new HashSet<>();
            List<Integer> stack = new ArrayList<>(feedersOf.get(outcomeId));
            while (!stack.isEmpty()) {
                int x = stack.remove(stack.size() - 1);
                if (group.add(x)) {
                    for (Dependency d : milestones.get(x).predecessors()) {
                        stack.add(d.predecessorId());
                    }
                }
            }
            return group;
        }

        int groupMinimum(int outcomeId) {
            int min = schedule.outcome(outcomeId).totalFloat();
            for (int x : group(outcomeId)) {
                Integer total = ms(x).totalFloat();
                if (total != null) {
                    min = Math.min(min, total);
                }
            }
            return min;
        }

        /** Outcomes reachable from x through any links. */
        Set<Integer> reachableOutcomes(int x) {
            Set<Integer> reached = new HashSet<>();
            for (int o : outcomes.keySet()) {
                if (group(o).contains(x)) {
                    reached.add(o);
                }
            }
            return reached;
        }

        /**
         * The least total slack on a path from x to each outcome along which a slip of x travels: x's finish
         * moves (and its start too when it is a point, which moves whole), and everything downstream moves
         * whole. Missing when no such path exists.
         */
        Map<Integer, Long> slackToOutcomes(int x) {
            Map<Integer, Long> dist = new HashMap<>();
            dist.put(x, 0L);
            boolean point = d(x) == 0;
            int from = c.topological().indexOf(x);
            for (int i = from; i < c.topological().size(); i++) {
                int p = c.topological().get(i);
                Long dp = dist.get(p);
                if (dp == null) {
                    continue;
                }
                for (Map.Entry<Integer, Dependency> link : successors.get(p)) {
                    DependencyType type = link.getValue().type();
                    boolean travels = p != x || point || type == DependencyType.FS || type == DependencyType.FF;
                    if (travels) {
                        int y = link.getKey();
                        dist.merge(y, dp + slack(p, link.getValue(), y), Math::min);
                    }
                }
            }
            Map<Integer, Long> toOutcomes = new HashMap<>();
            for (int o : outcomes.keySet()) {
                for (int feeder : feedersOf.get(o)) {
                    Long df = dist.get(feeder);
                    if (df != null) {
                        toOutcomes.merge(o, df + outcomePoint(o) - f(feeder), Math::min);
                    }
                }
            }
            return toOutcomes;
        }
    }

    // =====================================================================================================
    // Properties
    // =====================================================================================================

    @Test
    void earlyAndLateDatesFloatAndCriticalityFollowTheConventions() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(Networks.gen(Options.ALL)).checkAssert(c -> {
            Schedule schedule = new Planner().plan(c.network(), c.today());
            View v = new View(c, schedule);
            checkDates(v);
            checkForwardPass(v);
            checkBackwardPass(v);
            checkFloatAndCriticality(v);
            checkWarnings(v);
        });
    }

    @Test
    void everyOutcomesGroupHasACriticalNodeAndWithoutFinishNoLaterThanACriticalChainLeadsIntoIt() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(Networks.gen(Options.ALL)).checkAssert(c -> {
            View v = new View(c, new Planner().plan(c.network(), c.today()));
            checkCriticalNodeInEveryGroup(v);
        });
        int[] walked = new int[1];
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES)
                .forAll(Networks.gen(new Options(false, true, true))).checkAssert(c -> {
                    View v = new View(c, new Planner().plan(c.network(), c.today()));
                    checkCriticalNodeInEveryGroup(v);
                    walked[0] += checkCriticalChains(v);
                });
        assertThat(walked[0]).as("milestones walked on critical chains").isGreaterThan(1_000);
    }

    @Test
    void aSlipMovesEachOutcomeByTheSlipLessTheSlackOnTheWayAndNotAtAllWithinFreeFloat() {
        int[] moved = new int[2]; // [absorbed entirely, moved]
        qt().withFixedSeed(SEED + 3).withExamples(800).forAll(Networks.gen(Options.ALL)).checkAssert(c -> {
            Schedule schedule = new Planner().plan(c.network(), c.today());
            View v = new View(c, schedule);
            for (int x : c.topological()) {
                if (v.progress(x) == Progress.DONE) {
                    assertThatThrownBy(() -> new Planner().slip(c.network(), c.today(), x, 1))
                            .isInstanceOf(ValidationException.class)
                            .hasMessage("slip.milestoneId names '" + v.milestones.get(x).name() + "', which is done and cannot slip");
                    continue;
                }
                Map<Integer, Long> slack = v.slackToOutcomes(x);
                long toForecasts = slack.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
                Set<Integer> days = new TreeSet<>(List.of(1, 2, 5, 13));
                Integer free = v.ms(x).freeFloat();
                if (free != null && free >= 1) {
                    days.add(free);
                    // within free float: no successor moves, so no outcome does
                    for (OutcomeShift shift : new Planner().slip(c.network(), c.today(), x, free).outcomes()) {
                        assertThat(shift.movedDays()).as("slip of #%d by its free float %d, outcome %d", x, free, shift.outcomeId()).isZero();
                    }
                }
                if (toForecasts != Long.MAX_VALUE && toForecasts >= 1 && toForecasts < 200) {
                    days.add((int) toForecasts);
                    days.add((int) toForecasts + 1);
                }
                for (int d : days) {
                    for (OutcomeShift shift : checkSlip(v, x, d, slack)) {
                        moved[shift.movedDays() == 0 ? 0 : 1]++;
                    }
                }
            }
        });
        assertThat(moved[0]).as("slips float absorbed").isGreaterThan(1_000);
        assertThat(moved[1]).as("slips that moved an outcome").isGreaterThan(1_000);
    }

    @Test
    void onASingleChainASlipBeyondTheChainsSlackMovesTheOutcomeByTheExcess() {
        Gen<Case> chains = in -> chain((low, high) -> (int) in.next(Constraint.between(low, high)));
        qt().withFixedSeed(SEED + 4).withExamples(EXAMPLES).forAll(chains.describedAs(Case::toString)).checkAssert(c -> {
            Schedule schedule = new Planner().plan(c.network(), c.today());
            View v = new View(c, schedule);
            List<Integer> chain = c.topological();
            int outcome = c.network().outcomes().get(0).id();
            for (int i = 0; i < chain.size(); i++) {
                int x = chain.get(i);
                // f = the slack of every link from x to the outcome, summed along the chain
                long f = v.outcomePoint(outcome) - v.f(chain.get(chain.size() - 1));
                for (int k = i + 1; k < chain.size(); k++) {
                    int y = chain.get(k);
                    f += v.slack(chain.get(k - 1), v.milestones.get(y).predecessors().get(0), y);
                }
                for (int d : List.of(1, 3, 8, (int) f, (int) f + 1, (int) f + 4)) {
                    if (d < 1) {
                        continue;
                    }
                    SlipImpact impact = new Planner().slip(c.network(), c.today(), x, d);
                    assertThat(impact.outcomes()).hasSize(1);
                    assertThat(impact.outcomes().get(0).movedDays()).as("slip #%d by %d with chain slack %d", x, d, f)
                            .isEqualTo((int) Math.max(0, d - f));
                }
            }
        });
    }

    /** A single chain of not-started milestones into one outcome: FS/FF links with lags, some SNET gaps, points. */
    private static Case chain(Draw draw) {
        LocalDate today = LocalDate.of(2025, 1, 1).plusDays(draw.between(0, 700));
        WorkCalendar calendar = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(today.plusDays(draw.between(0, 30)), today.plusDays(draw.between(0, 30))));
        int length = draw.between(1, 8);
        List<Milestone> milestones = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int id = i + 1;
            int days = draw.chance(25) ? 0 : draw.between(1, 6);
            List<Dependency> links = i == 0 ? List.of()
                    : List.of(new Dependency(i, draw.chance(30) ? DependencyType.FF : DependencyType.FS,
                            draw.chance(40) ? draw.between(-3, 3) : 0));
            LocalDate snet = draw.chance(25) ? today.plusDays(draw.between(0, 40)) : null;
            Milestone m = Milestone.create(1, "C" + id, days).withId(id).withPredecessors(links).withConstraints(snet, null);
            if (i == length - 1) {
                m = m.withOutcomes(Set.of(100));
            }
            milestones.add(m);
            ids.add(id);
        }
        List<Outcome> outcomes = List.of(Outcome.create(1, "End", today.plusDays(draw.between(0, 60))).withId(100));
        return new Case(new PlanNetwork(calendar, milestones, outcomes), today, ids);
    }

    // ---- the checks ----

    private static void checkDates(View v) {
        for (int x : v.c.topological()) {
            MilestoneSchedule m = v.ms(x);
            assertThat(m.earlyStart()).as("ES ≤ EF of #%d", x).isBeforeOrEqualTo(m.earlyFinish());
            assertThat(v.calendar.isWorkingDay(m.earlyStart()) && v.calendar.isWorkingDay(m.earlyFinish())).isTrue();
            if (m.progress() == Progress.NOT_STARTED) {
                assertThat(v.f(x) - v.s(x)).as("f − s = d for #%d", x).isEqualTo(v.d(x));
            }
            if (m.lateFinish() != null) {
                if (m.progress() != Progress.IN_PROGRESS) {
                    assertThat(m.lateStart()).as("LS ≤ LF of #%d", x).isBeforeOrEqualTo(m.lateFinish());
                }
                // In progress, LS is the actual start (§5, as in MS Project) and LF may come before it: a milestone
                // that had to finish before it even started.
                assertThat(v.calendar.isWorkingDay(m.lateStart()) && v.calendar.isWorkingDay(m.lateFinish())).isTrue();
            } else {
                assertThat(m.lateStart()).isNull();
                assertThat(m.totalFloat()).isNull();
            }
        }
    }

    private static void checkForwardPass(View v) {
        for (int x : v.c.topological()) {
            Milestone milestone = v.milestones.get(x);
            MilestoneSchedule m = v.ms(x);
            switch (m.progress()) {
                case DONE -> {
                    assertThat(m.earlyStart()).isEqualTo(milestone.actualStart());
                    assertThat(m.earlyFinish()).isEqualTo(milestone.actualFinish());
                }
                case IN_PROGRESS -> {
                    int spent = (int) v.calendar.workingDaysBetween(milestone.actualStart(), v.c.today());
                    int remaining = Math.max(1, v.c.network().remainingDays().getOrDefault(x, milestone.durationDays() - spent));
                    assertThat(m.earlyStart()).isEqualTo(milestone.actualStart());
                    assertThat(v.f(x)).as("in progress #%d finishes its %d remaining days from T", x, remaining)
                            .isEqualTo(v.t + remaining - 1);
                }
                case NOT_STARTED -> {
                    int d = milestone.durationDays();
                    long largest = d == 0 ? v.t : v.t - 1;
                    if (milestone.startNoEarlierThan() != null) {
                        long snet = v.number(milestone.startNoEarlierThan());
                        largest = Math.max(largest, d == 0 ? snet : snet - 1);
                    }
                    for (Dependency link : milestone.predecessors()) {
                        long bound = v.forwardBound(link.predecessorId(), link, d);
                        assertThat(v.s(x)).as("#%d obeys %s", x, link).isGreaterThanOrEqualTo(bound);
                        largest = Math.max(largest, bound);
                    }
                    assertThat(v.s(x)).as("#%d starts at the largest of its lower bounds", x).isEqualTo(largest);
                    assertThat(v.f(x)).isEqualTo(v.s(x) + d);
                }
            }
        }
        for (int o : v.outcomes.keySet()) {
            long forecast = v.t;
            for (int feeder : v.feedersOf.get(o)) {
                forecast = Math.max(forecast, v.f(feeder));
            }
            assertThat(v.outcomePoint(o)).as("forecast of outcome %d", o).isEqualTo(forecast);
        }
    }

    private static void checkBackwardPass(View v) {
        Map<Integer, Boolean> limited = v.limited();
        for (int x : v.c.topological()) {
            Milestone milestone = v.milestones.get(x);
            MilestoneSchedule m = v.ms(x);
            if (m.progress() == Progress.DONE) {
                assertThat(m.lateStart()).isEqualTo(milestone.actualStart());
                assertThat(m.lateFinish()).isEqualTo(milestone.actualFinish());
                assertThat(m.totalFloat()).isNull();
                assertThat(m.freeFloat()).isNull();
                assertThat(m.critical()).isFalse();
                continue;
            }
            assertThat(m.lateFinish() != null).as("#%d is limited by something", x).isEqualTo(limited.get(x));
            if (m.lateFinish() == null) {
                continue;
            }
            long smallest = Long.MAX_VALUE;
            if (milestone.finishNoLaterThan() != null) {
                smallest = v.number(v.calendar.previousWorkingDay(milestone.finishNoLaterThan()));
            }
            for (int o : milestone.outcomeIds()) {
                smallest = Math.min(smallest, v.neededBy(o));
            }
            for (Map.Entry<Integer, Dependency> link : v.successors.get(x)) {
                int y = link.getKey();
                Dependency dependency = link.getValue();
                if (v.progress(y) == Progress.DONE || !limited.get(y) || !v.counts(x, dependency)) {
                    continue;
                }
                long lag = dependency.lagDays();
                long bound = switch (dependency.type()) {
                    case FS -> v.ls(y) - lag;
                    case FF -> v.lf(y) - lag;
                    case SS -> v.ls(y) - lag + v.d(x);
                    case SF -> v.lf(y) - lag + v.d(x);
                };
                assertThat(v.lf(x)).as("#%d late finish obeys %s to #%d", x, dependency, y).isLessThanOrEqualTo(bound);
                smallest = Math.min(smallest, bound);
            }
            assertThat(v.lf(x)).as("#%d finishes by the smallest of its upper bounds", x).isEqualTo(smallest);
            if (m.progress() == Progress.IN_PROGRESS) {
                assertThat(m.lateStart()).isEqualTo(milestone.actualStart());
            } else {
                assertThat(v.number(m.lateStart())).isEqualTo(v.d(x) == 0 ? v.lf(x) : v.lf(x) - (v.d(x) - 1));
            }
        }
    }

    private static void checkFloatAndCriticality(View v) {
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        Map<Integer, Integer> minimum = new HashMap<>();
        for (int o : v.outcomes.keySet()) {
            groups.put(o, v.group(o));
            minimum.put(o, v.groupMinimum(o));
        }
        for (int x : v.c.topological()) {
            MilestoneSchedule m = v.ms(x);
            if (m.totalFloat() == null) {
                assertThat(m.critical()).isFalse();
                continue;
            }
            assertThat((long) m.totalFloat()).as("total float of #%d = LF − EF in working days", x)
                    .isEqualTo(v.number(m.lateFinish()) - v.number(m.earlyFinish()));
            if (m.progress() == Progress.NOT_STARTED) {
                assertThat((long) m.totalFloat()).as("= LS − ES when not started").isEqualTo(
                        v.number(m.lateStart()) - v.number(m.earlyStart()));
            }
            if (m.freeFloat() != null) {
                assertThat(m.freeFloat()).as("free float of #%d ≤ total float", x).isLessThanOrEqualTo(m.totalFloat());
            }
            boolean critical = false;
            for (int o : v.outcomes.keySet()) {
                critical |= groups.get(o).contains(x) && m.totalFloat().equals(minimum.get(o));
            }
            assertThat(m.critical()).as("#%d (float %d) critical per §6", x, m.totalFloat()).isEqualTo(critical);
        }
        for (int o : v.outcomes.keySet()) {
            OutcomeForecast forecast = v.schedule.outcome(o);
            assertThat((long) forecast.totalFloat()).isEqualTo(v.neededBy(o) - v.outcomePoint(o));
            assertThat(forecast.neededBy()).isEqualTo(v.calendar.previousWorkingDay(v.outcomes.get(o).neededBy()));
            assertThat(forecast.groupFloat()).as("group minimum of outcome %d", o).isEqualTo(minimum.get(o));
            assertThat(forecast.critical()).isEqualTo(forecast.totalFloat() == minimum.get(o));
            // the critical path: the group's milestones at the minimum, predecessors first
            List<Integer> path = v.schedule.criticalPath(o).stream().map(MilestoneSchedule::milestoneId).toList();
            Set<Integer> expected = new HashSet<>();
            for (int x : groups.get(o)) {
                if (minimum.get(o).equals(v.ms(x).totalFloat())) {
                    expected.add(x);
                }
            }
            assertThat(new HashSet<>(path)).as("critical path of outcome %d", o).isEqualTo(expected);
            for (int i = 0; i < path.size(); i++) {
                for (Dependency d : v.milestones.get(path.get(i)).predecessors()) {
                    int at = path.indexOf(d.predecessorId());
                    assertThat(at).as("predecessors first").isLessThan(i);
                }
            }
            if (v.feedersOf.get(o).isEmpty()) {
                assertThat(v.schedule.of(o)).as("nothing planned feeds outcome %d", o).isEmpty();
                continue;
            }
            OutcomeSchedule seen = v.schedule.of(o).orElseThrow();
            assertThat(seen.forecast()).isEqualTo(forecast.forecast());
            assertThat(seen.floatDays()).isEqualTo(minimum.get(o));
            assertThat(seen.criticalMilestones().keySet()).isEqualTo(expected);
            List<LateStart> lateStarts = new ArrayList<>();
            for (int x : v.c.topological()) {
                MilestoneSchedule m = v.ms(x);
                if (groups.get(o).contains(x) && m.progress() == Progress.NOT_STARTED && m.lateStart() != null
                        && v.number(m.lateStart()) < v.t) {
                    lateStarts.add(new LateStart(x, m.name(), m.lateStart(), (int) (v.t - v.number(m.lateStart()))));
                }
            }
            assertThat(seen.lateStarts()).containsExactlyInAnyOrderElementsOf(lateStarts);
        }
    }

    private static void checkWarnings(View v) {
        Set<ScheduleWarning> expected = new HashSet<>();
        for (Outcome o : v.outcomes.values()) {
            if (v.neededBy(o.id()) < v.t) {
                expected.add(new ScheduleWarning(ScheduleWarning.Kind.NEEDED_BY_PASSED, o.id(),
                        "'" + o.phrase() + "' was needed by " + o.neededBy() + ", which has passed"));
            }
        }
        for (int x : v.c.topological()) {
            MilestoneSchedule m = v.ms(x);
            if (m.progress() == Progress.NOT_STARTED && m.lateStart() != null && v.number(m.lateStart()) < v.t) {
                expected.add(new ScheduleWarning(ScheduleWarning.Kind.LATEST_START_PASSED, x,
                        "'" + m.name() + "' should have started by " + m.lateStart() + " and has not"));
            }
        }
        assertThat(new HashSet<>(v.schedule.warnings())).isEqualTo(expected);
        assertThat(v.schedule.warnings()).doesNotHaveDuplicates();
    }

    private static void checkCriticalNodeInEveryGroup(View v) {
        for (int o : v.outcomes.keySet()) {
            OutcomeForecast forecast = v.schedule.outcome(o);
            boolean found = forecast.critical() && forecast.totalFloat() == forecast.groupFloat();
            for (int x : v.group(o)) {
                MilestoneSchedule m = v.ms(x);
                found |= m.critical() && Integer.valueOf(forecast.groupFloat()).equals(m.totalFloat());
            }
            assertThat(found).as("outcome %d's group holds a critical node with its minimum %d", o, forecast.groupFloat()).isTrue();
        }
    }

    /**
     * Without FNLT constraints, late dates come only from needed-by dates. From each critical outcome,
     * walking back along tight links (those that set the successor's early start) reaches only critical
     * milestones with the outcome's float, until the walk reaches what sets the dates from outside:
     * today, an SNET date, or actual dates (done work, or a started milestone's start behind an SS/SF link).
     * In a network with one outcome, that outcome is always critical.
     */
    private static int checkCriticalChains(View v) {
        int walked = 0;
        if (v.outcomes.size() == 1) {
            assertThat(v.schedule.outcome(v.outcomes.keySet().iterator().next()).critical()).as("single outcome is critical").isTrue();
        }
        for (int o : v.outcomes.keySet()) {
            OutcomeForecast forecast = v.schedule.outcome(o);
            if (!forecast.critical()) {
                continue;
            }
            int m = forecast.totalFloat();
            List<Integer> tightIntoOutcome = new ArrayList<>();
            for (int feeder : v.feedersOf.get(o)) {
                if (v.f(feeder) == v.outcomePoint(o)) {
                    tightIntoOutcome.add(feeder);
                }
            }
            if (v.outcomePoint(o) > v.t) {
                assertThat(tightIntoOutcome).as("a feeder sets outcome %d's forecast", o).isNotEmpty();
            }
            List<Integer> stack = new ArrayList<>(tightIntoOutcome);
            Set<Integer> seen = new HashSet<>();
            while (!stack.isEmpty()) {
                int x = stack.remove(stack.size() - 1);
                if (!seen.add(x) || v.progress(x) == Progress.DONE) {
                    continue;
                }
                MilestoneSchedule ms = v.ms(x);
                assertThat(ms.critical()).as("#%d on the chain into critical outcome %d", x, o).isTrue();
                walked++;
                assertThat(ms.totalFloat()).as("#%d's float on the chain into outcome %d", x, o).isEqualTo(m);
                if (v.progress(x) != Progress.NOT_STARTED) {
                    continue; // its start is actual
                }
                for (Dependency link : v.milestones.get(x).predecessors()) {
                    int p = link.predecessorId();
                    boolean tight = v.forwardBound(p, link, v.d(x)) == v.s(x);
                    boolean startBehind = v.progress(p) == Progress.IN_PROGRESS
                            && (link.type() == DependencyType.SS || link.type() == DependencyType.SF);
                    if (tight && !startBehind) {
                        stack.add(p);
                    }
                }
            }
        }
        return walked;
    }

    private static List<OutcomeShift> checkSlip(View v, int x, int d, Map<Integer, Long> slack) {
        SlipImpact impact = new Planner().slip(v.c.network(), v.c.today(), x, d);
        assertThat(impact.milestoneId()).isEqualTo(x);
        assertThat(impact.days()).isEqualTo(d);
        Map<Integer, OutcomeShift> shifts = new HashMap<>();
        for (OutcomeShift shift : impact.outcomes()) {
            shifts.put(shift.outcomeId(), shift);
        }
        assertThat(shifts.keySet()).as("outcomes fed by #%d", x).isEqualTo(v.reachableOutcomes(x));
        for (OutcomeShift shift : impact.outcomes()) {
            int o = shift.outcomeId();
            long expected = slack.containsKey(o) ? Math.max(0, d - slack.get(o)) : 0;
            assertThat(shift.movedDays()).as("slip of #%d by %d moves outcome %d (least slack on the way %s)", x, d, o, slack.get(o))
                    .isEqualTo((int) expected);
            assertThat(shift.absorbedDays()).isEqualTo(d - shift.movedDays());
            assertThat(shift.forecastBefore()).isEqualTo(v.schedule.outcome(o).forecast());
            assertThat(shift.forecastAfter()).isEqualTo(v.calendar.addWorkingDays(shift.forecastBefore(), shift.movedDays()));
        }
        return impact.outcomes();
    }
}
