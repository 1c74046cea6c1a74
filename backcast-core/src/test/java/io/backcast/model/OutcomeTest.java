package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final LocalDate NEEDED_BY = LocalDate.of(2024, 9, 30);
    private static final StateOverride OVERRIDE = new StateOverride(OutcomeState.AT_RISK, "jsmith",
            "Landlord has not confirmed access", Instant.parse("2024-07-01T00:00:00Z"));

    private static Outcome outcome() {
        return new Outcome(5, 1, "WiFi's up", "Staff can work anywhere on the floor", NEEDED_BY, "jsmith", "adoe", 2, null, java.util.Map.of());
    }

    @Test
    void createMakesAnUnstoredOutcome() {
        Outcome outcome = Outcome.create(1, "WiFi's up", NEEDED_BY);
        assertThat(outcome).isEqualTo(new Outcome(0, 1, "WiFi's up", null, NEEDED_BY, null, null, 0, null, java.util.Map.of()));
    }

    @Test
    void trimsPhrase() {
        assertThat(Outcome.create(1, "  WiFi's up \n", NEEDED_BY).phrase()).isEqualTo("WiFi's up");
    }

    @Test
    void rejectsBlankPhrase() {
        assertInvalid("outcome.phrase", "outcome.phrase must not be blank", () -> Outcome.create(1, " \t ", NEEDED_BY));
    }

    @Test
    void rejectsMissingPhrase() {
        assertInvalid("outcome.phrase", "outcome.phrase must not be blank", () -> Outcome.create(1, null, NEEDED_BY));
    }

    @Test
    void acceptsPhraseOfExactly255Characters() {
        assertThat(Outcome.create(1, chars(255), NEEDED_BY).phrase()).hasSize(255);
    }

    @Test
    void rejectsPhraseOf256Characters() {
        assertInvalid("outcome.phrase", "outcome.phrase must be at most 255 characters (was 256)",
                () -> Outcome.create(1, chars(256), NEEDED_BY));
    }

    @Test
    void rejectsNulCharacterInPhrase() {
        assertInvalid("outcome.phrase", "outcome.phrase must not contain a NUL character",
                () -> Outcome.create(1, "WiFi's\0up", NEEDED_BY));
    }

    @Test
    void trimsWhyAndTurnsBlankIntoNull() {
        assertThat(outcome().withWhy("\n  Staff can roam \n").why()).isEqualTo("Staff can roam");
        assertThat(outcome().withWhy("  \n ").why()).isNull();
        assertThat(outcome().withWhy(null).why()).isNull();
    }

    @Test
    void acceptsWhyOfExactly10000Characters() {
        assertThat(outcome().withWhy(chars(10_000)).why()).hasSize(10_000);
    }

    @Test
    void rejectsWhyOf10001Characters() {
        assertInvalid("outcome.why", "outcome.why must be at most 10000 characters (was 10001)",
                () -> outcome().withWhy(chars(10_001)));
    }

    @Test
    void rejectsNulCharacterInWhy() {
        assertInvalid("outcome.why", "outcome.why must not contain a NUL character", () -> outcome().withWhy("so\0that"));
    }

    @Test
    void rejectsMissingNeededBy() {
        assertInvalid("outcome.neededBy", "outcome.neededBy is required", () -> Outcome.create(1, "WiFi's up", null));
    }

    @Test
    void acceptsNeededByOnTheFirstAndLastDate() {
        assertThat(outcome().withNeededBy(LocalDate.of(2000, 1, 1)).neededBy()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(outcome().withNeededBy(LocalDate.of(2100, 12, 31)).neededBy()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void rejectsNeededByBefore2000() {
        assertInvalid("outcome.neededBy", "outcome.neededBy must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> outcome().withNeededBy(LocalDate.of(1999, 12, 31)));
    }

    @Test
    void rejectsNeededByAfter2100() {
        assertInvalid("outcome.neededBy", "outcome.neededBy must be between 2000-01-01 and 2100-12-31 (was 2101-01-01)",
                () -> outcome().withNeededBy(LocalDate.of(2101, 1, 1)));
    }

    @Test
    void rejectsMissingPlanId() {
        assertInvalid("outcome.planId", "outcome.planId must name a stored value (was 0)", () -> Outcome.create(0, "WiFi's up", NEEDED_BY));
    }

    @Test
    void rejectsNegativePlanId() {
        assertInvalid("outcome.planId", "outcome.planId must name a stored value (was -1)",
                () -> Outcome.create(-1, "WiFi's up", NEEDED_BY));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("outcome.id", "outcome.id must not be negative (was -1)", () -> outcome().withId(-1));
    }

    @Test
    void rejectsNegativeSortOrder() {
        assertInvalid("outcome.sortOrder", "outcome.sortOrder must not be negative (was -1)", () -> outcome().withSortOrder(-1));
    }

    @Test
    void trimsOwnersAndTurnsBlankIntoNull() {
        Outcome outcome = outcome().withOwners(" jsmith ", "  ");
        assertThat(outcome.owner()).isEqualTo("jsmith");
        assertThat(outcome.secondaryOwner()).isNull();
    }

    @Test
    void rejectsOverLongOwners() {
        assertInvalid("outcome.owner", "outcome.owner must be at most 255 characters (was 256)",
                () -> outcome().withOwners(chars(256), null));
        assertInvalid("outcome.secondaryOwner", "outcome.secondaryOwner must be at most 255 characters (was 256)",
                () -> outcome().withOwners(null, chars(256)));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(outcome().withId(9))
                .isEqualTo(new Outcome(9, 1, "WiFi's up", "Staff can work anywhere on the floor", NEEDED_BY, "jsmith", "adoe", 2, null, java.util.Map.of()));
    }

    @Test
    void withPhraseChangesOnlyThePhrase() {
        assertThat(outcome().withPhrase("Phones ring"))
                .isEqualTo(new Outcome(5, 1, "Phones ring", "Staff can work anywhere on the floor", NEEDED_BY, "jsmith", "adoe", 2, null, java.util.Map.of()));
    }

    @Test
    void withPhraseValidatesTheNewPhrase() {
        assertInvalid("outcome.phrase", "outcome.phrase must not be blank", () -> outcome().withPhrase(""));
    }

    @Test
    void withWhyChangesOnlyTheWhy() {
        assertThat(outcome().withWhy("Because"))
                .isEqualTo(new Outcome(5, 1, "WiFi's up", "Because", NEEDED_BY, "jsmith", "adoe", 2, null, java.util.Map.of()));
    }

    @Test
    void withNeededByChangesOnlyTheNeededBy() {
        LocalDate later = NEEDED_BY.plusDays(14);
        assertThat(outcome().withNeededBy(later))
                .isEqualTo(new Outcome(5, 1, "WiFi's up", "Staff can work anywhere on the floor", later, "jsmith", "adoe", 2, null, java.util.Map.of()));
    }

    @Test
    void withOwnersChangesOnlyTheOwners() {
        assertThat(outcome().withOwners("bwayne", null))
                .isEqualTo(new Outcome(5, 1, "WiFi's up", "Staff can work anywhere on the floor", NEEDED_BY, "bwayne", null, 2, null, java.util.Map.of()));
    }

    @Test
    void withSortOrderChangesOnlyTheSortOrder() {
        assertThat(outcome().withSortOrder(0))
                .isEqualTo(new Outcome(5, 1, "WiFi's up", "Staff can work anywhere on the floor", NEEDED_BY, "jsmith", "adoe", 0, null, java.util.Map.of()));
    }

    @Test
    void withOverrideChangesOnlyTheOverride() {
        Outcome overridden = outcome().withOverride(OVERRIDE);
        assertThat(overridden)
                .isEqualTo(new Outcome(5, 1, "WiFi's up", "Staff can work anywhere on the floor", NEEDED_BY, "jsmith", "adoe", 2, OVERRIDE, java.util.Map.of()));
        assertThat(overridden.withOverride(null)).isEqualTo(outcome());
    }

    @Test
    void withMethodsLeaveTheOriginalUnchanged() {
        Outcome original = outcome();
        original.withPhrase("Other");
        original.withOverride(OVERRIDE);
        assertThat(original).isEqualTo(outcome());
    }

    @Test
    void keepsPhraseTemplatesThatUseKnownPlaceholders() {
        Outcome outcome = Outcome.create(1, "WiFi's up", NEEDED_BY).withPhraseTemplates(java.util.Map.of(
                OutcomeState.AT_RISK, "  {outcome} needs help: {reason} (needed {neededBy}, forecast {forecast}, {progress})  "));

        assertThat(outcome.phraseTemplates().get(OutcomeState.AT_RISK))
                .isEqualTo("{outcome} needs help: {reason} (needed {neededBy}, forecast {forecast}, {progress})");
    }

    @Test
    void rejectsAPhraseTemplateWithAnUnknownPlaceholder() {
        ModelAssertions.assertInvalid("outcome.phraseTemplates.DONE",
                "outcome.phraseTemplates.DONE uses {owner}, which is not one of {outcome}, {reason}, {neededBy}, {forecast}, {progress}",
                () -> Outcome.create(1, "WiFi's up", NEEDED_BY).withPhraseTemplates(java.util.Map.of(OutcomeState.DONE, "{owner} did it")));
    }

    @Test
    void rejectsABlankPhraseTemplate() {
        ModelAssertions.assertInvalid("outcome.phraseTemplates.ON_TRACK", "outcome.phraseTemplates.ON_TRACK must not be blank",
                () -> Outcome.create(1, "WiFi's up", NEEDED_BY).withPhraseTemplates(java.util.Map.of(OutcomeState.ON_TRACK, " ")));
    }
}
