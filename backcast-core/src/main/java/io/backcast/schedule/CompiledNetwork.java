package io.backcast.schedule;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;

/**
 * A plan network checked and turned into arrays for the passes: nodes 0..n-1 are milestones,
 * n..n+m-1 outcomes; links in both directions; a dependency order. Rejects what cannot be
 * planned (scheduling conventions §7) with a message naming the milestones involved.
 */
final class CompiledNetwork {

    static final byte FS = 0;
    static final byte SS = 1;
    static final byte FF = 2;
    static final byte SF = 3;

    /**
     * The link arithmetic, written once (conventions §3, on points): the earliest start point a
     * link of {@code type} with {@code lag} allows its successor, given the predecessor's start and
     * finish points and the successor's duration. FS: finish + lag; SS: start + lag; FF and SF bind
     * the successor's finish, so its start is that bound less its duration.
     */
    static long successorStart(byte type, long predecessorStart, long predecessorFinish, long lag, int successorDuration) {
        return switch (type) {
            case FS -> predecessorFinish + lag;
            case SS -> predecessorStart + lag;
            case FF -> predecessorFinish + lag - successorDuration;
            default -> predecessorStart + lag - successorDuration;
        };
    }

    /**
     * The same links read backwards: the latest finish point a link allows its predecessor, given
     * the successor's late start and finish points and the predecessor's duration. A predecessor
     * that has started is no longer limited by the links that bind its start (SS, SF): {@link #NO_BOUND}.
     */
    static long predecessorFinish(byte type, long successorLateStart, long successorLateFinish, long lag,
                                  int predecessorDuration, boolean predecessorStarted) {
        return switch (type) {
            case FS -> successorLateStart - lag;
            case FF -> successorLateFinish - lag;
            case SS -> predecessorStarted ? NO_BOUND : successorLateStart - lag + predecessorDuration;
            default -> predecessorStarted ? NO_BOUND : successorLateFinish - lag + predecessorDuration;
        };
    }

    /** No limit: larger than any point. */
    static final long NO_BOUND = Long.MAX_VALUE;

    final WorkCalendar calendar;
    final int milestoneCount;
    final int nodeCount;
    final List<Milestone> milestones;
    final List<Outcome> outcomes;
    final String[] names;
    final int[] ids;
    final int[] duration;
    final Progress[] progress;
    /** Working-day numbers of actual start/finish (0 when absent), SNET (first working day on or after), FNLT and needed-by (last working day on or before). */
    final long[] actualStart;
    final long[] actualFinish;
    final long[] snet;
    final long[] fnlt;
    final int[] remaining;
    final boolean[] hasSnet;
    final boolean[] hasFnlt;
    /** Incoming links: for node x, entries inStart[x]..inStart[x+1]-1 of inFrom/inType/inLag. */
    final int[] inStart;
    final int[] inFrom;
    final byte[] inType;
    final int[] inLag;
    /** Outgoing links, the same way. */
    final int[] outStart;
    final int[] outTo;
    final byte[] outType;
    final int[] outLag;
    /** Every node, predecessors first. */
    final int[] order;

