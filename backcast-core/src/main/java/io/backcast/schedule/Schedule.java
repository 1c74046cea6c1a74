package io.backcast.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.rollup.LateStart;
import io.backcast.rollup.OutcomeSchedule;
import io.backcast.rollup.ScheduleView;

/**
 * The result of planning: every milestone's early and late dates, floats and criticality, every
 * outcome's forecast, and warnings. It is also the {@link ScheduleView} the roll-up reads.
 */
public final class Schedule implements ScheduleView {

    private static final long NONE = CompiledNetwork.NO_BOUND;

    private final CompiledNetwork net;
    private final LocalDate today;
    private final long todayNumber;
    private final long[] start;
    private final long[] finish;
    private final long[] lateFinish;
    /** Total float per node, {@link #NONE} when it has none. */
    private final long[] totalFloat;
    /** Per node, the smallest float among it and its ancestors: for an outcome, its group's minimum. */
    private final long[] ancestorsMin;
    /** Per node, the largest group minimum among the outcomes it reaches (§6). */
    private final long[] reachedGroupMin;
    private final Map<Integer, MilestoneSchedule> milestones = new LinkedHashMap<>();
    private final Map<Integer, OutcomeForecast> outcomes = new LinkedHashMap<>();
    private final Map<Integer, Integer> nodeOfMilestone = new HashMap<>();
    private final Map<Integer, Integer> nodeOfOutcome = new HashMap<>();
    private final List<ScheduleWarning> warnings = new ArrayList<>();

    Schedule(CompiledNetwork net, LocalDate today, long todayNumber, long[] start, long[] finish, long[] lateFinish) {
        this.net = net;
        this.today = today;
        this.todayNumber = todayNumber;
        this.start = start;
        this.finish = finish;
        this.lateFinish = lateFinish;
        this.totalFloat = new long[net.nodeCount];
        for (int x = 0; x < net.nodeCount; x++) {
            totalFloat[x] = lateFinish[x] == NONE ? NONE : lateFinish[x] - finish[x];
        }
        this.ancestorsMin = new long[net.nodeCount];
        this.reachedGroupMin = criticality();
        for (int x = 0; x < net.milestoneCount; x++) {
            nodeOfMilestone.put(net.ids[x], x);
            milestones.put(net.ids[x], milestoneSchedule(x));
        }
        for (int o = net.milestoneCount; o < net.nodeCount; o++) {
            nodeOfOutcome.put(net.ids[o], o);
            outcomes.put(net.ids[o], outcomeForecast(o));
        }
        collectWarnings();
    }

    public LocalDate today() {
        return today;
    }

    /** Every milestone's schedule, in the plan's order. */
    public List<MilestoneSchedule> milestones() {
        return List.copyOf(milestones.values());
    }

    /** Every outcome's forecast, in the plan's order. */
    public List<OutcomeForecast> outcomes() {
        return List.copyOf(outcomes.values());
    }

    public MilestoneSchedule milestone(int milestoneId) {
        return milestones.get(milestoneId);
    }

    public OutcomeForecast outcome(int outcomeId) {
        return outcomes.get(outcomeId);
    }

    public List<ScheduleWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /**
     * The critical path into an outcome: the milestones feeding it whose float is its group's
     * smallest, predecessors first.
     */
    public List<MilestoneSchedule> criticalPath(int outcomeId) {
        Integer o = nodeOfOutcome.get(outcomeId);
        if (o == null) {
            return List.of();
        }
        boolean[] group = group(o);
        long minimum = groupMinimum(group);
        List<MilestoneSchedule> path = new ArrayList<>();
        for (int x : net.order) {
            if (group[x] && x < net.milestoneCount && totalFloat[x] == minimum) {
                path.add(milestones.get(net.ids[x]));
            }
        }
        return path;
    }

    /** The outcomes a milestone feeds, directly or through other milestones, in the plan's order. */
    public List<Integer> outcomesFedBy(int milestoneId) {
        Integer x = nodeOfMilestone.get(milestoneId);
        if (x == null) {
            return List.of();
        }
        boolean[] reached = new boolean[net.nodeCount];
        int[] stack = new int[net.nodeCount];
        int top = 0;
        reached[x] = true;
        stack[top++] = x;
        while (top > 0) {
            int y = stack[--top];
            for (int k = net.outStart[y]; k < net.outStart[y + 1]; k++) {
                if (!reached[net.outTo[k]]) {
                    reached[net.outTo[k]] = true;
                    stack[top++] = net.outTo[k];
                }
            }
        }
        List<Integer> fed = new ArrayList<>();
        for (int o = net.milestoneCount; o < net.nodeCount; o++) {
            if (reached[o]) {
                fed.add(net.ids[o]);
            }
        }
        return fed;
    }

