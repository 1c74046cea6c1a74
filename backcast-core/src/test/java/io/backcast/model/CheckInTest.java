package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 7);

    private static CheckIn checkIn(String lookingBack, String whereWeAre, String ahead, String newCommitments) {
        return new CheckIn(0, 1, SubjectKind.OUTCOME, 5, DAY, "jsmith", OutcomeState.ON_TRACK,
                lookingBack, whereWeAre, ahead, newCommitments, Visibility.PUBLIC);
    }

    private static CheckIn checkIn() {
        return checkIn("Cabling done", "APs on site", "Install next week", "Survey by Friday");
    }

    @Test
    void keepsAllItsParts() {
        CheckIn checkIn = checkIn();
        assertThat(checkIn.planId()).isEqualTo(1);
        assertThat(checkIn.subjectKind()).isEqualTo(SubjectKind.OUTCOME);
        assertThat(checkIn.subjectId()).isEqualTo(5);
        assertThat(checkIn.date()).isEqualTo(DAY);
        assertThat(checkIn.author()).isEqualTo("jsmith");
        assertThat(checkIn.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(checkIn.lookingBack()).isEqualTo("Cabling done");
        assertThat(checkIn.whereWeAre()).isEqualTo("APs on site");
        assertThat(checkIn.ahead()).isEqualTo("Install next week");
        assertThat(checkIn.newCommitments()).isEqualTo("Survey by Friday");
        assertThat(checkIn.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void trimsPartsAndTurnsBlankPartsIntoNull() {
        CheckIn checkIn = checkIn("  Cabling done \n", " ", null, "\t");
        assertThat(checkIn.lookingBack()).isEqualTo("Cabling done");
        assertThat(checkIn.whereWeAre()).isNull();
        assertThat(checkIn.ahead()).isNull();
        assertThat(checkIn.newCommitments()).isNull();
    }

    @Test
    void acceptsAnySinglePart() {
        assertThat(checkIn("a", null, null, null).lookingBack()).isEqualTo("a");
        assertThat(checkIn(null, "b", null, null).whereWeAre()).isEqualTo("b");
        assertThat(checkIn(null, null, "c", null).ahead()).isEqualTo("c");
        assertThat(checkIn(null, null, null, "d").newCommitments()).isEqualTo("d");
    }

    @Test
    void rejectsCheckInWithAllFourPartsBlank() {
        assertInvalid("checkIn", "checkIn must say something in at least one of its four parts",
                () -> checkIn(" ", "\n", "", "\t "));
    }

    @Test
    void rejectsCheckInWithAllFourPartsMissing() {
        assertInvalid("checkIn", "checkIn must say something in at least one of its four parts",
                () -> checkIn(null, null, null, null));
    }

    @Test
    void acceptsPartsOfExactly10000Characters() {
        CheckIn checkIn = checkIn(chars(10_000), chars(10_000), chars(10_000), chars(10_000));
        assertThat(checkIn.lookingBack()).hasSize(10_000);
        assertThat(checkIn.newCommitments()).hasSize(10_000);
    }

    @Test
    void rejectsPartsOf10001Characters() {
        assertInvalid("checkIn.lookingBack", "checkIn.lookingBack must be at most 10000 characters (was 10001)",
                () -> checkIn(chars(10_001), null, null, null));
        assertInvalid("checkIn.whereWeAre", "checkIn.whereWeAre must be at most 10000 characters (was 10001)",
                () -> checkIn("a", chars(10_001), null, null));
        assertInvalid("checkIn.ahead", "checkIn.ahead must be at most 10000 characters (was 10001)",
                () -> checkIn("a", null, chars(10_001), null));
        assertInvalid("checkIn.newCommitments", "checkIn.newCommitments must be at most 10000 characters (was 10001)",
                () -> checkIn("a", null, null, chars(10_001)));
    }

    @Test
    void rejectsNulCharacterInAPart() {
        assertInvalid("checkIn.ahead", "checkIn.ahead must not contain a NUL character", () -> checkIn(null, null, "next\0", null));
    }

    @Test
    void rejectsBlankAuthor() {
        assertInvalid("checkIn.author", "checkIn.author must not be blank",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, 5, DAY, " ", null, "a", null, null, null, Visibility.PUBLIC));
    }

    @Test
    void trimsAuthor() {
        assertThat(new CheckIn(0, 1, SubjectKind.OUTCOME, 5, DAY, " jsmith ", null, "a", null, null, null, Visibility.PUBLIC).author())
                .isEqualTo("jsmith");
    }

    @Test
    void acceptsMissingState() {
        assertThat(new CheckIn(0, 1, SubjectKind.MILESTONE, 5, DAY, "jsmith", null, "a", null, null, null, Visibility.INTERNAL).state())
                .isNull();
    }

    @Test
    void rejectsMissingPlanId() {
        assertInvalid("checkIn.planId", "checkIn.planId must name a stored value (was 0)",
                () -> new CheckIn(0, 0, SubjectKind.OUTCOME, 5, DAY, "jsmith", null, "a", null, null, null, Visibility.PUBLIC));
    }

    @Test
    void rejectsMissingSubject() {
        assertInvalid("checkIn.subjectKind", "checkIn.subjectKind is required",
                () -> new CheckIn(0, 1, null, 5, DAY, "jsmith", null, "a", null, null, null, Visibility.PUBLIC));
        assertInvalid("checkIn.subjectId", "checkIn.subjectId must name a stored value (was 0)",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, 0, DAY, "jsmith", null, "a", null, null, null, Visibility.PUBLIC));
        assertInvalid("checkIn.subjectId", "checkIn.subjectId must name a stored value (was -5)",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, -5, DAY, "jsmith", null, "a", null, null, null, Visibility.PUBLIC));
    }

    @Test
    void rejectsMissingDate() {
        assertInvalid("checkIn.date", "checkIn.date is required",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, 5, null, "jsmith", null, "a", null, null, null, Visibility.PUBLIC));
    }

    @Test
    void rejectsDateOutOfRange() {
        assertInvalid("checkIn.date", "checkIn.date must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, 5, LocalDate.of(1999, 12, 31), "jsmith", null, "a", null, null, null,
                        Visibility.PUBLIC));
        assertInvalid("checkIn.date", "checkIn.date must be between 2000-01-01 and 2100-12-31 (was 2101-01-01)",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, 5, LocalDate.of(2101, 1, 1), "jsmith", null, "a", null, null, null,
                        Visibility.PUBLIC));
    }

    @Test
    void rejectsMissingVisibility() {
        assertInvalid("checkIn.visibility", "checkIn.visibility is required",
                () -> new CheckIn(0, 1, SubjectKind.OUTCOME, 5, DAY, "jsmith", null, "a", null, null, null, null));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("checkIn.id", "checkIn.id must not be negative (was -1)", () -> checkIn().withId(-1));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(checkIn().withId(12)).isEqualTo(new CheckIn(12, 1, SubjectKind.OUTCOME, 5, DAY, "jsmith", OutcomeState.ON_TRACK,
                "Cabling done", "APs on site", "Install next week", "Survey by Friday", Visibility.PUBLIC));
    }
}
