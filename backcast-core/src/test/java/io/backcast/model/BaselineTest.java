package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.assertUnmodifiable;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final Instant CREATED = Instant.parse("2024-05-01T08:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);
    private static final BaselineDate MILESTONE_3 = new BaselineDate(SubjectKind.MILESTONE, 3, DAY, DAY.plusDays(4));
    private static final BaselineDate OUTCOME_3 = new BaselineDate(SubjectKind.OUTCOME, 3, DAY, DAY.plusDays(20));
    private static final BaselineDate MILESTONE_4 = new BaselineDate(SubjectKind.MILESTONE, 4, DAY.plusDays(5), DAY.plusDays(6));

    private static Baseline baseline(List<BaselineDate> dates) {
        return new Baseline(0, 1, "Kick-off", CREATED, dates);
    }

    @Test
    void keepsItsDatesInOrder() {
        assertThat(baseline(List.of(MILESTONE_4, MILESTONE_3, OUTCOME_3)).dates()).containsExactly(MILESTONE_4, MILESTONE_3, OUTCOME_3);
    }

    @Test
    void acceptsTheSameIdForAMilestoneAndAnOutcome() {
        assertThat(baseline(List.of(MILESTONE_3, OUTCOME_3)).dates()).hasSize(2);
    }

    @Test
    void rejectsTheSameSubjectTwice() {
        BaselineDate again = new BaselineDate(SubjectKind.MILESTONE, 3, DAY.plusDays(1), DAY.plusDays(2));
        assertInvalid("baseline.dates", "baseline.dates must not list milestone 3 twice",
                () -> baseline(List.of(MILESTONE_3, MILESTONE_4, again)));
    }

    @Test
    void rejectsTheSameOutcomeTwice() {
        assertInvalid("baseline.dates", "baseline.dates must not list outcome 3 twice", () -> baseline(List.of(OUTCOME_3, OUTCOME_3)));
    }

    @Test
    void rejectsEmptyDateEntry() {
        assertInvalid("baseline.dates", "baseline.dates must not contain an empty entry",
                () -> baseline(Arrays.asList(MILESTONE_3, null)));
    }

    @Test
    void treatsMissingDatesAsNone() {
        assertThat(baseline(null).dates()).isEmpty();
    }

    @Test
    void copiesDates() {
        List<BaselineDate> dates = new ArrayList<>(List.of(MILESTONE_3));
        Baseline baseline = baseline(dates);
        dates.add(MILESTONE_4);
        assertThat(baseline.dates()).containsExactly(MILESTONE_3);
    }

    @Test
    void datesCannotBeModified() {
        assertUnmodifiable(baseline(List.of(MILESTONE_3)).dates(), MILESTONE_4);
    }

    @Test
    void trimsName() {
        assertThat(new Baseline(0, 1, "  Kick-off \n", CREATED, List.of()).name()).isEqualTo("Kick-off");
    }

    @Test
    void rejectsBlankName() {
        assertInvalid("baseline.name", "baseline.name must not be blank", () -> new Baseline(0, 1, " ", CREATED, List.of()));
    }

    @Test
    void acceptsNameOfExactly255CharactersAndRejects256() {
        assertThat(new Baseline(0, 1, chars(255), CREATED, List.of()).name()).hasSize(255);
        assertInvalid("baseline.name", "baseline.name must be at most 255 characters (was 256)",
                () -> new Baseline(0, 1, chars(256), CREATED, List.of()));
    }

    @Test
    void rejectsMissingPlanId() {
        assertInvalid("baseline.planId", "baseline.planId must name a stored value (was 0)",
                () -> new Baseline(0, 0, "Kick-off", CREATED, List.of()));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("baseline.id", "baseline.id must not be negative (was -1)", () -> baseline(List.of()).withId(-1));
    }

    @Test
    void rejectsMissingCreationInstant() {
        assertInvalid("baseline.createdAt", "baseline.createdAt is required", () -> new Baseline(0, 1, "Kick-off", null, List.of()));
    }

    @Test
    void rejectsCreationInstantOutOfRange() {
        assertInvalid("baseline.createdAt", "baseline.createdAt must be between 2000-01-01 and 2100-12-31 (was 1999-12-31T23:59:59Z)",
                () -> new Baseline(0, 1, "Kick-off", Instant.parse("1999-12-31T23:59:59Z"), List.of()));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(baseline(List.of(MILESTONE_3)).withId(6)).isEqualTo(new Baseline(6, 1, "Kick-off", CREATED, List.of(MILESTONE_3)));
    }
}
