package io.backcast.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.Hierarchy;
import io.backcast.model.OutcomeState;
import io.backcast.model.StatusCategory;
import io.backcast.model.WorkItem;
import io.backcast.rollup.ItemLine;
import io.backcast.rollup.PhraseBook;
import io.backcast.rollup.PlanRollup;
import io.backcast.rollup.RollupEngine;

/** The benchmark's plan has the sizes and the mix PERFORMANCE.md states. Runs no benchmark. */
class PlanFixtureTest {

    private static PlanFixture plan;

    @BeforeAll
    static void generate() {
        plan = PlanFixture.generate();
    }

    @Test
    void hasTheStatedSizes() {
        assertThat(plan.input().outcomes()).hasSize(1_000);
        assertThat(plan.input().deliverables()).hasSize(5_000);
        assertThat(plan.items()).hasSize(100_000);
        Set<Long> ids = new HashSet<>();
        plan.items().forEach(item -> ids.add(item.id()));
        assertThat(ids).as("distinct work items").hasSize(100_000);
        for (Deliverable deliverable : plan.input().deliverables()) {
            assertThat(plan.input().workOf(deliverable.id())).hasSize(20);
            assertThat(deliverable.isLinked()).isTrue();
        }
        for (int outcomeId = 1; outcomeId <= 1_000; outcomeId++) {
            assertThat(plan.schedule().of(outcomeId)).as("schedule of outcome %d", outcomeId).isPresent();
        }
    }

    @Test
    void isTheSameForTheSameSeed() {
        PlanFixture again = PlanFixture.generate();
        assertThat(again.items()).isEqualTo(plan.items());
        assertThat(again.input()).isEqualTo(plan.input());
        assertThat(again.schedules()).isEqualTo(plan.schedules());
    }

    @Test
    void hasARealisticMix() {
        List<WorkItem> items = plan.items();
        long epics = items.stream().filter(item -> item.hierarchy() == Hierarchy.EPIC).count();
        long subtasks = items.stream().filter(item -> item.hierarchy() == Hierarchy.SUBTASK).count();
        assertThat(epics).isBetween(1_500L, 2_000L);
        assertThat(subtasks).isGreaterThan(5_000L);

        List<WorkItem> leaves = items.stream().filter(item -> item.hierarchy() != Hierarchy.EPIC).toList();
        assertThat(share(leaves, item -> item.statusCategory() == StatusCategory.DONE)).isCloseTo(0.40, within(0.03));
        assertThat(share(leaves, item -> item.statusCategory() == StatusCategory.IN_PROGRESS)).isCloseTo(0.20, within(0.03));
        assertThat(share(leaves, item -> item.storyPoints() == null)).isCloseTo(0.15, within(0.02));
        assertThat(share(leaves, item -> item.originalEstimate() != null)).isCloseTo(0.85, within(0.02));
        assertThat(share(leaves, WorkItem::isImpeded)).isBetween(0.003, 0.02);
    }

    @Test
    void rollsUpToEveryState() {
        RollupEngine engine = new RollupEngine(PlanFixture.POLICY, PhraseBook.english());
        PlanRollup rolled = engine.rollUp(plan.input(), plan.schedule(), PlanFixture.TODAY, PlanFixture.NOW);

        assertThat(rolled.outcomes()).hasSize(1_000);
        assertThat(rolled.deliverables()).hasSize(5_000);
        Map<OutcomeState, Long> states = new java.util.EnumMap<>(OutcomeState.class);
        rolled.outcomes().values().forEach(outcome -> states.merge(outcome.state(), 1L, Long::sum));
        assertThat(states).containsOnlyKeys(OutcomeState.values());
        assertThat(states.get(OutcomeState.ON_TRACK)).isGreaterThan(states.get(OutcomeState.AT_RISK));
        assertThat(rolled.outcomes().values()).anyMatch(outcome -> outcome.isOverridden());

        Collection<ItemLine> lines = rolled.deliverables().values().stream()
                .flatMap(deliverable -> deliverable.breakdown().counted().stream()).toList();
        assertThat(lines).anyMatch(ItemLine::estimated);
        assertThat(lines).anyMatch(line -> !line.done() && line.credit() > 0);
        assertThat(rolled.deliverables().values()).allMatch(deliverable -> deliverable.progress() != null);
    }

    private static double share(List<WorkItem> items, java.util.function.Predicate<WorkItem> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
