package io.backcast.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.OutcomeState;
import io.backcast.model.Outcome;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.rollup.RandomPlans.ClockChange;
import io.backcast.rollup.RandomPlans.ItemChange;
import io.backcast.rollup.RandomPlans.ItemRemoval;
import io.backcast.rollup.RandomPlans.Plan;
import io.backcast.rollup.RandomPlans.ScheduleChange;

/**
 * {@link IncrementalRollup} kept current one change at a time always equals a full
 * {@link RollupEngine} roll-up of the same input, and reports every outcome whose roll-up changed.
 */
class IncrementalRollupPropertyTest {

    private static final long SEED = 0x5EED_BAC_CA57L;
    private static final int EXAMPLES = 1_000;

    @Test
    void incrementalRollUpAlwaysEqualsAFullRollUp() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(RandomPlans.plans())
                .checkAssert(IncrementalRollupPropertyTest::replay);
    }

    /** Applies the plan's changes one by one, checking the incremental roll-up after each. */
    static void replay(Plan plan) {
        RollupEngine engine = new RollupEngine(plan.policy(), PhraseBook.english());
        Map<Integer, OutcomeSchedule> scheduleMap = plan.schedule();
        LocalDate today = plan.today();
        Instant now = plan.now();
        IncrementalRollup incremental = new IncrementalRollup(engine, plan.input(), RandomPlans.view(scheduleMap),
                today, now);
        // An independent model of what the work source says: item snapshots and their deliverables.
        Map<Long, WorkItem> items = new HashMap<>(plan.items());
        Map<Long, Set<Integer>> members = new HashMap<>(plan.members());
        Set<Integer> known = new TreeSet<>();
        plan.deliverables().forEach(d -> known.add(d.id()));

        check(engine, incremental, plan, items, members, RandomPlans.view(scheduleMap), today, now, "at the start");
        for (int step = 0; step < plan.changes().size(); step++) {
            RandomPlans.Change change = plan.changes().get(step);
            String when = "after change " + (step + 1) + " " + change;
            PlanRollup before = incremental.current();
            Set<Integer> reported = null;
            if (change instanceof ItemChange c) {
                reported = incremental.apply(c.item(), c.deliverables());
                items.put(c.item().id(), c.item());
                Set<Integer> in = new TreeSet<>(c.deliverables());
                in.retainAll(known);
                members.put(c.item().id(), in);
            } else if (change instanceof ItemRemoval r) {
                reported = incremental.remove(r.itemId());
                items.remove(r.itemId());
                members.remove(r.itemId());
            } else if (change instanceof ScheduleChange s) {
                scheduleMap = s.schedule();
                incremental.replaceSchedule(RandomPlans.view(scheduleMap));
            } else if (change instanceof ClockChange t) {
                today = t.today();
                now = t.now();
                incremental.advanceTo(today, now);
            }
            PlanRollup after = check(engine, incremental, plan, items, members, RandomPlans.view(scheduleMap), today,
                    now, when);
            if (reported != null) {
                checkReported(plan, before, after, reported, when);
            }
        }
    }

    /** The incremental roll-up equals a full one, of its own input and of the model's. */
    private static PlanRollup check(RollupEngine engine, IncrementalRollup incremental, Plan plan,
                                    Map<Long, WorkItem> items, Map<Long, Set<Integer>> members, ScheduleView schedule,
                                    LocalDate today, Instant now, String when) {
        PlanRollup current = incremental.current();
        PlanRollup full = engine.rollUp(incremental.input(), schedule, today, now);
        same(current, full, "full roll-up of incremental.input()", when);
        PlanRollup modelled = engine.rollUp(RandomPlans.inputOf(plan.outcomes(), plan.deliverables(), items, members),
                schedule, today, now);
        same(current, modelled, "full roll-up of the work source's items", when);
        return current;
    }

    /** Whole-record equality, plus the plan's order; a short report of what differs when not. */
    private static void same(PlanRollup actual, PlanRollup expected, String what, String when) {
        if (actual.equals(expected)
                && List.copyOf(actual.outcomes().keySet()).equals(List.copyOf(expected.outcomes().keySet()))
                && List.copyOf(actual.deliverables().keySet()).equals(List.copyOf(expected.deliverables().keySet()))) {
            return;
        }
        StringBuilder report = new StringBuilder("incremental roll-up differs from the " + what + " " + when);
        report.append("\n  outcome order ").append(actual.outcomes().keySet()).append(" vs ")
                .append(expected.outcomes().keySet());
        report.append("\n  deliverable order ").append(actual.deliverables().keySet()).append(" vs ")
                .append(expected.deliverables().keySet());
        expected.outcomes().forEach((id, rollup) -> {
            if (!Objects.equals(actual.outcome(id), rollup)) {
                report.append("\n  outcome ").append(id).append(":\n    incremental ").append(actual.outcome(id))
                        .append("\n    full        ").append(rollup);
            }
        });
        expected.deliverables().forEach((id, rollup) -> {
            if (!Objects.equals(actual.deliverable(id), rollup)) {
                report.append("\n  deliverable ").append(id).append(":\n    incremental ").append(summary(actual.deliverable(id)))
                        .append("\n    full        ").append(summary(rollup));
            }
        });
        fail(report.toString());
    }

    private static String summary(DeliverableRollup rollup) {
        if (rollup == null) {
            return "null";
        }
        return rollup.status() + " progress=" + rollup.progress() + " done=" + rollup.done() + " started="
                + rollup.started() + " impeded=" + rollup.impeded() + " lastUnfinishedUpdate="
                + rollup.lastUnfinishedUpdate() + " counted="
                + rollup.breakdown().counted().stream().map(line -> "#" + line.item().id()).toList() + " excluded="
                + rollup.breakdown().excluded().stream().map(e -> "#" + e.item().id() + " " + e.reason()).toList();
    }

    /** Every outcome whose roll-up changed, or one of whose deliverables changed, was reported. */
    private static void checkReported(Plan plan, PlanRollup before, PlanRollup after, Set<Integer> reported, String when) {
        Set<Integer> changed = new TreeSet<>();
        after.outcomes().forEach((id, rollup) -> {
            if (!rollup.equals(before.outcome(id))) {
                changed.add(id);
            }
        });
        List<Integer> changedDeliverables = new ArrayList<>();
        after.deliverables().forEach((id, rollup) -> {
            if (!rollup.equals(before.deliverable(id))) {
                changedDeliverables.add(id);
            }
        });
        changed.addAll(RandomPlans.outcomeIdsOf(plan.deliverables(), changedDeliverables));
        if (!reported.containsAll(changed)) {
            fail("outcomes " + changed + " changed " + when + " but apply/remove reported only " + reported);
        }
    }

    // ---- examples ----

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);

    private static Outcome outcome(int id, String phrase) {
        return Outcome.create(RandomPlans.PLAN_ID, phrase, TODAY.plusDays(30)).withId(id).withSortOrder(id);
    }

    private static Deliverable deliverable(int id, int outcomeId, String key) {
        return Deliverable.create(outcomeId, "Deliverable " + id).withId(id).withSortOrder(id)
                .withWorkLinks(List.of(WorkLink.issue(key)));
    }

    @Test
    void anItemAppearingInDeliverablesOfTwoOutcomesRecomputesBoth() {
        RollupEngine engine = new RollupEngine(RollupPolicy.DEFAULT, PhraseBook.english());
        List<Outcome> outcomes = List.of(outcome(1, "WiFi's up"), outcome(2, "Payroll runs"));
        List<Deliverable> deliverables = List.of(deliverable(11, 1, "NET-1"), deliverable(21, 2, "OPS-1"));
        RollupInput input = new RollupInput(outcomes, deliverables, Map.of());
        IncrementalRollup incremental = new IncrementalRollup(engine, input, ScheduleView.NONE, TODAY, NOW);
        PlanRollup before = incremental.current();
        assertThat(before.outcome(1).progress()).isNull();
        assertThat(before.outcome(2).progress()).isNull();

        WorkItem item = WorkItem.task(5, "NET-5", NOW.minusSeconds(60)).done();
        Set<Integer> reported = incremental.apply(item, Set.of(11, 21));

        assertThat(reported).containsExactlyInAnyOrder(1, 2);
        PlanRollup after = incremental.current();
        assertThat(after.outcome(1).progress()).isEqualTo(1.0);
        assertThat(after.outcome(2).progress()).isEqualTo(1.0);
        assertThat(after.outcome(1).state()).isEqualTo(OutcomeState.DONE);
        assertThat(after.outcome(2).state()).isEqualTo(OutcomeState.DONE);
        assertThat(after).isEqualTo(engine.rollUp(incremental.input(), ScheduleView.NONE, TODAY, NOW));
    }

    @Test
    void removingAnUnknownItemChangesNothing() {
        RollupEngine engine = new RollupEngine(RollupPolicy.DEFAULT, PhraseBook.english());
        WorkItem item = WorkItem.task(5, "NET-5", NOW.minusSeconds(60));
        RollupInput input = new RollupInput(List.of(outcome(1, "WiFi's up")), List.of(deliverable(11, 1, "NET-5")),
                Map.of(11, List.of(item)));
        IncrementalRollup incremental = new IncrementalRollup(engine, input, ScheduleView.NONE, TODAY, NOW);
        PlanRollup before = incremental.current();

        assertThat(incremental.remove(6)).isEmpty();

        assertThat(incremental.current()).isEqualTo(before);
        assertThat(incremental.input()).isEqualTo(new RollupInput(input.outcomes(), input.deliverables(),
                Map.of(11, List.of(item))));
    }

    @Test
    void advancingPastAnOverridesExpiryChangesTheState() {
        RollupEngine engine = new RollupEngine(RollupPolicy.DEFAULT, PhraseBook.english());
        Instant expiry = NOW.plusSeconds(2 * 86_400);
        Outcome overridden = outcome(1, "WiFi's up")
                .withOverride(new StateOverride(OutcomeState.AT_RISK, "ana", "parts on order", expiry));
        RollupInput input = new RollupInput(List.of(overridden), List.of(deliverable(11, 1, "NET-5")),
                Map.of(11, List.of(WorkItem.task(5, "NET-5", NOW.minusSeconds(60)))));
        IncrementalRollup incremental = new IncrementalRollup(engine, input, ScheduleView.NONE, TODAY, NOW);
        assertThat(incremental.current().outcome(1).state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(incremental.current().outcome(1).isOverridden()).isTrue();

        incremental.advanceTo(TODAY.plusDays(1), expiry.minusSeconds(1));
        assertThat(incremental.current().outcome(1).state()).isEqualTo(OutcomeState.AT_RISK);

        incremental.advanceTo(TODAY.plusDays(2), expiry);
        OutcomeRollup expired = incremental.current().outcome(1);
        assertThat(expired.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(expired.isOverridden()).isFalse();
        assertThat(expired.computedState()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(incremental.current())
                .isEqualTo(engine.rollUp(incremental.input(), ScheduleView.NONE, TODAY.plusDays(2), expiry));
    }

    /** Keeps the plan order of outcomes when a later outcome changes first. */
    @Test
    void keepsThePlansOrder() {
        RollupEngine engine = new RollupEngine(RollupPolicy.DEFAULT, PhraseBook.english());
        List<Outcome> outcomes = List.of(outcome(3, "Tills take cards"), outcome(1, "WiFi's up"));
        List<Deliverable> deliverables = List.of(deliverable(30, 3, "NET-1"), deliverable(10, 1, "NET-2"));
        IncrementalRollup incremental = new IncrementalRollup(engine,
                new RollupInput(outcomes, deliverables, new LinkedHashMap<>()), ScheduleView.NONE, TODAY, NOW);

        incremental.apply(WorkItem.task(2, "NET-2", NOW), Set.of(10));

        assertThat(incremental.current().outcomes().keySet()).containsExactly(3, 1);
        assertThat(incremental.current().deliverables().keySet()).containsExactly(30, 10);
    }
}
