package io.backcast.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.WorkCalendar;
import io.backcast.schedule.PlanNetwork;

/**
 * A generated plan network at the scale of design §7, the same on every run for a given seed:
 * {@value #MILESTONES} milestones with {@value #DEPENDENCIES} dependencies and {@value #OUTCOMES}
 * outcomes, on a Monday-to-Friday calendar with {@value #HOLIDAYS_PER_YEAR} holidays a year.
 *
 * <p>The shape: one workstream of {@value #MILESTONES_PER_STREAM} milestones per outcome, each
 * stream in 6 to 12 layers (its phases). A milestone links to 1–7 milestones of earlier layers:
 * about 85 % of the links stay in its own stream (mostly the layer just before), the rest come from
 * a neighbouring stream (up to {@value #NEIGHBOURS} streams either side). Every link goes from a
 * lower layer to a higher one, so the network is acyclic; chains are as long as a stream has
 * layers, not as long as the plan. Milestones last 1–20 working days, about 5 % are points
 * (0 days). Links: ~70 % FS, 12 % SS, 12 % FF, 6 % SF; a quarter of them carry a lag (1–10
 * working days) or a lead (1–5).
 *
 * <p>Each outcome is fed by every milestone of its stream that nothing else depends on, and a
 * third of them also by one or two late milestones of a neighbouring stream; needed-by dates lie
 * 5 to 20 months ahead. Progress respects the sequence rule: three quarters of the streams are
 * under way, their first one to three layers done and the next partly in progress, and a
 * milestone is started only when all its predecessors are done; actual dates are working days
 * before {@link #TODAY}. About 5 % of the milestones not started have a start-no-earlier-than
 * date, about 3 % of those not done a finish-no-later-than date. SS and SF links out of a
 * milestone in progress are stated as FS (scheduling-conventions §9: MS Project would still let
 * them limit the predecessor), so both schedulers plan the same network.
 */
public final class PlannerFixture {

    public static final long SEED = 20_260_316L;
    public static final int OUTCOMES = 200;
    public static final int MILESTONES_PER_STREAM = 50;
    public static final int MILESTONES = OUTCOMES * MILESTONES_PER_STREAM;
    public static final int DEPENDENCIES = 30_000;
    public static final int HOLIDAYS_PER_YEAR = 30;
    public static final int NEIGHBOURS = 8;
    public static final int PLAN_ID = 1;

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Holidays are drawn for these years, which cover every date of the plan and MS Project's far task. */
    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2030;

    private static final int MIN_LAYERS = 6;
    private static final int MAX_LAYERS = 12;
    private static final int MAX_LINKS = 7;

    private final PlanNetwork network;

    private PlannerFixture(PlanNetwork network) {
        this.network = network;
    }

    /** The network for {@link #SEED}. */
    public static PlannerFixture generate() {
        return generate(SEED);
    }

    public static PlannerFixture generate(long seed) {
        return new PlannerFixture(new Generator(seed).build());
    }

    public PlanNetwork network() {
        return network;
    }

    /** How many dependencies the milestones have in all. */
    public int dependencyCount() {
        return network.milestones().stream().mapToInt(m -> m.predecessors().size()).sum();
    }

    private static final class Generator {

        private final SplittableRandom random;
        private WorkCalendar calendar;
        /** Per stream: how many layers, and the first index (within the stream) of each layer; last entry = stream size. */
        private final int[] layers = new int[OUTCOMES];
        private final int[][] firstOfLayer = new int[OUTCOMES][];
        private final int[] layer = new int[MILESTONES];
        private final int[] duration = new int[MILESTONES];
        private final List<List<Dependency>> predecessors = new ArrayList<>(MILESTONES);
        private final List<Set<Integer>> from = new ArrayList<>(MILESTONES);

        Generator(long seed) {
            this.random = new SplittableRandom(seed);
        }

