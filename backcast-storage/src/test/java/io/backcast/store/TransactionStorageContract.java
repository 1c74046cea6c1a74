package io.backcast.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ValidationException;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanEntity;

interface TransactionStorageContract extends StorageFixture {

    @Test
    default void aUseCaseThatFailsHalfWayLeavesNoRowsBehind() {
        assertThatThrownBy(() -> store().inTransaction(() -> {
            Plan plan = plans().save(Plan.create("FIT", "Half-written"));
            outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
            throw new IllegalStateException("the network went away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the network went away");

        assertThat(db().rowCount(PlanEntity.class)).isZero();
        assertThat(db().rowCount(OutcomeEntity.class)).isZero();
    }

    @Test
    default void aRepositoryThatRejectsInputAfterWritingLeavesNothing() {
        Plan plan = newPlan("Fit-out");
        milestones().save(Milestone.create(plan.id(), "Network cabled", 3));

        // a new milestone's row is inserted before its predecessors are checked: the check fails, the row goes
        assertThatThrownBy(() -> milestones().save(Milestone.create(plan.id(), "Access points live", 2)
                .withPredecessors(List.of(Dependency.after(999_999)))))
                .isInstanceOf(ValidationException.class);

        assertThat(milestones().findByPlan(plan.id())).extracting(Milestone::name).containsExactly("Network cabled");
        assertThat(db().rowCount(MilestoneEntity.class)).isEqualTo(1);
    }

    @Test
    default void aTransactionInsideAnotherJoinsItAndFailsWithIt() {
        assertThatThrownBy(() -> store().inTransaction(() -> {
            store().inTransaction(() -> plans().save(Plan.create("FIT", "Inner")));
            throw new IllegalStateException("outer failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(plans().findByProject("FIT")).isEmpty();
    }

    @Test
    default void aCommittedUseCaseIsSeenByTheNext() {
        Plan plan = store().inTransaction(() -> {
            Plan saved = plans().save(Plan.create("FIT", "Committed"));
            outcomes().save(Outcome.create(saved.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
            return saved;
        });

        assertThat(outcomes().findByPlan(plan.id())).hasSize(1);
        assertThat(db().rowCount(OutcomeEntity.class)).isEqualTo(1);
    }
}
