package io.backcast.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.backcast.model.Milestone;
import io.backcast.model.ValidationException;

/**
 * Plans milestones backwards from the date each outcome is needed, and forwards from today
 * and the actual dates: the critical path method on working days, exactly as
 * {@code shared/reference/scheduling-conventions.md} states it. Pure: no I/O, today is a
 * parameter. Dates are handled as points (the end of a working day, by number): a milestone
 * of d days occupying days S..F has start point S − 1 and finish point F; a point milestone on
 * day D has both points D.
 */
public final class Planner {

    private static final long NONE = CompiledNetwork.NO_BOUND;

    /** Plans the network as of {@code today}; rejects what cannot be planned with a message naming it. */
    public Schedule plan(PlanNetwork network, LocalDate today) {
        CompiledNetwork net = new CompiledNetwork(network, today);
        long todayNumber = net.calendar.workingDayNumber(today);
        long[] start = new long[net.nodeCount];
        long[] finish = new long[net.nodeCount];
        forward(net, todayNumber, start, finish);
        long[] lateFinish = backward(net, start, finish);
        return new Schedule(net, today, todayNumber, start, finish, lateFinish);
    }

    /**
     * What if a milestone that is not done finishes {@code days} working days later: a milestone
     * with duration takes that much longer (its start stays), a point milestone happens that
     * much later. Lists every outcome it feeds, directly or through others.
     */
    public SlipImpact slip(PlanNetwork network, LocalDate today, int milestoneId, int days) {
        if (days < 1 || days > Milestone.MAX_DURATION_DAYS) {
            throw new ValidationException("slip.days", "must be between 1 and " + Milestone.MAX_DURATION_DAYS + " (was " + days + ")");
        }
        Schedule before = plan(network, today);
        MilestoneSchedule slipping = before.milestone(milestoneId);
        if (slipping == null) {
            throw new ValidationException("slip.milestoneId", "names milestone " + milestoneId + ", which is not in the plan");
        }
        if (slipping.progress() == Progress.DONE) {
            throw new ValidationException("slip.milestoneId", "names '" + slipping.name() + "', which is done and cannot slip");
        }
        Schedule after = plan(slipped(network, today, slipping, days), today);
        List<OutcomeShift> shifts = new ArrayList<>();
        for (int outcomeId : before.outcomesFedBy(milestoneId)) {
            OutcomeForecast was = before.outcome(outcomeId);
            OutcomeForecast is = after.outcome(outcomeId);
            int moved = (int) network.calendar().workingDaysBetween(was.forecast(), is.forecast());
            shifts.add(new OutcomeShift(outcomeId, was.forecast(), is.forecast(), moved, days - moved));
        }
        return new SlipImpact(milestoneId, days, shifts);
    }

    private static PlanNetwork slipped(PlanNetwork network, LocalDate today, MilestoneSchedule slipping, int days) {
        List<Milestone> milestones = new ArrayList<>();
        Map<Integer, Integer> remaining = new HashMap<>(network.remainingDays());
        for (Milestone milestone : network.milestones()) {
            if (milestone.id() != slipping.milestoneId()) {
                milestones.add(milestone);
            } else if (slipping.progress() == Progress.IN_PROGRESS) {
                long left = network.calendar().workingDaysBetween(network.calendar().nextWorkingDay(today), slipping.earlyFinish()) + 1;
                remaining.put(milestone.id(), (int) left + days);
                milestones.add(milestone);
            } else if (milestone.durationDays() == 0) {
                // FNLT never moves early dates, and kept it could fall before the new SNET (an invalid milestone)
                milestones.add(milestone.withConstraints(network.calendar().addWorkingDays(slipping.earlyFinish(), days), null));
            } else {
                if (milestone.durationDays() + days > Milestone.MAX_DURATION_DAYS) {
                    throw new ValidationException("slip.days", "would make '" + milestone.name() + "' longer than "
                            + Milestone.MAX_DURATION_DAYS + " working days");
                }
                // Pin the start at its early start: a longer milestone driven by an FF/SF link would otherwise start
                // earlier and finish on the same day. FNLT is dropped as above (it would contradict the pinned start).
                milestones.add(milestone.withDurationDays(milestone.durationDays() + days).withConstraints(slipping.earlyStart(), null));
            }
        }
        return new PlanNetwork(network.calendar(), milestones, network.outcomes(), remaining);
    }

    /** Early points (§4): done at their actuals, in progress with their remaining days from today, the rest as early as links allow. */
    private static void forward(CompiledNetwork net, long today, long[] start, long[] finish) {
        for (int x : net.order) {
            int d = net.duration[x];
            switch (net.progress[x]) {
                case DONE -> {
                    start[x] = d == 0 ? net.actualStart[x] : net.actualStart[x] - 1;
                    finish[x] = net.actualFinish[x];
                }
                case IN_PROGRESS -> {
                    start[x] = net.actualStart[x] - 1;
                    finish[x] = today + net.remaining[x] - 1;
                }
                case NOT_STARTED -> {
                    long s = d == 0 ? today : today - 1;
                    if (net.hasSnet[x]) {
                        s = Math.max(s, d == 0 ? net.snet[x] : net.snet[x] - 1);
                    }
                    for (int k = net.inStart[x]; k < net.inStart[x + 1]; k++) {
                        int p = net.inFrom[k];
                        long lag = net.inLag[k];
                        s = Math.max(s, CompiledNetwork.successorStart(net.inType[k], start[p], finish[p], lag, d));
                    }
                    start[x] = s;
                    finish[x] = s + d;
                }
            }
        }
    }

    /** Late finish points (§5), {@link #NONE} where nothing limits a node or it is done. */
    private static long[] backward(CompiledNetwork net, long[] start, long[] finish) {
        long[] lateFinish = new long[net.nodeCount];
        for (int i = net.order.length - 1; i >= 0; i--) {
            int x = net.order[i];
            if (net.progress[x] == Progress.DONE) {
                lateFinish[x] = NONE;
                continue;
            }
            long lf = net.hasFnlt[x] ? net.fnlt[x] : NONE;
            boolean started = net.progress[x] != Progress.NOT_STARTED;
            int dx = net.duration[x];
            for (int k = net.outStart[x]; k < net.outStart[x + 1]; k++) {
                int y = net.outTo[k];
                if (net.progress[y] == Progress.DONE || lateFinish[y] == NONE) {
                    continue;
                }
                long lag = net.outLag[k];
                long lateStartY = lateFinish[y] - net.duration[y];
                lf = Math.min(lf, CompiledNetwork.predecessorFinish(net.outType[k], lateStartY, lateFinish[y], lag, dx, started));
            }
            lateFinish[x] = lf;
        }
        return lateFinish;
    }
}