    /**
     * For a late outcome, the chain of milestones that drives its forecast: from the outcome
     * back through each node's driving predecessor (the link that set its early start) until
     * today, a constraint or an actual date set it instead.
     */
    public RecoveryPlan recovery(int outcomeId) {
        Integer o = nodeOfOutcome.get(outcomeId);
        if (o == null || totalFloat[o] >= 0) {
            return new RecoveryPlan(outcomeId, 0, List.of());
        }
        List<MilestoneSchedule> chain = new ArrayList<>();
        int x = o;
        while (true) {
            int driver = drivingPredecessor(x);
            if (driver < 0) {
                break;
            }
            chain.add(milestones.get(net.ids[driver]));
            x = driver;
        }
        Collections.reverse(chain);
        return new RecoveryPlan(outcomeId, (int) -totalFloat[o], chain);
    }

    /** The first predecessor whose link bound equals the node's early start, or -1. */
    private int drivingPredecessor(int x) {
        if (net.progress[x] != Progress.NOT_STARTED) {
            return -1;
        }
        int d = net.duration[x];
        for (int k = net.inStart[x]; k < net.inStart[x + 1]; k++) {
            int p = net.inFrom[k];
            if (net.progress[p] == Progress.DONE) {
                continue;
            }
            long lag = net.inLag[k];
            if (CompiledNetwork.successorStart(net.inType[k], start[p], finish[p], lag, d) == start[x]) {
                return p;
            }
        }
        return -1;
    }

    @Override
    public Optional<OutcomeSchedule> of(int outcomeId) {
        Integer o = nodeOfOutcome.get(outcomeId);
        if (o == null || net.inStart[o] == net.inStart[o + 1]) {
            return Optional.empty(); // no milestone feeds it: nothing planned to say
        }
        boolean[] group = group(o);
        long minimum = groupMinimum(group);
        List<LateStart> lateStarts = new ArrayList<>();
        Map<Integer, String> critical = new LinkedHashMap<>();
        for (int x : net.order) {
            if (!group[x] || x >= net.milestoneCount) {
                continue;
            }
            MilestoneSchedule milestone = milestones.get(net.ids[x]);
            if (milestone.progress() == Progress.NOT_STARTED && lateFinish[x] != NONE) {
                long lateStartDay = lateStartDay(x);
                if (lateStartDay < todayNumber) {
                    lateStarts.add(new LateStart(net.ids[x], net.names[x], milestone.lateStart(), (int) (todayNumber - lateStartDay)));
                }
            }
            if (totalFloat[x] == minimum && milestone.progress() != Progress.DONE) {
                critical.put(net.ids[x], net.names[x]);
            }
        }
        return Optional.of(new OutcomeSchedule(day(finish[o]), minimum == NONE ? null : (int) minimum, lateStarts, critical));
    }

    /** The outcome and every node from which it can be reached. */
    private boolean[] group(int outcomeNode) {
        boolean[] in = new boolean[net.nodeCount];
        int[] stack = new int[net.nodeCount];
        int top = 0;
        in[outcomeNode] = true;
        stack[top++] = outcomeNode;
        while (top > 0) {
            int y = stack[--top];
            for (int k = net.inStart[y]; k < net.inStart[y + 1]; k++) {
                int p = net.inFrom[k];
                if (!in[p]) {
                    in[p] = true;
                    stack[top++] = p;
                }
            }
        }
        return in;
    }

    private long groupMinimum(boolean[] group) {
        long minimum = NONE;
        for (int x = 0; x < net.nodeCount; x++) {
            if (group[x] && net.progress[x] != Progress.DONE) {
                minimum = Math.min(minimum, totalFloat[x]);
            }
        }
        return minimum;
    }

