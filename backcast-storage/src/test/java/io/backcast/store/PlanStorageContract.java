package io.backcast.store;

import io.backcast.model.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.DoneRule;
import io.backcast.model.Plan;
import io.backcast.model.RollupPolicy;
import io.backcast.model.WeightMethod;
import io.backcast.port.StoreException;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;
import io.backcast.store.entity.HolidayEntity;
import io.backcast.store.entity.PlanEntity;

interface PlanStorageContract extends StorageFixture {

    @Test
    default void storesAndReadsAPlanWithItsCalendar() {
        WorkCalendar calendar = WorkCalendar.of(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 24)));
        Plan saved = plans().save(Plan.create("fit", "Plant fit-out").withClientName("Acme Ltd").withCalendar(calendar));

        assertThat(saved.id()).isPositive();
        assertThat(plans().get(saved.id())).isEqualTo(saved);
        assertThat(plans().get(saved.id()).projectKey()).isEqualTo("FIT");
        assertThat(plans().get(saved.id()).calendar().holidays())
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    }

    @Test
    default void updatingAPlanReplacesItsHolidays() {
        Plan saved = plans().save(Plan.create("FIT", "Fit-out")
                .withCalendar(WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(LocalDate.of(2026, 1, 1)))));

        plans().save(saved.withName("Fit-out phase 1")
                .withCalendar(WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(LocalDate.of(2027, 1, 1)))));

        Plan read = plans().get(saved.id());
        assertThat(read.name()).isEqualTo("Fit-out phase 1");
        assertThat(read.calendar().holidays()).containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(db().rowCount(HolidayEntity.class)).isEqualTo(1);
    }

    @Test
    default void keepsAPlansRollupPolicy() {
        RollupPolicy policy = new RollupPolicy(WeightMethod.STORY_POINTS, DoneRule.STATUS_CATEGORY_AND_RESOLUTION, true, 3, 30);
        Plan saved = plans().save(Plan.create("FIT", "Fit-out").withPolicy(policy));

        assertThat(plans().get(saved.id()).policy()).isEqualTo(policy);
        assertThat(plans().get(newPlan("Defaults").id()).policy()).isEqualTo(RollupPolicy.DEFAULT);
    }

    @Test
    default void keepsAPlansCheckInCadenceAndStartsNewPlansAtFourteenDays() {
        Plan weekly = plans().save(Plan.create("FIT", "Weekly").withCheckInCadenceDays(7));

        assertThat(plans().get(weekly.id()).checkInCadenceDays()).isEqualTo(7);
        assertThat(plans().get(newPlan("Defaults").id()).checkInCadenceDays()).isEqualTo(14);
        assertThat(db().queryInt("SELECT " + db().quoted("CHECK_IN_CADENCE_DAYS") + " FROM " + db().quoted("AO_F1ABAE_PLAN")
                + " WHERE " + db().quoted("ID") + " = " + weekly.id())).isEqualTo(7);
    }

    @Test
    default void reportsAStoredWeightMethodItDoesNotKnowInsteadOfGuessing() {
        Plan saved = newPlan("Fit-out");
        db().execute(List.of("UPDATE " + db().quoted("AO_F1ABAE_PLAN") + " SET " + db().quoted("WEIGHT_METHOD") + " = 'T_SHIRT_SIZES'"));

        assertThatThrownBy(() -> plans().get(saved.id()))
                .isInstanceOf(StoreException.class)
                .hasMessage("the database holds 'T_SHIRT_SIZES' in PLAN.WEIGHT_METHOD, which is not a known WeightMethod");
    }

    @Test
    default void aPlansRevisionCountsItsCommittedChangesAndNoOtherPlans() {
        Plan plan = newPlan("Fit-out");
        Plan other = newPlan("Another");
        java.time.Instant at = java.time.Instant.parse("2026-11-23T09:00:00Z");
        assertThat(plans().revision(plan.id())).isZero();

        plans().recordChange(plan.id(), at);
        plans().recordChange(plan.id(), at);
        assertThatThrownBy(() -> store().inTransaction(() -> {
            plans().recordChange(plan.id(), at);
            throw new IllegalStateException("the use case failed half-way");
        })).hasMessage("the use case failed half-way");

        assertThat(plans().revision(plan.id())).isEqualTo(2);
        assertThat(plans().revision(other.id())).isZero();
    }

    @Test
    default void listsAProjectsPlansByName() {
        plans().save(Plan.create("FIT", "Wiring"));
        plans().save(Plan.create("FIT", "Access"));
        plans().save(Plan.create("OTHER", "Elsewhere"));

        assertThat(plans().findByProject("FIT")).extracting(Plan::name).containsExactly("Access", "Wiring");
    }

    @Test
    default void rejectsASecondPlanWithTheSameNameInAProjectAndWritesNothing() {
        plans().save(Plan.create("FIT", "Fit-out"));

        assertThatThrownBy(() -> plans().save(Plan.create("FIT", "fit-OUT")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("plan.name is already used by another plan of project FIT ('Fit-out')");
        assertThat(db().rowCount(PlanEntity.class)).isEqualTo(1);
    }

    @Test
    default void answersEmptyForAnUnknownPlanAndRefusesToUpdateIt() {
        assertThat(plans().find(999_999)).isEmpty();
        assertThatThrownBy(() -> plans().save(Plan.create("FIT", "Ghost").withId(999_999)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("plan 999999 does not exist");
        assertThat(db().rowCount(PlanEntity.class)).isZero();
    }
}