        PlanNetwork build() {
            calendar = calendar();
            for (int s = 0; s < OUTCOMES; s++) {
                layers[s] = MIN_LAYERS + random.nextInt(MAX_LAYERS - MIN_LAYERS + 1);
                firstOfLayer[s] = new int[layers[s] + 1];
                for (int l = 0; l <= layers[s]; l++) {
                    firstOfLayer[s][l] = (l * MILESTONES_PER_STREAM + layers[s] - 1) / layers[s]; // ceil(l · 50 / layers)
                }
                for (int i = 0; i < MILESTONES_PER_STREAM; i++) {
                    int x = s * MILESTONES_PER_STREAM + i;
                    int l = 0;
                    while (firstOfLayer[s][l + 1] <= i) {
                        l++;
                    }
                    layer[x] = l;
                    duration[x] = random.nextInt(100) < 5 ? 0 : 1 + random.nextInt(20);
                }
            }
            for (int x = 0; x < MILESTONES; x++) {
                predecessors.add(new ArrayList<>());
                from.add(new HashSet<>());
            }
            int[] wanted = linkCounts();
            for (int x = 0; x < MILESTONES; x++) {
                while (predecessors.get(x).size() < wanted[x]) {
                    int p = predecessor(x);
                    if (from.get(x).add(p)) {
                        predecessors.get(x).add(new Dependency(id(p), type(), lag()));
                    }
                }
            }
            Progressed progressed = progress();
            List<Outcome> outcomes = outcomes();
            Map<Integer, Set<Integer>> feeds = feeds();

            List<Milestone> milestones = new ArrayList<>(MILESTONES);
            for (int x = 0; x < MILESTONES; x++) {
                List<Dependency> links = new ArrayList<>();
                for (Dependency d : predecessors.get(x)) {
                    boolean startLink = d.type() == DependencyType.SS || d.type() == DependencyType.SF;
                    links.add(startLink && progressed.inProgress[d.predecessorId() - 1] ? new Dependency(d.predecessorId(), DependencyType.FS, d.lagDays()) : d);
                }
                Milestone milestone = new Milestone(id(x), PLAN_ID, "Milestone " + id(x), duration[x], false,
                        progressed.snet[x], progressed.fnlt[x], null, null, progressed.actualStart[x], progressed.actualFinish[x], id(x),
                        links, feeds.getOrDefault(x, Set.of()));
                milestones.add(milestone);
            }
            return new PlanNetwork(calendar, milestones, outcomes, progressed.remaining);
        }

        private static int id(int x) {
            return x + 1;
        }