    CompiledNetwork(PlanNetwork network, LocalDate today) {
        this.calendar = network.calendar();
        this.milestones = network.milestones();
        this.outcomes = network.outcomes();
        this.milestoneCount = milestones.size();
        this.nodeCount = milestoneCount + outcomes.size();
        names = new String[nodeCount];
        ids = new int[nodeCount];
        duration = new int[nodeCount];
        progress = new Progress[nodeCount];
        actualStart = new long[nodeCount];
        actualFinish = new long[nodeCount];
        snet = new long[nodeCount];
        fnlt = new long[nodeCount];
        remaining = new int[nodeCount];
        hasSnet = new boolean[nodeCount];
        hasFnlt = new boolean[nodeCount];

        Map<Integer, Integer> milestoneIndex = new HashMap<>();
        for (int i = 0; i < milestoneCount; i++) {
            Milestone milestone = milestones.get(i);
            if (milestoneIndex.put(milestone.id(), i) != null) {
                throw new ValidationException("milestone.id", "lists milestone " + milestone.id() + " twice");
            }
            names[i] = milestone.name();
            ids[i] = milestone.id();
            duration[i] = milestone.durationDays();
            readActuals(i, milestone, today, network.remainingDays().get(milestone.id()));
            readConstraints(i, milestone);
        }
        Map<Integer, Integer> outcomeIndex = new HashMap<>();
        for (int j = 0; j < outcomes.size(); j++) {
            int node = milestoneCount + j;
            Outcome outcome = outcomes.get(j);
            outcomeIndex.put(outcome.id(), node);
            names[node] = outcome.phrase();
            ids[node] = outcome.id();
            progress[node] = Progress.NOT_STARTED;
            hasFnlt[node] = true;
            fnlt[node] = calendar.workingDayNumber(calendar.previousWorkingDay(outcome.neededBy()));
        }

        int[] inCount = new int[nodeCount + 1];
        int[] outCount = new int[nodeCount + 1];
        List<int[]> links = new ArrayList<>();
        for (int x = 0; x < milestoneCount; x++) {
            Milestone milestone = milestones.get(x);
            for (Dependency dependency : milestone.predecessors()) {
                Integer p = milestoneIndex.get(dependency.predecessorId());
                if (p == null) {
                    throw new ValidationException("milestone.predecessors", "'" + milestone.name() + "' depends on milestone "
                            + dependency.predecessorId() + ", which is not in the plan");
                }
                if (p == x) {
                    throw new ValidationException("milestone.predecessors", "'" + milestone.name() + "' depends on itself");
                }
                links.add(new int[] {p, x, dependency.type().ordinal(), dependency.lagDays()});
            }
            for (int outcomeId : milestone.outcomeIds()) {
                Integer o = outcomeIndex.get(outcomeId);
                if (o == null) {
                    throw new ValidationException("milestone.outcomeIds", "'" + milestone.name() + "' feeds outcome "
                            + outcomeId + ", which is not in the plan");
                }
                links.add(new int[] {x, o, FS, 0});
            }
        }
        for (int[] link : links) {
            outCount[link[0]]++;
            inCount[link[1]]++;
        }
        inStart = prefixSums(inCount);
        outStart = prefixSums(outCount);
        inFrom = new int[links.size()];
        inType = new byte[links.size()];
        inLag = new int[links.size()];
        outTo = new int[links.size()];
        outType = new byte[links.size()];
        outLag = new int[links.size()];
        int[] inFill = Arrays.copyOf(inStart, nodeCount);
        int[] outFill = Arrays.copyOf(outStart, nodeCount);
        for (int[] link : links) {
            int in = inFill[link[1]]++;
            inFrom[in] = link[0];
            inType[in] = (byte) link[2];
            inLag[in] = link[3];
            int out = outFill[link[0]]++;
            outTo[out] = link[1];
            outType[out] = (byte) link[2];
            outLag[out] = link[3];
        }
        order = dependencyOrder();
        rejectOutOfSequenceProgress();
    }

    boolean isOutcome(int node) {
        return node >= milestoneCount;
    }

    private void readActuals(int i, Milestone milestone, LocalDate today, Integer remainingDays) {
        LocalDate start = milestone.actualStart();
        LocalDate finish = milestone.actualFinish();
        if (start == null) {
            progress[i] = Progress.NOT_STARTED;
            return;
        }
        requirePastWorkingDay(milestone, "milestone.actualStart", start, today);
        actualStart[i] = calendar.workingDayNumber(start);
        if (finish == null) {
            progress[i] = Progress.IN_PROGRESS;
            int spent = (int) calendar.workingDaysBetween(start, today);
            remaining[i] = remainingDays != null ? Math.max(1, remainingDays) : Math.max(1, milestone.durationDays() - spent);
            return;
        }
        requirePastWorkingDay(milestone, "milestone.actualFinish", finish, today);
        actualFinish[i] = calendar.workingDayNumber(finish);
        progress[i] = Progress.DONE;
    }

