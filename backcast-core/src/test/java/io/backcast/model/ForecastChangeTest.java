package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecastChangeTest {

    private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

    private static ForecastChange change(LocalDate previous, LocalDate next, int slipDays) {
        return new ForecastChange(0, 1, SubjectKind.MILESTONE, 5, AT, previous, next, slipDays);
    }

    @Test
    void keepsAMove() {
        ForecastChange change = change(FRIDAY, WEDNESDAY, 3);
        assertThat(change.planId()).isEqualTo(1);
        assertThat(change.subjectKind()).isEqualTo(SubjectKind.MILESTONE);
        assertThat(change.subjectId()).isEqualTo(5);
        assertThat(change.changedAt()).isEqualTo(AT);
        assertThat(change.previousForecast()).isEqualTo(FRIDAY);
        assertThat(change.newForecast()).isEqualTo(WEDNESDAY);
        assertThat(change.slipDays()).isEqualTo(3);
        assertThat(change.isFirst()).isFalse();
    }

    @Test
    void aFirstRecordHasNoPreviousForecastAndNoSlip() {
        assertThat(change(null, FRIDAY, 0).isFirst()).isTrue();
        assertInvalid("forecastChange.slipDays", "forecastChange.slipDays must be 0 for a first forecast (was 2)",
                () -> change(null, FRIDAY, 2));
    }

    @Test
    void rejectsAChangeThatDidNotMove() {
        assertInvalid("forecastChange.newForecast", "forecastChange.newForecast must differ from the previous forecast (2025-03-07)",
                () -> change(FRIDAY, FRIDAY, 0));
    }

    @Test
    void rejectsASlipAgainstTheDirectionOfTheMove() {
        assertInvalid("forecastChange.slipDays", "forecastChange.slipDays must not be negative when the forecast moved later (was -3)",
                () -> change(FRIDAY, WEDNESDAY, -3));
        assertInvalid("forecastChange.slipDays", "forecastChange.slipDays must not be positive when the forecast moved earlier (was 3)",
                () -> change(WEDNESDAY, FRIDAY, 3));
        assertThat(change(WEDNESDAY, FRIDAY, -3).slipDays()).isEqualTo(-3);
    }

    @Test
    void rejectsMissingOrOutOfRangeFields() {
        assertInvalid("forecastChange.id", "forecastChange.id must not be negative (was -1)", () -> change(null, FRIDAY, 0).withId(-1));
        assertInvalid("forecastChange.planId", "forecastChange.planId must name a stored value (was 0)",
                () -> new ForecastChange(0, 0, SubjectKind.OUTCOME, 5, AT, null, FRIDAY, 0));
        assertInvalid("forecastChange.subjectKind", "forecastChange.subjectKind is required",
                () -> new ForecastChange(0, 1, null, 5, AT, null, FRIDAY, 0));
        assertInvalid("forecastChange.subjectId", "forecastChange.subjectId must name a stored value (was 0)",
                () -> new ForecastChange(0, 1, SubjectKind.OUTCOME, 0, AT, null, FRIDAY, 0));
        assertInvalid("forecastChange.changedAt", "forecastChange.changedAt is required",
                () -> new ForecastChange(0, 1, SubjectKind.OUTCOME, 5, null, null, FRIDAY, 0));
        assertInvalid("forecastChange.newForecast", "forecastChange.newForecast is required", () -> change(FRIDAY, null, 0));
        assertInvalid("forecastChange.previousForecast",
                "forecastChange.previousForecast must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> change(LocalDate.of(1999, 12, 31), FRIDAY, 5));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(change(FRIDAY, WEDNESDAY, 3).withId(9))
                .isEqualTo(new ForecastChange(9, 1, SubjectKind.MILESTONE, 5, AT, FRIDAY, WEDNESDAY, 3));
    }
}
