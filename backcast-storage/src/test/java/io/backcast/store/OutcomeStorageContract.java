package io.backcast.store;

import io.backcast.model.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.StateOverride;
import io.backcast.model.WorkLink;
import io.backcast.port.StoreException;
import io.backcast.store.entity.DeliverableEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.OutcomePhraseEntity;
import io.backcast.store.entity.WorkLinkEntity;

interface OutcomeStorageContract extends StorageFixture {

    LocalDate MARCH_14 = LocalDate.of(2027, 3, 14);

    @Test
    default void storesAndReadsAnOutcomeWithEveryField() {
        Plan plan = newPlan("Fit-out");
        StateOverride override = new StateOverride(OutcomeState.AT_RISK, "ada", "Switch delivery slipped a week",
                Instant.parse("2027-02-01T17:00:00Z"));
        Outcome saved = outcomes().save(Outcome.create(plan.id(), "WiFi's up", MARCH_14)
                .withWhy("Staff roam between halls without losing calls")
                .withOwners("ada", "grace").withSortOrder(3).withOverride(override));

        assertThat(outcomes().get(saved.id())).isEqualTo(saved);
    }

    @Test
    default void updatesAnOutcomeAndClearsItsOverride() {
        Plan plan = newPlan("Fit-out");
        Outcome saved = outcomes().save(Outcome.create(plan.id(), "WiFi's up", MARCH_14)
                .withOverride(new StateOverride(OutcomeState.OFF_TRACK, "ada", "Late", Instant.parse("2027-01-01T00:00:00Z"))));

        outcomes().save(saved.withPhrase("WiFi is up everywhere").withNeededBy(MARCH_14.plusDays(7)).withOverride(null));

        Outcome read = outcomes().get(saved.id());
        assertThat(read.phrase()).isEqualTo("WiFi is up everywhere");
        assertThat(read.neededBy()).isEqualTo(MARCH_14.plusDays(7));
        assertThat(read.override()).isNull();
    }

    @Test
    default void keepsAnOutcomesOwnPhrasesAndReplacesThemOnUpdate() {
        Plan plan = newPlan("Fit-out");
        Outcome saved = outcomes().save(Outcome.create(plan.id(), "WiFi's up", MARCH_14).withPhraseTemplates(Map.of(
                OutcomeState.AT_RISK, "{outcome}: watch out — {reason}", OutcomeState.DONE, "Everyone is online")));
        assertThat(outcomes().get(saved.id())).isEqualTo(saved);

        outcomes().save(saved.withPhraseTemplates(Map.of(OutcomeState.ON_TRACK, "{outcome} by {neededBy}")));

        assertThat(outcomes().get(saved.id()).phraseTemplates()).containsExactly(
                Map.entry(OutcomeState.ON_TRACK, "{outcome} by {neededBy}"));
        assertThat(db().rowCount(OutcomePhraseEntity.class)).isEqualTo(1);
    }

    @Test
    default void listsAPlansOutcomesBySortOrderThenCreation() {
        Plan plan = newPlan("Fit-out");
        Plan other = newPlan("Other");
        outcomes().save(Outcome.create(plan.id(), "Third", MARCH_14).withSortOrder(2));
        outcomes().save(Outcome.create(plan.id(), "First", MARCH_14).withSortOrder(1));
        outcomes().save(Outcome.create(plan.id(), "Second", MARCH_14).withSortOrder(1));
        outcomes().save(Outcome.create(other.id(), "Not this plan", MARCH_14));

        assertThat(outcomes().findByPlan(plan.id())).extracting(Outcome::phrase).containsExactly("First", "Second", "Third");
    }

    @Test
    default void keepsUnicodeAndTenThousandCharacterTextsIntact() {
        Plan plan = newPlan("Fit-out");
        String phrase = "Ünïcødé ✓ 日本語 Привет 😀🚀 𝄞 — WiFi's up";
        String why = ("Les utilisateurs 👩‍💻 accèdent aux serveurs web 🔒 en toute sécurité. ").repeat(200).substring(0, 10_000);

        Outcome saved = outcomes().save(Outcome.create(plan.id(), phrase, MARCH_14).withWhy(why));

        Outcome read = outcomes().get(saved.id());
        assertThat(read.phrase()).isEqualTo(phrase);
        assertThat(read.why()).hasSize(10_000).isEqualTo(why);
    }

    @Test
    default void refusesAnOutcomeOfAnUnknownPlanAndWritesNothing() {
        assertThatThrownBy(() -> outcomes().save(Outcome.create(424_242, "WiFi's up", MARCH_14)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("plan 424242 does not exist");
        assertThat(db().rowCount(OutcomeEntity.class)).isZero();
    }

    @Test
    default void deletingAnOutcomeTakesItsDeliverablesAndLinksButNoMilestone() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", MARCH_14));
        Outcome network = outcomes().save(Outcome.create(plan.id(), "Machines are on the network", MARCH_14));
        Milestone cabled = milestones().save(Milestone.create(plan.id(), "Network cabled", 10)
                .withOutcomes(Set.of(wifi.id(), network.id())));
        deliverables().save(Deliverable.create(wifi.id(), "Access points installed").withMilestone(cabled.id())
                .withWorkLinks(List.of(WorkLink.issue("NET-1"), WorkLink.jql("project = NET"))));
        Deliverable switches = deliverables().save(Deliverable.create(network.id(), "Switches configured")
                .withMilestone(cabled.id()).withWorkLinks(List.of(WorkLink.epic("NET-7"))));

        outcomes().delete(wifi.id());

        assertThat(outcomes().find(wifi.id())).isEmpty();
        assertThat(outcomes().findByPlan(plan.id())).containsExactly(network);
        assertThat(deliverables().findByPlan(plan.id())).containsExactly(switches);
        assertThat(db().rowCount(DeliverableEntity.class)).isEqualTo(1);
        assertThat(db().rowCount(WorkLinkEntity.class)).isEqualTo(1);
        assertThat(milestones().get(cabled.id()).outcomeIds()).containsExactly(network.id());
    }

    @Test
    default void reportsAStoredStateItDoesNotKnowInsteadOfGuessing() {
        Plan plan = newPlan("Fit-out");
        Outcome saved = outcomes().save(Outcome.create(plan.id(), "WiFi's up", MARCH_14)
                .withOverride(new StateOverride(OutcomeState.AT_RISK, "ada", "Late", Instant.parse("2027-01-01T00:00:00Z"))));
        db().execute(List.of("UPDATE " + db().quoted(db().store().tableName(OutcomeEntity.class))
                + " SET " + db().quoted("OVERRIDE_STATE") + " = 'SIDEWAYS'"));

        assertThatThrownBy(() -> outcomes().get(saved.id()))
                .isInstanceOf(StoreException.class)
                .hasMessage("the database holds 'SIDEWAYS' in OUTCOME.OVERRIDE_STATE, which is not a known OutcomeState");
    }
}
