package io.backcast.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ValidationException;
import io.backcast.store.entity.DependencyEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.MilestoneOutcomeEntity;

interface MilestoneStorageContract extends StorageFixture {

    @Test
    default void storesAMilestoneWithConstraintActualsLinksAndOutcomes() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        Milestone handover = milestones().save(Milestone.create(plan.id(), "Building handed over", 0).withExternal(true)
                .withActuals(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)));
        Milestone power = milestones().save(Milestone.create(plan.id(), "Power on", 0).withExternal(true));
        Milestone cabled = milestones().save(Milestone.create(plan.id(), "Network cabled", 10)
                .withConstraints(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 26))
                .withOwners("ada", "grace").withSortOrder(2)
                .withActuals(LocalDate.of(2026, 11, 16), null)
                .withPredecessors(List.of(Dependency.after(handover.id()), new Dependency(power.id(), DependencyType.SS, -2)))
                .withOutcomes(Set.of(wifi.id())));

        Milestone read = milestones().get(cabled.id());
        assertThat(read).isEqualTo(cabled);
        assertThat(milestones().get(handover.id()).external()).isTrue();
        assertThat(milestones().findByPlan(plan.id())).extracting(Milestone::name)
                .containsExactly("Building handed over", "Power on", "Network cabled");
    }

    @Test
    default void keepsEveryDependencyTypeWithLagsAndLeads() {
        Plan plan = newPlan("Fit-out");
        Milestone a = milestones().save(Milestone.create(plan.id(), "A", 3));
        Milestone b = milestones().save(Milestone.create(plan.id(), "B", 3));
        Milestone c = milestones().save(Milestone.create(plan.id(), "C", 3));
        Milestone d = milestones().save(Milestone.create(plan.id(), "D", 3));
        List<Dependency> links = List.of(new Dependency(a.id(), DependencyType.FS, 1_000),
                new Dependency(b.id(), DependencyType.SS, -1_000), new Dependency(c.id(), DependencyType.FF, 0),
                new Dependency(d.id(), DependencyType.SF, 2));
        Milestone e = milestones().save(Milestone.create(plan.id(), "E", 1).withPredecessors(links));

        assertThat(milestones().get(e.id()).predecessors()).containsExactlyInAnyOrderElementsOf(links);
    }

    @Test
    default void updatingAMilestoneReplacesItsLinksAndOutcomes() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        Outcome lan = outcomes().save(Outcome.create(plan.id(), "Machines are on the network", LocalDate.of(2027, 3, 14)));
        Milestone a = milestones().save(Milestone.create(plan.id(), "A", 3));
        Milestone b = milestones().save(Milestone.create(plan.id(), "B", 3));
        Milestone c = milestones().save(Milestone.create(plan.id(), "C", 3)
                .withPredecessors(List.of(Dependency.after(a.id()))).withOutcomes(Set.of(wifi.id())));

        milestones().save(c.withPredecessors(List.of(Dependency.after(b.id()))).withOutcomes(Set.of(lan.id())));

        Milestone read = milestones().get(c.id());
        assertThat(read.predecessors()).containsExactly(Dependency.after(b.id()));
        assertThat(read.outcomeIds()).containsExactly(lan.id());
        assertThat(db().rowCount(DependencyEntity.class)).isEqualTo(1);
        assertThat(db().rowCount(MilestoneOutcomeEntity.class)).isEqualTo(1);
    }

    @Test
    default void refusesAPredecessorFromAnotherPlanAndWritesNothing() {
        Plan plan = newPlan("Fit-out");
        Plan other = newPlan("Other");
        Milestone foreign = milestones().save(Milestone.create(other.id(), "Elsewhere", 1));

        assertThatThrownBy(() -> milestones().save(Milestone.create(plan.id(), "Network cabled", 10)
                .withPredecessors(List.of(Dependency.after(foreign.id())))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("milestone.predecessors names milestone " + foreign.id() + ", which is not a milestone of this plan");
        assertThat(milestones().findByPlan(plan.id())).isEmpty();
        assertThat(db().rowCount(MilestoneEntity.class)).isEqualTo(1);
        assertThat(db().rowCount(DependencyEntity.class)).isZero();
    }

    @Test
    default void refusesAnOutcomeFromAnotherPlan() {
        Plan plan = newPlan("Fit-out");
        Plan other = newPlan("Other");
        Outcome foreign = outcomes().save(Outcome.create(other.id(), "Elsewhere", LocalDate.of(2027, 3, 14)));

        assertThatThrownBy(() -> milestones().save(Milestone.create(plan.id(), "Network cabled", 10)
                .withOutcomes(Set.of(foreign.id()))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("milestone.outcomeIds names outcome " + foreign.id() + ", which is not an outcome of this plan");
        assertThat(db().rowCount(MilestoneEntity.class)).isZero();
    }

    @Test
    default void deletingAMilestoneTakesLinksBothWaysAndUntiesItsDeliverables() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        Milestone a = milestones().save(Milestone.create(plan.id(), "A", 3));
        Milestone b = milestones().save(Milestone.create(plan.id(), "B", 3)
                .withPredecessors(List.of(Dependency.after(a.id()))).withOutcomes(Set.of(wifi.id())));
        Milestone c = milestones().save(Milestone.create(plan.id(), "C", 3).withPredecessors(List.of(Dependency.after(b.id()))));
        Deliverable tied = deliverables().save(Deliverable.create(wifi.id(), "Access points installed").withMilestone(b.id()));

        milestones().delete(b.id());

        assertThat(milestones().findByPlan(plan.id())).extracting(Milestone::name).containsExactly("A", "C");
        assertThat(milestones().get(c.id()).predecessors()).isEmpty();
        assertThat(db().rowCount(DependencyEntity.class)).isZero();
        assertThat(db().rowCount(MilestoneOutcomeEntity.class)).isZero();
        assertThat(deliverables().get(tied.id()).milestoneId()).isNull();
        assertThat(outcomes().find(wifi.id())).isPresent();
    }
}
