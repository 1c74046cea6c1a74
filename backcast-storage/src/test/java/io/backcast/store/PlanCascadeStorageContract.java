package io.backcast.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ShareLink;
import io.backcast.model.ShareToken;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.model.WorkCalendar;
import io.backcast.model.WorkLink;
import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.Planner;
import io.backcast.schedule.Schedule;
import net.java.ao.RawEntity;

interface PlanCascadeStorageContract extends StorageFixture {

    /** Fills a plan with one of everything, and returns it. */
    default Plan fullPlan(String name) {
        Plan plan = plans().save(Plan.create("FIT", name)
                .withCalendar(WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(LocalDate.of(2026, 12, 25)))));
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14))
                .withPhraseTemplates(java.util.Map.of(io.backcast.model.OutcomeState.DONE, "{outcome}: live")));
        Milestone a = milestones().save(Milestone.create(plan.id(), "Network cabled", 10).withOutcomes(Set.of(wifi.id())));
        Milestone b = milestones().save(Milestone.create(plan.id(), "Access points live", 3)
                .withPredecessors(List.of(Dependency.after(a.id()))).withOutcomes(Set.of(wifi.id())));
        deliverables().save(Deliverable.create(wifi.id(), "Access points installed").withMilestone(b.id())
                .withWorkLinks(List.of(WorkLink.issue("NET-1"), WorkLink.epic("NET-2"))));
        checkIns().save(new CheckIn(0, plan.id(), SubjectKind.MILESTONE, a.id(), LocalDate.of(2026, 11, 20), "ada", null,
                null, "Halfway", null, null, Visibility.INTERNAL));
        baselines().add(new Baseline(0, plan.id(), "Signed", Instant.parse("2026-11-01T09:00:00Z"), List.of(
                new BaselineDate(SubjectKind.MILESTONE, a.id(), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)))));
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(new SecureRandom()), "ada",
                Instant.parse("2026-11-01T09:00:00Z"), null, Set.of(wifi.id())));
        shareLinks().recordView(link.id(), Instant.parse("2026-11-02T09:00:00Z"), "Mobile Safari");
        Schedule schedule = new Planner().plan(new PlanNetwork(plan.calendar(), milestones().findByPlan(plan.id()),
                outcomes().findByPlan(plan.id())), LocalDate.of(2026, 11, 23));
        recordForecasts(plan.id(), schedule, plan.calendar(), Instant.parse("2026-11-23T09:00:00Z"));
        plans().recordChange(plan.id(), Instant.parse("2026-11-23T09:00:00Z"));
        return plan;
    }

    @Test
    default void deletingAPlanRemovesEverythingInItAndNothingOfAnotherPlan() {
        Plan doomed = fullPlan("Doomed");
        Plan kept = fullPlan("Kept");
        int[] before = rowCounts();

        plans().delete(doomed.id());

        int[] after = rowCounts();
        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).as(Schema.ENTITIES.get(i).getSimpleName()).isEqualTo(before[i] / 2);
        }
        assertThat(plans().find(doomed.id())).isEmpty();
        assertThat(outcomes().findByPlan(kept.id())).hasSize(1);
        assertThat(milestones().findByPlan(kept.id())).hasSize(2);
        assertThat(shareLinks().findByPlan(kept.id()).get(0).outcomeIds()).hasSize(1);
    }

    private int[] rowCounts() {
        return Schema.ENTITIES.stream().mapToInt(type -> db().rowCount(type)).toArray();
    }

    @Test
    default void everyTableIsFilledByAFullPlan() {
        fullPlan("Full");

        for (Class<? extends RawEntity<?>> type : Schema.ENTITIES) {
            assertThat(db().rowCount(type)).as(type.getSimpleName()).isPositive();
        }
    }
}
