package io.backcast.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

import io.backcast.model.Deliverable;
import io.backcast.model.DoneRule;
import io.backcast.model.Hierarchy;
import io.backcast.model.IssueKey;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.StatusCategory;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;

/**
 * Random plans for property tests of the roll-up: a policy, outcomes, deliverables, a pool of
 * work items with a hierarchy, their membership in deliverables, a schedule, and a sequence of
 * changes as a work source would report them. Built only from QuickTheories draws, so a failing
 * plan shrinks (every draw shrinks towards "less": fewer things, the first option, no feature).
 */
final class RandomPlans {

    static final int PLAN_ID = 7;
    /** A deliverable id no plan has: items may claim to be in it, which must change nothing. */
    static final int UNKNOWN_DELIVERABLE = 9_999;
    static final int MILESTONES = 6;

    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 5);
    private static final long DAY = 86_400;
    private static final List<String> PROJECTS = List.of("NET", "OPS", "AB_2");
    private static final List<String> PHRASES = List.of("WiFi's up", "Payroll runs", "Tills take cards",
            "Warehouse scans", "Staff on VPN", "Backups restore");
    private static final List<String> TEMPLATES = List.of("{outcome}: {reason}", "{outcome} ({progress}) by {neededBy}",
            "{outcome} — forecast {forecast}", "All quiet", "{reason} / {outcome} / {progress} / {forecast}");
    private static final List<Double> POINTS = List.of(0.0, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0);
    private static final List<Double> WEIGHTS = List.of(1.0, 0.0, 0.5, 2.0, 3.5);
    private static final List<String> RESOLUTIONS = List.of("Done", "Won't Do", "Duplicate");

    private RandomPlans() {
    }

    /** A change a work source or the planner reports. */
    sealed interface Change permits ItemChange, ItemRemoval, ScheduleChange, ClockChange {
    }

    /** {@code item} appeared or changed and now belongs to exactly {@code deliverables}. */
    record ItemChange(String what, WorkItem item, Set<Integer> deliverables) implements Change {
        @Override
        public String toString() {
            return "apply(" + what + ": " + describeItem(item) + " in " + deliverables + ")";
        }
    }

    record ItemRemoval(long itemId) implements Change {
        @Override
        public String toString() {
            return "remove(#" + itemId + ")";
        }
    }

    record ScheduleChange(Map<Integer, OutcomeSchedule> schedule) implements Change {
        @Override
        public String toString() {
            return "replaceSchedule(" + schedule + ")";
        }
    }

    record ClockChange(LocalDate today, Instant now) implements Change {
        @Override
        public String toString() {
            return "advanceTo(" + today + ", " + now + ")";
        }
    }

    /**
     * One generated case.
     *
     * @param work    each deliverable's work as the roll-up input first holds it (may hold an
     *                older duplicate of an item, and work of a deliverable the plan lacks)
     * @param items   every item the work source knows at the start, by id
     * @param members which deliverables each item of {@code items} belongs to at the start
     */
    record Plan(RollupPolicy policy, List<Outcome> outcomes, List<Deliverable> deliverables,
                Map<Integer, List<WorkItem>> work, Map<Long, WorkItem> items, Map<Long, Set<Integer>> members,
                Map<Integer, OutcomeSchedule> schedule, LocalDate today, Instant now, List<Change> changes) {

        RollupInput input() {
            return new RollupInput(outcomes, deliverables, work);
        }

        /** A compact account of the case, for a failure report. */
        String describe() {
            StringBuilder out = new StringBuilder("\n  policy ").append(policy)
                    .append("\n  today ").append(today).append(", now ").append(now);
            for (Outcome outcome : outcomes) {
                out.append("\n  outcome ").append(outcome.id()).append(" '").append(outcome.phrase())
                        .append("' needed by ").append(outcome.neededBy());
                if (outcome.override() != null) {
                    out.append(", override ").append(outcome.override().state()).append(" until ")
                            .append(outcome.override().expiresAt());
                }
                if (!outcome.phraseTemplates().isEmpty()) {
                    out.append(", templates ").append(outcome.phraseTemplates());
                }
            }
            for (Deliverable deliverable : deliverables) {
                out.append("\n  deliverable ").append(deliverable.id()).append(" of outcome ").append(deliverable.outcomeId())
                        .append(", weight ").append(deliverable.weight()).append(", milestone ").append(deliverable.milestoneId())
                        .append(deliverable.isLinked() ? "" : ", UNLINKED").append(", work ")
                        .append(work.getOrDefault(deliverable.id(), List.of()).stream().map(i -> "#" + i.id()).toList());
            }
            work.keySet().stream().filter(id -> deliverables.stream().noneMatch(d -> d.id() == id))
                    .forEach(id -> out.append("\n  work of a deliverable not in the plan: ").append(id));
            for (WorkItem item : items.values()) {
                out.append("\n  item ").append(describeItem(item)).append(" in ").append(members.getOrDefault(item.id(), Set.of()));
            }
            out.append("\n  schedule ").append(schedule);
            for (int i = 0; i < changes.size(); i++) {
                out.append("\n  change ").append(i + 1).append(": ").append(changes.get(i));
            }
            return out.toString();
        }
    }

    static String describeItem(WorkItem item) {
        StringBuilder out = new StringBuilder("#").append(item.id()).append(' ').append(item.key())
                .append(' ').append(item.hierarchy());
        if (item.parentId() != null) {
            out.append(" parent #").append(item.parentId());
        }
        if (item.epicId() != null) {
            out.append(" epic #").append(item.epicId());
        }
        out.append(' ').append(item.statusCategory()).append('/').append(item.resolution())
                .append(" sp=").append(item.storyPoints())
                .append(" est=").append(hours(item.originalEstimate())).append('/').append(hours(item.remainingEstimate()))
                .append('/').append(hours(item.timeSpent()));
        if (item.flagged()) {
            out.append(" flagged");
        }
        if (item.blocked()) {
            out.append(" blocked");
        }
        return out.append(" updated ").append(item.updated()).toString();
    }

    private static String hours(Duration duration) {
        return duration == null ? "-" : duration.toMinutes() / 60.0 + "h";
    }

    /** The planner's view of a schedule map: outcomes without an entry have no schedule. */
    static ScheduleView view(Map<Integer, OutcomeSchedule> schedule) {
        Map<Integer, OutcomeSchedule> copy = Map.copyOf(schedule);
        return outcomeId -> Optional.ofNullable(copy.get(outcomeId));
    }

    static Gen<Plan> plans() {
        Gen<Plan> gen = in -> new Builder(new Draw(in)).plan();
        return gen.describedAs(Plan::describe);
    }

    /** Draws that shrink towards their lower bound. */
    private record Draw(RandomnessSource in) {

        int between(int lo, int hi) {
            return lo == hi ? lo : (int) in.next(Constraint.between(lo, hi).withShrinkPoint(lo));
        }

        /** True with this chance; shrinks to false. */
        boolean chance(int percent) {
            return between(0, 99) >= 100 - percent;
        }

        <T> T pick(List<T> options) {
            return options.get(between(0, options.size() - 1));
        }

        <T> T pick(Collection<T> options) {
            return pick(List.copyOf(options));
        }

        <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = between(0, i);
                T swapped = list.get(i);
                list.set(i, list.get(j));
                list.set(j, swapped);
            }
        }
    }

    private static final class Builder {

        private final Draw draw;
        private LocalDate today;
        private Instant now;
        private final List<Integer> outcomeIds = new ArrayList<>();
        private final List<Integer> deliverableIds = new ArrayList<>();
        /** The items the work source knows now, and which deliverables each is in. */
        private final Map<Long, WorkItem> items = new TreeMap<>();
        private final Map<Long, Set<Integer>> members = new HashMap<>();
        private final Set<Long> removed = new TreeSet<>();
        private long nextId;

        Builder(Draw draw) {
            this.draw = draw;
        }

        Plan plan() {
            RollupPolicy policy = new RollupPolicy(draw.pick(List.of(WeightMethod.values())),
                    draw.pick(List.of(DoneRule.values())), draw.chance(50),
                    draw.chance(10) ? draw.between(0, 1_000) : draw.between(0, 12),
                    draw.chance(10) ? draw.between(1, 3_650) : draw.between(1, 30));
            today = EPOCH.plusDays(draw.between(0, 400));
            now = today.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(draw.between(0, (int) DAY - 1));

            List<Outcome> outcomes = outcomes();
            List<Deliverable> deliverables = deliverables();
            Map<Integer, OutcomeSchedule> schedule = schedule();
            pool();
            Map<Integer, List<WorkItem>> work = initialWork(deliverables);
            Map<Long, WorkItem> startItems = new LinkedHashMap<>(items);
            Map<Long, Set<Integer>> startMembers = new HashMap<>();
            members.forEach((id, in) -> startMembers.put(id, Set.copyOf(in)));
            LocalDate startToday = today;
            Instant startNow = now;
            List<Change> changes = new ArrayList<>();
            int count = draw.between(1, 20);
            for (int i = 0; i < count; i++) {
                changes.add(change());
            }
            return new Plan(policy, outcomes, deliverables, work, startItems, startMembers, schedule, startToday,
                    startNow, List.copyOf(changes));
        }

        private List<Outcome> outcomes() {
            int count = draw.between(1, 6);
            int firstId = draw.between(1, 40);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int id = firstId + i;
                outcomeIds.add(id);
                Outcome outcome = Outcome.create(PLAN_ID, draw.pick(PHRASES), today.plusDays(draw.between(-30, 120)))
                        .withId(id).withSortOrder(i);
                if (draw.chance(35)) {
                    // Active or expired now; some expire within the days a clock change may skip.
                    Instant expires = now.plusSeconds(draw.between(-10, 30) * DAY + draw.between(-3_600, 3_600));
                    outcome = outcome.withOverride(new StateOverride(draw.pick(List.of(OutcomeState.values())),
                            draw.pick(List.of("ana", "ben")), draw.pick(List.of("client asked", "parts on order")), expires));
                }
                if (draw.chance(30)) {
                    Map<OutcomeState, String> templates = new EnumMap<>(OutcomeState.class);
                    for (OutcomeState state : OutcomeState.values()) {
                        if (draw.chance(50)) {
                            templates.put(state, draw.pick(TEMPLATES));
                        }
                    }
                    outcome = outcome.withPhraseTemplates(templates);
                }
                outcomes.add(outcome);
            }
            draw.shuffle(outcomes);
            return outcomes;
        }

        private List<Deliverable> deliverables() {
            List<Deliverable> deliverables = new ArrayList<>();
            int nextDeliverable = draw.between(1, 100);
            for (int outcomeId : outcomeIds) {
                int count = draw.between(0, 5);
                for (int i = 0; i < count; i++) {
                    int id = nextDeliverable++;
                    deliverableIds.add(id);
                    List<WorkLink> links = new ArrayList<>();
                    if (!draw.chance(20)) {
                        links.add(WorkLink.issue(draw.pick(PROJECTS) + "-" + draw.between(1, 300)));
                        if (draw.chance(30)) {
                            links.add(WorkLink.jql("project = NET AND labels = d" + id));
                        }
                        if (draw.chance(20)) {
                            links.add(WorkLink.epic("NET-" + (1_000 + id)));
                        }
                    }
                    deliverables.add(Deliverable.create(outcomeId, "Deliverable " + id).withId(id)
                            .withWeight(draw.pick(WEIGHTS))
                            .withMilestone(draw.chance(40) ? draw.between(1, MILESTONES) : null)
                            .withSortOrder(i).withWorkLinks(links));
                }
            }
            if (draw.chance(50)) {
                draw.shuffle(deliverables);
            }
            return deliverables;
        }

        private Map<Integer, OutcomeSchedule> schedule() {
            Map<Integer, OutcomeSchedule> schedule = new TreeMap<>();
            for (int outcomeId : outcomeIds) {
                if (draw.chance(70)) {
                    schedule.put(outcomeId, outcomeSchedule());
                }
            }
            return schedule;
        }

        private OutcomeSchedule outcomeSchedule() {
            LocalDate forecast = draw.chance(70) ? today.plusDays(draw.between(-5, 90)) : null;
            Integer floatDays = draw.chance(80) ? draw.between(-10, 15) : null;
            List<LateStart> lateStarts = new ArrayList<>();
            int late = draw.chance(30) ? draw.between(1, 3) : 0;
            for (int i = 0; i < late; i++) {
                int milestone = draw.between(1, MILESTONES);
                lateStarts.add(new LateStart(milestone, "M" + milestone, today.minusDays(draw.between(0, 10)),
                        draw.between(0, 5)));
            }
            Map<Integer, String> critical = new TreeMap<>();
            for (int milestone = 1; milestone <= MILESTONES; milestone++) {
                if (draw.chance(35)) {
                    critical.put(milestone, "M" + milestone);
                }
            }
            return new OutcomeSchedule(forecast, floatDays, lateStarts, critical);
        }

        /** The work source's issues: epics, standard issues and sub-tasks, and who is in which deliverable. */
        private void pool() {
            int count = draw.between(0, 24);
            nextId = draw.between(1, 1_000);
            List<Long> ids = new ArrayList<>();
            Map<Long, Hierarchy> hierarchy = new HashMap<>();
            for (int i = 0; i < count; i++) {
                long id = nextId++;
                ids.add(id);
                int kind = draw.between(0, 9);
                hierarchy.put(id, kind < 6 ? Hierarchy.STANDARD : kind < 7 ? Hierarchy.EPIC : Hierarchy.SUBTASK);
            }
            List<Long> epics = ids.stream().filter(id -> hierarchy.get(id) == Hierarchy.EPIC).toList();
            List<Long> parents = ids.stream().filter(id -> hierarchy.get(id) == Hierarchy.STANDARD).toList();
            for (long id : ids) {
                WorkItem item = fields(WorkItem.task(id, key(), updated()));
                switch (hierarchy.get(id)) {
                    case EPIC -> item = item.asEpic();
                    case SUBTASK -> item = item.asSubtaskOf(parents.isEmpty() || draw.chance(15) ? outsider(id) : draw.pick(parents));
                    case STANDARD -> { }
                }
                if (item.hierarchy() != Hierarchy.EPIC && draw.chance(35)) {
                    item = item.inEpic(epics.isEmpty() || draw.chance(15) ? outsider(id) : draw.pick(epics));
                }
                items.put(id, item);
            }
            // Standard issues and epics first, so a sub-task can share its parent's deliverables.
            for (long id : ids) {
                if (hierarchy.get(id) != Hierarchy.SUBTASK) {
                    members.put(id, randomMembership());
                }
            }
            for (long id : ids) {
                WorkItem item = items.get(id);
                if (item.hierarchy() == Hierarchy.SUBTASK) {
                    Set<Integer> parents2 = members.get(item.parentId());
                    members.put(id, parents2 != null && draw.chance(60) ? new TreeSet<>(parents2) : randomMembership());
                }
            }
        }

        /** The roll-up input's work: each member in its deliverables, sometimes with an older duplicate. */
        private Map<Integer, List<WorkItem>> initialWork(List<Deliverable> deliverables) {
            Map<Integer, List<WorkItem>> work = new TreeMap<>();
            for (Deliverable deliverable : deliverables) {
                List<WorkItem> found = new ArrayList<>();
                for (WorkItem item : items.values()) {
                    if (members.get(item.id()).contains(deliverable.id())) {
                        found.add(item);
                        if (draw.chance(5)) {
                            found.add(fields(item).withUpdated(item.updated().minusSeconds(draw.between(1, 100_000))));
                        }
                    }
                }
                draw.shuffle(found);
                if (!found.isEmpty() || draw.chance(50)) {
                    work.put(deliverable.id(), found);
                }
            }
            if (!items.isEmpty() && draw.chance(10)) {
                work.put(UNKNOWN_DELIVERABLE, List.of(draw.pick(items.values())));
            }
            members.replaceAll((id, in) -> {
                Set<Integer> known = new TreeSet<>(in);
                known.retainAll(deliverableIds);
                return known;
            });
            return work;
        }

        private Change change() {
            int kind = draw.between(0, 99);
            if (kind < 35) {
                return changeItem();
            } else if (kind < 55) {
                return appear();
            } else if (kind < 70) {
                return move();
            } else if (kind < 80) {
                return removal();
            } else if (kind < 90) {
                Map<Integer, OutcomeSchedule> schedule = schedule();
                return new ScheduleChange(schedule);
            } else {
                now = now.plusSeconds(draw.between(0, 20) * DAY + draw.between(0, (int) DAY - 1));
                today = LocalDate.ofInstant(now, ZoneOffset.UTC);
                return new ClockChange(today, now);
            }
        }

        /** An item's fields change; it stays where it is. */
        private Change changeItem() {
            if (items.isEmpty()) {
                return appear();
            }
            WorkItem item = draw.pick(items.values());
            WorkItem changed = item;
            int edits = draw.between(1, 3);
            for (int i = 0; i < edits; i++) {
                changed = switch (draw.between(0, 7)) {
                    case 0 -> status(changed);
                    case 1 -> changed.withStoryPoints(points());
                    case 2 -> changed.withTime(estimate(), estimate(), estimate());
                    case 3 -> changed.withImpediments(draw.chance(50), draw.chance(30));
                    case 4 -> rekey(changed);
                    case 5 -> rehome(changed);
                    default -> changed;
                };
            }
            changed = changed.withUpdated(draw.chance(80) ? now.minusSeconds(draw.between(0, 3 * (int) DAY))
                    : updated());
            return record("changed", changed, members.getOrDefault(item.id(), Set.of()));
        }

        /** A new, removed or known item now appears in some deliverables (and maybe stays in others). */
        private Change appear() {
            WorkItem item;
            Set<Integer> in = new TreeSet<>();
            int source = draw.between(0, 9);
            if (source < 4 || items.isEmpty() && removed.isEmpty()) {
                long id = nextId++;
                item = fields(WorkItem.task(id, key(), updated()));
                if (!items.isEmpty() && draw.chance(40)) {
                    WorkItem parent = draw.pick(items.values());
                    if (parent.hierarchy() != Hierarchy.SUBTASK) {
                        item = item.asSubtaskOf(parent.id());
                        if (draw.chance(50)) {
                            in.addAll(members.getOrDefault(parent.id(), Set.of()));
                        }
                    }
                }
            } else if (source < 6 && !removed.isEmpty()) {
                long id = draw.pick(removed);
                item = fields(WorkItem.task(id, key(), updated()));
            } else if (!items.isEmpty()) {
                item = draw.pick(items.values());
                in.addAll(members.getOrDefault(item.id(), Set.of()));
                item = item.withUpdated(now.minusSeconds(draw.between(0, (int) DAY)));
            } else {
                item = fields(WorkItem.task(nextId++, key(), updated()));
            }
            in.addAll(randomMembership());
            if (!deliverableIds.isEmpty()) {
                in.add(draw.pick(deliverableIds));
            }
            return record("appeared", item, in);
        }

        /** An item leaves some deliverables and joins others. */
        private Change move() {
            if (items.isEmpty()) {
                return appear();
            }
            WorkItem item = draw.pick(items.values());
            Set<Integer> in = new TreeSet<>(members.getOrDefault(item.id(), Set.of()));
            if (!in.isEmpty()) {
                in.remove(draw.pick(in));
            }
            if (!deliverableIds.isEmpty() && draw.chance(80)) {
                in.add(draw.pick(deliverableIds));
            }
            return record("moved", draw.chance(50) ? status(item) : item, in);
        }

        private Change removal() {
            if (items.isEmpty() || draw.chance(15)) {
                long unknown = draw.chance(50) && !removed.isEmpty() ? draw.pick(removed) : 50_000 + draw.between(0, 9);
                return new ItemRemoval(unknown);
            }
            long id = draw.pick(items.keySet());
            items.remove(id);
            members.remove(id);
            removed.add(id);
            return new ItemRemoval(id);
        }

        private Change record(String what, WorkItem item, Set<Integer> in) {
            Set<Integer> claimed = new TreeSet<>(in);
            if (draw.chance(5)) {
                claimed.add(UNKNOWN_DELIVERABLE);
            }
            items.put(item.id(), item);
            removed.remove(item.id());
            Set<Integer> known = new TreeSet<>(claimed);
            known.retainAll(deliverableIds);
            members.put(item.id(), known);
            return new ItemChange(what, item, Set.copyOf(claimed));
        }

        private Set<Integer> randomMembership() {
            Set<Integer> in = new TreeSet<>();
            if (deliverableIds.isEmpty()) {
                return in;
            }
            int count = draw.between(0, 3);
            for (int i = 0; i < count; i++) {
                in.add(draw.pick(deliverableIds));
            }
            return in;
        }

        /** Status, resolution, points, estimates and impediments at random; hierarchy and updated kept. */
        private WorkItem fields(WorkItem item) {
            return status(item).withStoryPoints(points()).withTime(estimate(), estimate(), estimate())
                    .withImpediments(draw.chance(15), draw.chance(15));
        }

        private WorkItem status(WorkItem item) {
            StatusCategory status = draw.pick(List.of(StatusCategory.values()));
            String resolution = draw.chance(status == StatusCategory.DONE ? 70 : 10) ? draw.pick(RESOLUTIONS) : null;
            return item.withStatus(status, resolution);
        }

        /** A moved issue gets a new key (its id stays). */
        private WorkItem rekey(WorkItem item) {
            return new WorkItem(item.id(), IssueKey.of(key()), item.type(), item.hierarchy(), item.statusCategory(),
                    item.resolution(), item.storyPoints(), item.originalEstimate(), item.remainingEstimate(),
                    item.timeSpent(), item.parentId(), item.epicId(), item.flagged(), item.blocked(), item.updated());
        }

        /** A sub-task moves to another parent, or an issue to another epic (or out of one). */
        private WorkItem rehome(WorkItem item) {
            if (item.hierarchy() == Hierarchy.EPIC) {
                return item;
            }
            List<Long> others = items.keySet().stream().filter(id -> id != item.id()).toList();
            Long target = others.isEmpty() || draw.chance(20) ? outsider(item.id()) : draw.pick(others);
            if (item.hierarchy() == Hierarchy.SUBTASK && draw.chance(60)) {
                return item.asSubtaskOf(target);
            }
            return item.inEpic(draw.chance(25) ? null : target);
        }

        private Double points() {
            return draw.chance(65) ? draw.pick(POINTS) : null;
        }

        private Duration estimate() {
            return draw.chance(65) ? Duration.ofMinutes(30L * draw.between(0, 40)) : null;
        }

        private String key() {
            return draw.pick(PROJECTS) + "-" + draw.between(1, 300);
        }

        private Instant updated() {
            return now.minusSeconds(draw.between(-2, 40) * DAY + draw.between(0, (int) DAY - 1));
        }

        /** An id of an issue outside the pool (and not the item itself). */
        private long outsider(long self) {
            long id = 90_000 + draw.between(0, 5);
            return id == self ? id + 1 : id;
        }
    }

    /** The roll-up input a work source would give for these items and memberships. */
    static RollupInput inputOf(List<Outcome> outcomes, List<Deliverable> deliverables, Map<Long, WorkItem> items,
                               Map<Long, Set<Integer>> members) {
        Map<Integer, List<WorkItem>> work = new HashMap<>();
        members.forEach((id, in) -> in.forEach(deliverableId ->
                work.computeIfAbsent(deliverableId, d -> new ArrayList<>()).add(items.get(id))));
        return new RollupInput(outcomes, deliverables, work);
    }

    static Set<Integer> outcomeIdsOf(Collection<Deliverable> deliverables, Collection<Integer> deliverableIds) {
        return deliverables.stream().filter(d -> deliverableIds.contains(d.id())).map(Deliverable::outcomeId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