    private void requirePastWorkingDay(Milestone milestone, String field, LocalDate day, LocalDate today) {
        if (!day.isBefore(today)) {
            throw new ValidationException(field, "of '" + milestone.name() + "' (" + day + ") must be before today (" + today + ")");
        }
        if (!calendar.isWorkingDay(day)) {
            throw new ValidationException(field, "of '" + milestone.name() + "' (" + day + ") must be a working day");
        }
    }

    private void readConstraints(int i, Milestone milestone) {
        if (milestone.startNoEarlierThan() != null) {
            hasSnet[i] = true;
            snet[i] = calendar.workingDayNumber(milestone.startNoEarlierThan());
        }
        if (milestone.finishNoLaterThan() != null) {
            hasFnlt[i] = true;
            fnlt[i] = calendar.workingDayNumber(calendar.previousWorkingDay(milestone.finishNoLaterThan()));
        }
        if (hasSnet[i] && hasFnlt[i]) {
            long earliestFinish = snet[i] + Math.max(0, milestone.durationDays() - 1);
            if (earliestFinish > fnlt[i]) {
                int d = milestone.durationDays();
                String room = d == 0 ? "no working day on or" : "fewer than " + d + (d == 1 ? " working day" : " working days");
                throw new ValidationException("milestone.finishNoLaterThan", "of '" + milestone.name() + "' ("
                        + milestone.finishNoLaterThan() + ") leaves " + room
                        + " after its start-no-earlier-than date (" + milestone.startNoEarlierThan() + ")");
            }
        }
    }

    private static int[] prefixSums(int[] counts) {
        int[] starts = new int[counts.length];
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            starts[i] = sum;
            sum += counts[i];
        }
        return starts;
    }

    /** Kahn's algorithm; a cycle is reported with every milestone on it, in order. */
    private int[] dependencyOrder() {
        int[] waiting = new int[nodeCount];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int x = 0; x < nodeCount; x++) {
            waiting[x] = inStart[x + 1] - inStart[x];
            if (waiting[x] == 0) {
                ready.add(x);
            }
        }
        int[] sorted = new int[nodeCount];
        int count = 0;
        while (!ready.isEmpty()) {
            int x = ready.poll();
            sorted[count++] = x;
            for (int k = outStart[x]; k < outStart[x + 1]; k++) {
                if (--waiting[outTo[k]] == 0) {
                    ready.add(outTo[k]);
                }
            }
        }
        if (count < nodeCount) {
            throw new ValidationException("milestone.predecessors", "form a cycle: " + describeCycle(waiting));
        }
        return sorted;
    }

    /** Walks back from a node still waiting until a node repeats: that stretch is a cycle. */
    private String describeCycle(int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        int[] seenAt = new int[nodeCount];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int x = start;
        while (seenAt[x] < 0) {
            seenAt[x] = walk.size();
            walk.add(x);
            int next = -1;
            for (int k = inStart[x]; k < inStart[x + 1]; k++) {
                if (waiting[inFrom[k]] > 0) {
                    next = inFrom[k];
                    break;
                }
            }
            x = next;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[x], walk.size()));
        java.util.Collections.reverse(cycle);
        // start at the milestone that comes first in the plan, so the same cycle always reads the same
        java.util.Collections.rotate(cycle, -cycle.indexOf(java.util.Collections.min(cycle)));
        StringBuilder text = new StringBuilder();
        for (int node : cycle) {
            text.append('\'').append(names[node]).append("' → ");
        }
        return text.append('\'').append(names[cycle.get(0)]).append('\'').toString();
    }

    /** A started milestone needs every predecessor done (conventions §7). */
    private void rejectOutOfSequenceProgress() {
        for (int x = 0; x < milestoneCount; x++) {
            if (progress[x] == Progress.NOT_STARTED) {
                continue;
            }
            for (int k = inStart[x]; k < inStart[x + 1]; k++) {
                int p = inFrom[k];
                if (progress[p] != Progress.DONE) {
                    throw new ValidationException("milestone.actualStart", "of '" + names[x] + "' is recorded, but its predecessor '"
                            + names[p] + "' is not done: record the predecessor's actual dates first");
                }
            }
        }
    }
}