    /**
     * §6 in two linear passes: the smallest float among each node and its ancestors, which for
     * an outcome is its group's minimum; then, backwards, the largest of those minimums among
     * the outcomes each node reaches. A node is critical when its float equals that.
     */
    private long[] criticality() {
        for (int x : net.order) {
            long min = net.progress[x] == Progress.DONE ? NONE : totalFloat[x];
            for (int k = net.inStart[x]; k < net.inStart[x + 1]; k++) {
                min = Math.min(min, ancestorsMin[net.inFrom[k]]);
            }
            ancestorsMin[x] = min;
        }
        long[] reached = new long[net.nodeCount];
        for (int i = net.order.length - 1; i >= 0; i--) {
            int x = net.order[i];
            long max = net.isOutcome(x) ? ancestorsMin[x] : Long.MIN_VALUE;
            for (int k = net.outStart[x]; k < net.outStart[x + 1]; k++) {
                max = Math.max(max, reached[net.outTo[k]]);
            }
            reached[x] = max;
        }
        return reached;
    }

    private boolean isCritical(int x) {
        return net.progress[x] != Progress.DONE && totalFloat[x] != NONE && totalFloat[x] == reachedGroupMin[x];
    }

    private MilestoneSchedule milestoneSchedule(int x) {
        int d = net.duration[x];
        LocalDate earlyStart = d == 0 ? day(start[x]) : day(start[x] + 1);
        LocalDate lateStart = null;
        LocalDate lateFinishDate = null;
        if (net.progress[x] == Progress.DONE) {
            lateStart = earlyStart;
            lateFinishDate = day(finish[x]);
        } else if (lateFinish[x] != NONE) {
            lateFinishDate = day(lateFinish[x]);
            lateStart = net.progress[x] == Progress.IN_PROGRESS ? earlyStart : day(lateStartDay(x));
        }
        Integer total = totalFloat[x] == NONE ? null : (int) totalFloat[x];
        return new MilestoneSchedule(net.ids[x], net.names[x], net.progress[x], earlyStart, day(finish[x]), lateStart,
                lateFinishDate, total, freeFloat(x, total), isCritical(x));
    }

    /** The day a not-started node must start by: LF − (d − 1) for d ≥ 1, LF for a point. */
    private long lateStartDay(int x) {
        int d = net.duration[x];
        return d == 0 ? lateFinish[x] : lateFinish[x] - d + 1;
    }

    /** Working days it can slip before any successor's early dates move; never above its total float. */
    private Integer freeFloat(int x, Integer total) {
        if (net.progress[x] == Progress.DONE) {
            return null;
        }
        long free = NONE;
        for (int k = net.outStart[x]; k < net.outStart[x + 1]; k++) {
            int y = net.outTo[k];
            if (net.progress[y] != Progress.NOT_STARTED) {
                continue;
            }
            long lag = net.outLag[k];
            // a not-started successor's finish is its start plus its duration, so every link's slack is a start's
            free = Math.min(free, start[y] - CompiledNetwork.successorStart(net.outType[k], start[x], finish[x], lag, net.duration[y]));
        }
        if (free == NONE) {
            return total;
        }
        return total == null ? (int) free : (int) Math.min(free, total);
    }

    private OutcomeForecast outcomeForecast(int o) {
        long groupMin = ancestorsMin[o];
        return new OutcomeForecast(net.ids[o], day(net.fnlt[o]), day(finish[o]), (int) totalFloat[o],
                (int) groupMin, totalFloat[o] == groupMin);
    }

    private void collectWarnings() {
        for (OutcomeForecast outcome : outcomes.values()) {
            int o = nodeOfOutcome.get(outcome.outcomeId());
            if (net.fnlt[o] < todayNumber) {
                warnings.add(new ScheduleWarning(ScheduleWarning.Kind.NEEDED_BY_PASSED, outcome.outcomeId(),
                        "'" + net.names[o] + "' was needed by " + net.outcomes.get(o - net.milestoneCount).neededBy()
                                + ", which has passed"));
            }
        }
        for (int x = 0; x < net.milestoneCount; x++) {
            if (net.progress[x] == Progress.NOT_STARTED && lateFinish[x] != NONE && lateStartDay(x) < todayNumber) {
                warnings.add(new ScheduleWarning(ScheduleWarning.Kind.LATEST_START_PASSED, net.ids[x],
                        "'" + net.names[x] + "' should have started by " + day(lateStartDay(x)) + " and has not"));
            }
        }
    }

    private LocalDate day(long number) {
        return net.calendar.workingDay(number);
    }
}
