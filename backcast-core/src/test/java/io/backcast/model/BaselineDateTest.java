package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaselineDateTest {

    private static final LocalDate START = LocalDate.of(2024, 5, 10);

    @Test
    void keepsItsDates() {
        BaselineDate date = new BaselineDate(SubjectKind.MILESTONE, 3, START, START.plusDays(9));
        assertThat(date.start()).isEqualTo(START);
        assertThat(date.finish()).isEqualTo(START.plusDays(9));
    }

    @Test
    void acceptsFinishOnTheStartDay() {
        assertThat(new BaselineDate(SubjectKind.OUTCOME, 3, START, START).finish()).isEqualTo(START);
    }

    @Test
    void rejectsFinishBeforeStart() {
        assertInvalid("baselineDate.finish", "baselineDate.finish must not be before its start (2024-05-10)",
                () -> new BaselineDate(SubjectKind.MILESTONE, 3, START, START.minusDays(1)));
    }

    @Test
    void rejectsMissingSubject() {
        assertInvalid("baselineDate.subjectKind", "baselineDate.subjectKind is required", () -> new BaselineDate(null, 3, START, START));
        assertInvalid("baselineDate.subjectId", "baselineDate.subjectId must name a stored value (was 0)",
                () -> new BaselineDate(SubjectKind.MILESTONE, 0, START, START));
    }

    @Test
    void rejectsMissingDates() {
        assertInvalid("baselineDate.start", "baselineDate.start is required", () -> new BaselineDate(SubjectKind.MILESTONE, 3, null, START));
        assertInvalid("baselineDate.finish", "baselineDate.finish is required", () -> new BaselineDate(SubjectKind.MILESTONE, 3, START, null));
    }

    @Test
    void acceptsFirstAndLastDate() {
        BaselineDate date = new BaselineDate(SubjectKind.MILESTONE, 3, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
        assertThat(date.start()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(date.finish()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void rejectsDatesOutOfRange() {
        assertInvalid("baselineDate.start", "baselineDate.start must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> new BaselineDate(SubjectKind.MILESTONE, 3, LocalDate.of(1999, 12, 31), START));
        assertInvalid("baselineDate.finish", "baselineDate.finish must be between 2000-01-01 and 2100-12-31 (was 2101-01-01)",
                () -> new BaselineDate(SubjectKind.MILESTONE, 3, START, LocalDate.of(2101, 1, 1)));
    }
}