        /** Monday to Friday; {@value #HOLIDAYS_PER_YEAR} distinct weekdays a year are holidays. */
        private WorkCalendar calendar() {
            Set<LocalDate> holidays = new TreeSet<>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                Set<LocalDate> ofYear = new HashSet<>();
                LocalDate first = LocalDate.of(year, 1, 1);
                while (ofYear.size() < HOLIDAYS_PER_YEAR) {
                    LocalDate day = first.plusDays(random.nextInt(first.lengthOfYear()));
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        ofYear.add(day);
                    }
                }
                holidays.addAll(ofYear);
            }
            return WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays);
        }

        /** 1–7 links for every milestone above its stream's first layer, {@value #DEPENDENCIES} in all. */
        private int[] linkCounts() {
            int[] wanted = new int[MILESTONES];
            List<Integer> linked = new ArrayList<>();
            int total = 0;
            for (int x = 0; x < MILESTONES; x++) {
                if (layer[x] > 0) {
                    wanted[x] = 1 + random.nextInt(6);
                    total += wanted[x];
                    linked.add(x);
                }
            }
            while (total != DEPENDENCIES) {
                int x = linked.get(random.nextInt(linked.size()));
                if (total < DEPENDENCIES && wanted[x] < MAX_LINKS) {
                    wanted[x]++;
                    total++;
                } else if (total > DEPENDENCIES && wanted[x] > 1) {
                    wanted[x]--;
                    total--;
                }
            }
            return wanted;
        }

        /** A predecessor from an earlier layer: mostly the stream's previous layer, sometimes a neighbouring stream's. */
        private int predecessor(int x) {
            int s = x / MILESTONES_PER_STREAM;
            int l = layer[x];
            int stream = s;
            if (random.nextInt(100) < 15) {
                int offset = 1 + random.nextInt(NEIGHBOURS);
                stream = Math.floorMod(s + (random.nextBoolean() ? offset : -offset), OUTCOMES);
            }
            int top = Math.min(l, layers[stream]) - 1; // the highest layer below l that the stream has
            int chosen = random.nextInt(100) < 70 ? top : Math.max(0, top - 1 - random.nextInt(3));
            int first = firstOfLayer[stream][chosen];
            int size = firstOfLayer[stream][chosen + 1] - first;
            return stream * MILESTONES_PER_STREAM + first + random.nextInt(size);
        }

        private DependencyType type() {
            int roll = random.nextInt(100);
            return roll < 70 ? DependencyType.FS : roll < 82 ? DependencyType.SS : roll < 94 ? DependencyType.FF : DependencyType.SF;
        }

        private int lag() {
            if (random.nextInt(100) >= 25) {
                return 0;
            }
            return random.nextInt(3) == 0 ? -(1 + random.nextInt(5)) : 1 + random.nextInt(10);
        }

        private record Progressed(LocalDate[] actualStart, LocalDate[] actualFinish, boolean[] inProgress,
                                  Map<Integer, Integer> remaining, LocalDate[] snet, LocalDate[] fnlt) {
        }

        /**
         * Done and in-progress milestones, in layer order so every predecessor is decided first: a
         * stream under way has its first 1–3 layers done and half of the next layer in progress, as far
         * as the sequence rule allows (a milestone starts only when all its predecessors are done).
         */
        private Progressed progress() {
            LocalDate[] actualStart = new LocalDate[MILESTONES];
            LocalDate[] actualFinish = new LocalDate[MILESTONES];
            boolean[] done = new boolean[MILESTONES];
            boolean[] inProgress = new boolean[MILESTONES];
            Map<Integer, Integer> remaining = new HashMap<>();
            LocalDate[] snet = new LocalDate[MILESTONES];
            LocalDate[] fnlt = new LocalDate[MILESTONES];
            int[] front = new int[OUTCOMES];
            for (int s = 0; s < OUTCOMES; s++) {
                front[s] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
            }
            LocalDate lastBeforeToday = calendar.previousWorkingDay(TODAY.minusDays(1));
            for (int l = 0; l < MAX_LAYERS; l++) {
                for (int x = 0; x < MILESTONES; x++) {
                    if (layer[x] != l) {
                        continue;
                    }
                    int s = x / MILESTONES_PER_STREAM;
                    boolean mayStart = true;
                    for (int p : from.get(x)) {
                        mayStart &= done[p];
                    }
                    int d = duration[x];
                    if (mayStart && l < front[s]) {
                        done[x] = true;
                        // earlier layers finished earlier: about three working weeks per layer before the front
                        LocalDate finish = calendar.addWorkingDays(lastBeforeToday, -((front[s] - 1 - l) * 15L + random.nextInt(6)));
                        LocalDate start = d == 0 ? finish : calendar.addWorkingDays(finish, -Math.max(0, d - 1 + random.nextInt(5) - 2));
                        actualStart[x] = start;
                        actualFinish[x] = finish;
                    } else if (mayStart && l == front[s] && front[s] > 0 && d > 0 && random.nextBoolean()) {
                        inProgress[x] = true;
                        actualStart[x] = calendar.addWorkingDays(lastBeforeToday, -random.nextInt(d + 4));
                        if (random.nextBoolean()) {
                            remaining.put(id(x), 1 + random.nextInt(10));
                        }
                    } else if (random.nextInt(100) < 5) {
                        snet[x] = TODAY.plusDays(random.nextInt(150));
                    }
                    if (!done[x] && random.nextInt(100) < 3) {
                        fnlt[x] = finishNoLaterThan(snet[x], d);
                    }
                }
            }
            return new Progressed(actualStart, actualFinish, inProgress, remaining, snet, fnlt);
        }

        /** A contract date 20–250 days after the SNET date (or today), leaving room for the milestone after its SNET. */
        private LocalDate finishNoLaterThan(LocalDate snet, int d) {
            LocalDate base = snet != null ? snet : TODAY;
            LocalDate fnlt = base.plusDays(20 + random.nextInt(231));
            if (snet != null) {
                long earliestFinish = calendar.workingDayNumber(snet) + Math.max(0, d - 1);
                while (calendar.workingDayNumber(calendar.previousWorkingDay(fnlt)) < earliestFinish) {
                    fnlt = fnlt.plusDays(7);
                }
            }
            return fnlt;
        }

        private List<Outcome> outcomes() {
            List<Outcome> outcomes = new ArrayList<>(OUTCOMES);
            for (int s = 0; s < OUTCOMES; s++) {
                int id = s + 1;
                LocalDate neededBy = TODAY.plusDays(150 + random.nextInt(450));
                outcomes.add(Outcome.create(PLAN_ID, "Outcome " + id + " is in service", neededBy).withId(id).withSortOrder(id));
            }
            return outcomes;
        }

        /**
         * Per milestone (index), the outcomes it feeds: its stream's outcome when nothing depends on it;
         * a third of the outcomes also take one or two milestones from a neighbouring stream's last layer.
         */
        private Map<Integer, Set<Integer>> feeds() {
            boolean[] hasSuccessor = new boolean[MILESTONES];
            for (Set<Integer> links : from) {
                for (int p : links) {
                    hasSuccessor[p] = true;
                }
            }
            Map<Integer, Set<Integer>> feeds = new HashMap<>();
            for (int x = 0; x < MILESTONES; x++) {
                if (!hasSuccessor[x]) {
                    feeds.computeIfAbsent(x, k -> new TreeSet<>()).add(x / MILESTONES_PER_STREAM + 1);
                }
            }
            for (int s = 0; s < OUTCOMES; s++) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                int extra = 1 + random.nextInt(2);
                for (int k = 0; k < extra; k++) {
                    int offset = 1 + random.nextInt(NEIGHBOURS);
                    int other = Math.floorMod(s + (random.nextBoolean() ? offset : -offset), OUTCOMES);
                    int first = firstOfLayer[other][layers[other] - 1];
                    int x = other * MILESTONES_PER_STREAM + first + random.nextInt(MILESTONES_PER_STREAM - first);
                    feeds.computeIfAbsent(x, key -> new TreeSet<>()).add(s + 1);
                }
            }
            return feeds;
        }
    }
}
