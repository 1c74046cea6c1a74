package io.backcast.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.StatusCategory;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.rollup.LateStart;
import io.backcast.rollup.OutcomeSchedule;
import io.backcast.rollup.RollupInput;
import io.backcast.rollup.ScheduleView;

/**
 * A generated plan at the scale of design §7, the same on every run for a given seed:
 * {@value #OUTCOMES} outcomes, {@value #DELIVERABLES_PER_OUTCOME} deliverables each and
 * {@value #ITEMS_PER_DELIVERABLE} distinct work items per deliverable (100,000 in all).
 *
 * <p>The mix: about a third of the deliverables find their work through an epic (the epic
 * itself plus its children, one of which has sub-tasks), the rest through JQL or a list of
 * issues, with zero to two parents that have sub-tasks. Of the items that count, about 40 %
 * are done, 20 % in progress and 40 % to do; about 15 % have no story points; most carry
 * time tracking (so partial credit applies to work in progress); a few unfinished ones are
 * flagged or blocked. Each deliverable's items come in a shuffled (rank) order, not sorted by
 * key, as a work source returns them. 2 % of the outcomes have all their work done and 3 % none
 * started. Every outcome has a schedule (forecast and float; about 10 % late, 15 % with little
 * float), 3 % have milestones past their latest start, 5 % have gone quiet (stale), 1 % carry
 * a manual override and 2 % their own phrase templates.
 */
public final class PlanFixture {

