package io.backcast.store;

import io.backcast.model.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkLink;
import io.backcast.store.entity.DeliverableEntity;
import io.backcast.store.entity.WorkLinkEntity;

interface DeliverableStorageContract extends StorageFixture {

    default Outcome newOutcome(Plan plan, String phrase) {
        return outcomes().save(Outcome.create(plan.id(), phrase, LocalDate.of(2027, 3, 14)));
    }

    @Test
    default void storesADeliverableWithItsWorkLinksInOrder() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = newOutcome(plan, "WiFi's up");
        Milestone cabled = milestones().save(Milestone.create(plan.id(), "Network cabled", 5));
        Deliverable saved = deliverables().save(Deliverable.create(wifi.id(), "Access points installed")
                .withWeight(2.5).withMilestone(cabled.id()).withSortOrder(4)
                .withWorkLinks(List.of(WorkLink.jql("project = NET AND labels = wifi ORDER BY rank"),
                        WorkLink.issue("net-12"), WorkLink.epic("NET-3"))));

        Deliverable read = deliverables().get(saved.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.workLinks()).containsExactly(WorkLink.jql("project = NET AND labels = wifi ORDER BY rank"),
                WorkLink.issue("NET-12"), WorkLink.epic("NET-3"));
    }

    @Test
    default void keepsAZeroAndAFractionalWeightExactly() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = newOutcome(plan, "WiFi's up");
        Deliverable none = deliverables().save(Deliverable.create(wifi.id(), "Survey").withWeight(0));
        Deliverable third = deliverables().save(Deliverable.create(wifi.id(), "Install").withWeight(1.0 / 3));

        assertThat(deliverables().get(none.id()).weight()).isZero();
        assertThat(deliverables().get(third.id()).weight()).isEqualTo(1.0 / 3);
    }

    @Test
    default void updatingADeliverableReplacesItsWorkLinks() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = newOutcome(plan, "WiFi's up");
        Deliverable saved = deliverables().save(Deliverable.create(wifi.id(), "Access points installed")
                .withWorkLinks(List.of(WorkLink.issue("NET-1"), WorkLink.issue("NET-2"))));

        deliverables().save(saved.withWorkLinks(List.of(WorkLink.epic("NET-9"))));

        assertThat(deliverables().get(saved.id()).workLinks()).containsExactly(WorkLink.epic("NET-9"));
        assertThat(db().rowCount(WorkLinkEntity.class)).isEqualTo(1);
    }

    @Test
    default void listsAPlansDeliverablesOutcomeByOutcome() {
        Plan plan = newPlan("Fit-out");
        Outcome second = outcomes().save(Outcome.create(plan.id(), "Second", LocalDate.of(2027, 3, 14)).withSortOrder(2));
        Outcome first = outcomes().save(Outcome.create(plan.id(), "First", LocalDate.of(2027, 3, 14)).withSortOrder(1));
        deliverables().save(Deliverable.create(second.id(), "C"));
        deliverables().save(Deliverable.create(first.id(), "B").withSortOrder(2));
        deliverables().save(Deliverable.create(first.id(), "A").withSortOrder(1));

        assertThat(deliverables().findByPlan(plan.id())).extracting(Deliverable::name).containsExactly("A", "B", "C");
        assertThat(deliverables().findByOutcome(first.id())).extracting(Deliverable::name).containsExactly("A", "B");
    }

    @Test
    default void refusesAMilestoneOfAnotherPlanAndWritesNothing() {
        Plan plan = newPlan("Fit-out");
        Plan other = newPlan("Other");
        Outcome wifi = newOutcome(plan, "WiFi's up");
        Milestone foreign = milestones().save(Milestone.create(other.id(), "Elsewhere", 1));

        assertThatThrownBy(() -> deliverables().save(Deliverable.create(wifi.id(), "Access points installed")
                .withMilestone(foreign.id()).withWorkLinks(List.of(WorkLink.issue("NET-1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("deliverable.milestoneId must name a milestone of the outcome's plan (milestone "
                        + foreign.id() + " is not one)");
        assertThat(db().rowCount(DeliverableEntity.class)).isZero();
        assertThat(db().rowCount(WorkLinkEntity.class)).isZero();
    }

    @Test
    default void deletingADeliverableTakesItsWorkLinksOnly() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = newOutcome(plan, "WiFi's up");
        Deliverable gone = deliverables().save(Deliverable.create(wifi.id(), "Gone").withWorkLinks(List.of(WorkLink.issue("NET-1"))));
        Deliverable kept = deliverables().save(Deliverable.create(wifi.id(), "Kept").withWorkLinks(List.of(WorkLink.issue("NET-2"))));

        deliverables().delete(gone.id());

        assertThat(deliverables().findByOutcome(wifi.id())).containsExactly(kept);
        assertThat(db().rowCount(WorkLinkEntity.class)).isEqualTo(1);
        assertThatThrownBy(() -> deliverables().delete(gone.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("deliverable " + gone.id() + " does not exist");
    }
}