    public static final long SEED = 20_260_302L;
    public static final int OUTCOMES = 1_000;
    public static final int DELIVERABLES_PER_OUTCOME = 5;
    public static final int ITEMS_PER_DELIVERABLE = 20;
    public static final int PLAN_ID = 1;

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Instant NOW = TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC);

    /** Story points, partial credit on; otherwise the defaults (done by status category, 5 days' float, 14 quiet days). */
    public static final RollupPolicy POLICY = RollupPolicy.DEFAULT
            .withWeightMethod(WeightMethod.STORY_POINTS)
            .withPartialCredit(true);

    private static final String[] PROJECTS = {"NET", "FIT", "AV", "SEC", "OPS", "DC", "WIFI", "HR", "FIN", "CRM"};
    private static final double[] POINTS = {1, 2, 3, 5, 8, 13};
    private static final String[] STANDARD_TYPES = {"Story", "Story", "Story", "Task", "Task", "Bug"};

    private final RollupInput input;
    private final Map<Integer, OutcomeSchedule> schedules;
    private final ScheduleView schedule;
    private final List<WorkItem> items;
    private final int[] deliverableOfItem;

    private PlanFixture(RollupInput input, Map<Integer, OutcomeSchedule> schedules, List<WorkItem> items,
                        int[] deliverableOfItem) {
        this.input = input;
        this.schedules = Collections.unmodifiableMap(schedules);
        this.schedule = outcomeId -> Optional.ofNullable(this.schedules.get(outcomeId));
        this.items = Collections.unmodifiableList(items);
        this.deliverableOfItem = deliverableOfItem;
    }

    /** The plan for {@link #SEED}. */
    public static PlanFixture generate() {
        return generate(SEED);
    }

    public static PlanFixture generate(long seed) {
        return new Generator(seed).build();
    }

    public RollupInput input() {
        return input;
    }

    public ScheduleView schedule() {
        return schedule;
    }

    public Map<Integer, OutcomeSchedule> schedules() {
        return schedules;
    }

    /** Every work item, in the order generated (deliverable by deliverable). */
    public List<WorkItem> items() {
        return items;
    }

    /** The deliverable that holds {@code items().get(index)}. */
    public int deliverableOf(int index) {
        return deliverableOfItem[index];
    }

    /**
     * The same item after a status change, updated now: to do → in progress, in progress →
     * done, done → reopened (in progress, no resolution). Time tracking follows the change.
     */
    public static WorkItem statusChanged(WorkItem item) {
        WorkItem changed = switch (item.statusCategory()) {
            case TO_DO -> item.withStatus(StatusCategory.IN_PROGRESS, null);
            case IN_PROGRESS -> item.done();
            case DONE -> item.withStatus(StatusCategory.IN_PROGRESS, null);
        };
        return changed.withUpdated(NOW);
    }

    /** A random permutation of {@code 0..n-1}, fixed by the seed. */
    public static int[] shuffledIndexes(int n, long seed) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final class Generator {

        private final SplittableRandom random;
        private final Map<String, Integer> nextNumber = new HashMap<>();
        private long nextItemId = 10_001;
        /** Whether the outcome being generated has gone quiet: no update for 20 to 40 days. */
        private boolean quiet;
        /** The status of all the outcome's work (all done, or none started), or {@code null} for the usual mix. */
        private StatusCategory forcedStatus;

        private final List<Outcome> outcomes = new ArrayList<>(OUTCOMES);
        private final List<Deliverable> deliverables = new ArrayList<>(OUTCOMES * DELIVERABLES_PER_OUTCOME);
        private final Map<Integer, List<WorkItem>> work = new LinkedHashMap<>();
        private final Map<Integer, OutcomeSchedule> schedules = new HashMap<>();
        private final List<WorkItem> allItems = new ArrayList<>(OUTCOMES * DELIVERABLES_PER_OUTCOME * ITEMS_PER_DELIVERABLE);
        private final int[] deliverableOfItem = new int[OUTCOMES * DELIVERABLES_PER_OUTCOME * ITEMS_PER_DELIVERABLE];

        Generator(long seed) {
            this.random = new SplittableRandom(seed);
        }

        PlanFixture build() {
            int deliverableId = 1;
            for (int outcomeId = 1; outcomeId <= OUTCOMES; outcomeId++) {
                String project = PROJECTS[outcomeId % PROJECTS.length];
                quiet = random.nextDouble() < 0.05;
                double phase = random.nextDouble();
                forcedStatus = phase < 0.02 ? StatusCategory.DONE : phase < 0.05 ? StatusCategory.TO_DO : null;
                outcomes.add(outcome(outcomeId));
                List<Integer> milestones = new ArrayList<>();
                for (int d = 0; d < DELIVERABLES_PER_OUTCOME; d++, deliverableId++) {
                    Integer milestoneId = random.nextDouble() < 0.8 ? deliverableId : null;
                    if (milestoneId != null) {
                        milestones.add(milestoneId);
                    }
                    List<WorkItem> items = new ArrayList<>(ITEMS_PER_DELIVERABLE);
                    List<WorkLink> links = work(project, deliverableId, items);
                    // as a work source returns them: in rank order, not by key
                    Collections.shuffle(items, new Random(random.nextLong()));
                    double weight = random.nextDouble() < 0.2 ? (random.nextBoolean() ? 2 : 0.5) : 1;
                    deliverables.add(Deliverable.create(outcomeId, "Deliverable " + deliverableId + " in place")
                            .withId(deliverableId)
                            .withSortOrder(d)
                            .withWeight(weight)
                            .withMilestone(milestoneId)
                            .withWorkLinks(links));
                    work.put(deliverableId, items);
                    for (WorkItem item : items) {
                        deliverableOfItem[allItems.size()] = deliverableId;
                        allItems.add(item);
                    }
                }
                schedules.put(outcomeId, schedule(outcomes.get(outcomeId - 1), milestones));
            }
            Map<Integer, List<WorkItem>> frozen = new HashMap<>();
            work.forEach((id, items) -> frozen.put(id, List.copyOf(items)));
            return new PlanFixture(new RollupInput(outcomes, deliverables, frozen), schedules, allItems, deliverableOfItem);
        }

        private Outcome outcome(int id) {
            LocalDate neededBy = TODAY.plusDays(30 + random.nextInt(336));
            Outcome outcome = Outcome.create(PLAN_ID, "Outcome " + id + " is in service", neededBy)
                    .withId(id)
                    .withSortOrder(id)
                    .withOwners("owner" + (id % 37), null);
            double roll = random.nextDouble();
            if (roll < 0.01) {
                // half still in force, half expired
                Instant expires = NOW.plus(Duration.ofDays(random.nextBoolean() ? 7 : -7));
                outcome = outcome.withOverride(new StateOverride(OutcomeState.ON_TRACK, "pm" + (id % 7),
                        "vendor confirmed delivery", expires));
            } else if (roll < 0.03) {
                outcome = outcome.withPhraseTemplates(Map.of(
                        OutcomeState.AT_RISK, "{outcome}: watch this ({reason})",
                        OutcomeState.ON_TRACK, "{outcome}: fine, {progress} done, forecast {forecast}"));
            }
            return outcome;
        }

        /** Fills {@code items} with the deliverable's {@value #ITEMS_PER_DELIVERABLE} items and returns its links. */
        private List<WorkLink> work(String project, int deliverableId, List<WorkItem> items) {
            double shape = random.nextDouble();
            if (shape < 0.35) {
                // through an epic: the epic, 16 children, the first of which has 3 sub-tasks
                WorkItem epic = item(project, "Epic").asEpic().withStatus(StatusCategory.IN_PROGRESS, null);
                items.add(epic);
                WorkItem parent = null;
                while (items.size() < ITEMS_PER_DELIVERABLE - 3) {
                    WorkItem child = counted(item(project, standardType())).inEpic(epic.id());
                    parent = parent == null ? child : parent;
                    items.add(child);
                }
                for (int s = 0; s < 3; s++) {
                    items.add(counted(item(project, "Sub-task")).asSubtaskOf(parent.id()).inEpic(epic.id()));
                }
                return List.of(WorkLink.epic(epic.key().value()));
            }
            // through JQL or a list of issues: 0..2 parents with 2..4 sub-tasks each, the rest standalone
            int parents = random.nextInt(3);
            int[] subtasks = new int[parents];
            int reserved = 0;
            for (int p = 0; p < parents; p++) {
                subtasks[p] = 2 + random.nextInt(3);
                reserved += 1 + subtasks[p];
            }
            while (items.size() < ITEMS_PER_DELIVERABLE - reserved) {
                items.add(counted(item(project, standardType())));
            }
            for (int p = 0; p < parents; p++) {
                WorkItem parent = counted(item(project, "Story"));
                items.add(parent);
                for (int s = 0; s < subtasks[p]; s++) {
                    items.add(counted(item(project, "Sub-task")).asSubtaskOf(parent.id()));
                }
            }
            if (shape < 0.85) {
                return List.of(WorkLink.jql("project = " + project + " AND labels = \"deliverable-" + deliverableId
                        + "\" ORDER BY Rank"));
            }
            List<WorkLink> links = new ArrayList<>();
            for (WorkItem item : items) {
                links.add(WorkLink.issue(item.key().value()));
            }
            return links;
        }

        private String standardType() {
            return STANDARD_TYPES[random.nextInt(STANDARD_TYPES.length)];
        }

        /** A bare item with the next id and key. */
        private WorkItem item(String project, String type) {
            int number = nextNumber.merge(project, 1, Integer::sum);
            long id = nextItemId++;
            WorkItem item = WorkItem.task(id, project + "-" + number, NOW.minus(Duration.ofDays(1)));
            return "Task".equals(type) ? item : retype(item, type);
        }

        private static WorkItem retype(WorkItem item, String type) {
            return new WorkItem(item.id(), item.key(), type, item.hierarchy(), item.statusCategory(), item.resolution(),
                    item.storyPoints(), item.originalEstimate(), item.remainingEstimate(), item.timeSpent(),
                    item.parentId(), item.epicId(), item.flagged(), item.blocked(), item.updated());
        }

        /** Status, points, time tracking, impediments and last update, drawn for the mix. */
        private WorkItem counted(WorkItem item) {
            double status = random.nextDouble();
            StatusCategory category = forcedStatus != null ? forcedStatus
                    : status < 0.40 ? StatusCategory.DONE
                    : status < 0.60 ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
            Double points = random.nextDouble() < 0.15 ? null : POINTS[random.nextInt(POINTS.length)];
            double hours = (points == null ? 3 : points) * (2 + random.nextInt(5));
            Duration original = Duration.ofMinutes(Math.round(hours * 60));
            Duration spent;
            Duration remaining;
            boolean tracked = random.nextDouble() < 0.85;
            switch (category) {
                case DONE -> {
                    spent = Duration.ofMinutes(Math.round(hours * 60 * (0.6 + random.nextDouble() * 0.9)));
                    remaining = Duration.ZERO;
                }
                case IN_PROGRESS -> {
                    spent = Duration.ofMinutes(Math.round(hours * 60 * random.nextDouble() * 1.2));
                    remaining = Duration.ofMinutes(Math.round(hours * 60 * (0.1 + random.nextDouble())));
                }
                default -> {
                    spent = forcedStatus == null && random.nextDouble() < 0.1 ? Duration.ofMinutes(30) : null;
                    remaining = original;
                }
            }
            WorkItem result = item.withStoryPoints(points);
            result = tracked ? result.withTime(original, remaining, spent) : result.withTime(null, null, null);
            result = category == StatusCategory.DONE ? result.done() : result.withStatus(category, null);
            if (category != StatusCategory.DONE) {
                double impediment = random.nextDouble();
                if (impediment < 0.006) {
                    result = result.withImpediments(true, false);
                } else if (impediment < 0.01) {
                    result = result.withImpediments(false, true);
                }
            }
            long minutesAgo = switch (category) {
                case DONE -> Duration.ofDays(5 + random.nextInt(56)).toMinutes();
                case IN_PROGRESS -> random.nextInt(10 * 24 * 60);
                case TO_DO -> random.nextInt(30 * 24 * 60);
            };
            if (quiet) {
                minutesAgo = Duration.ofDays(20 + random.nextInt(21)).toMinutes();
            }
            return result.withUpdated(NOW.minus(Duration.ofMinutes(minutesAgo)));
        }

        /** Forecast and float for every outcome; a few late starts; two milestones on the critical path. */
        private OutcomeSchedule schedule(Outcome outcome, List<Integer> milestones) {
            double roll = random.nextDouble();
            int floatDays = roll < 0.10 ? -(1 + random.nextInt(20))
                    : roll < 0.25 ? random.nextInt(5)
                    : 5 + random.nextInt(56);
            LocalDate forecast = minusWorkingDays(outcome.neededBy(), floatDays);
            List<LateStart> lateStarts = new ArrayList<>();
            if (!milestones.isEmpty() && random.nextDouble() < 0.03) {
                int late = 1 + random.nextInt(Math.min(2, milestones.size()));
                for (int i = 0; i < late; i++) {
                    int milestoneId = milestones.get(i);
                    int daysLate = random.nextInt(8);
                    lateStarts.add(new LateStart(milestoneId, "Milestone " + milestoneId,
                            minusWorkingDays(TODAY, daysLate), daysLate));
                }
            }
            Map<Integer, String> critical = new HashMap<>();
            for (int i = 0; i < Math.min(2, milestones.size()); i++) {
                int milestoneId = milestones.get(milestones.size() - 1 - i);
                critical.put(milestoneId, "Milestone " + milestoneId);
            }
            return new OutcomeSchedule(forecast, floatDays, lateStarts, critical);
        }

        private static LocalDate minusWorkingDays(LocalDate from, int days) {
            LocalDate day = from;
            int step = days >= 0 ? -1 : 1;
            for (int left = Math.abs(days); left > 0; ) {
                day = day.plusDays(step);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return day;
        }
    }
}
