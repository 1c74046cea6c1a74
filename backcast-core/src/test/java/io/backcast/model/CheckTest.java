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
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

    // --- required -------------------------------------------------------------------------

    @Test
    void requiredReturnsItsValue() {
        assertThat(Check.required("plan.calendar", "x")).isEqualTo("x");
    }

    @Test
    void requiredRejectsNull() {
        assertInvalid("plan.calendar", "plan.calendar is required", () -> Check.required("plan.calendar", null));
    }

    // --- short texts ------------------------------------------------------------------------

    @Test
    void trimsShortText() {
        assertThat(Check.shortText("outcome.phrase", "  WiFi's up \t\n")).isEqualTo("WiFi's up");
    }

    @Test
    void rejectsNullShortText() {
        assertInvalid("outcome.phrase", "outcome.phrase must not be blank", () -> Check.shortText("outcome.phrase", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \t\r\n "})
    void rejectsBlankShortText(String blank) {
        assertInvalid("outcome.phrase", "outcome.phrase must not be blank", () -> Check.shortText("outcome.phrase", blank));
    }

    @Test
    void acceptsShortTextOfExactly255Characters() {
        assertThat(Check.shortText("outcome.phrase", chars(255))).hasSize(255);
    }

    @Test
    void rejectsShortTextOf256Characters() {
        assertInvalid("outcome.phrase", "outcome.phrase must be at most 255 characters (was 256)",
                () -> Check.shortText("outcome.phrase", chars(256)));
    }

    @Test
    void measuresShortTextAfterTrimming() {
        assertThat(Check.shortText("outcome.phrase", "  " + chars(255) + "  ")).isEqualTo(chars(255));
    }

    @Test
    void rejectsNulCharacterInShortText() {
        assertInvalid("outcome.phrase", "outcome.phrase must not contain a NUL character",
                () -> Check.shortText("outcome.phrase", "WiFi\0 up"));
    }

    @Test
    void rejectsShortTextThatIsOnlyNul() {
        assertInvalid("outcome.phrase", "outcome.phrase must not contain a NUL character",
                () -> Check.shortText("outcome.phrase", "\0"));
    }

    @Test
    void optionalShortTextTurnsNullAndBlankIntoNull() {
        assertThat(Check.optionalShortText("outcome.owner", null)).isNull();
        assertThat(Check.optionalShortText("outcome.owner", "")).isNull();
        assertThat(Check.optionalShortText("outcome.owner", " \t ")).isNull();
    }

    @Test
    void optionalShortTextIsTrimmed() {
        assertThat(Check.optionalShortText("outcome.owner", " jsmith ")).isEqualTo("jsmith");
    }

    @Test
    void optionalShortTextRejects256Characters() {
        assertInvalid("outcome.owner", "outcome.owner must be at most 255 characters (was 256)",
                () -> Check.optionalShortText("outcome.owner", chars(256)));
    }

    @Test
    void optionalShortTextRejectsNulCharacter() {
        assertInvalid("outcome.owner", "outcome.owner must not contain a NUL character",
                () -> Check.optionalShortText("outcome.owner", "j\0smith"));
    }

    // --- long texts -------------------------------------------------------------------------

    @Test
    void acceptsLongTextOfExactly10000Characters() {
        assertThat(Check.longText("workLink.jql", chars(10_000))).hasSize(10_000);
    }

    @Test
    void rejectsLongTextOf10001Characters() {
        assertInvalid("workLink.jql", "workLink.jql must be at most 10000 characters (was 10001)",
                () -> Check.longText("workLink.jql", chars(10_001)));
    }

    @Test
    void rejectsBlankLongText() {
        assertInvalid("workLink.jql", "workLink.jql must not be blank", () -> Check.longText("workLink.jql", "  "));
        assertInvalid("workLink.jql", "workLink.jql must not be blank", () -> Check.longText("workLink.jql", null));
    }

    @Test
    void trimsLongText() {
        assertThat(Check.longText("workLink.jql", "\n project = NET \n")).isEqualTo("project = NET");
    }

    @Test
    void rejectsNulCharacterInLongText() {
        assertInvalid("outcome.why", "outcome.why must not contain a NUL character",
                () -> Check.optionalLongText("outcome.why", "line one\nline\0two"));
    }

    @Test
    void optionalLongTextTurnsBlankIntoNull() {
        assertThat(Check.optionalLongText("outcome.why", null)).isNull();
        assertThat(Check.optionalLongText("outcome.why", "\n\n  ")).isNull();
    }

    @Test
    void optionalLongTextRejects10001Characters() {
        assertInvalid("outcome.why", "outcome.why must be at most 10000 characters (was 10001)",
                () -> Check.optionalLongText("outcome.why", chars(10_001)));
    }

    // --- dates and instants -----------------------------------------------------------------

    @Test
    void acceptsFirstAndLastDate() {
        assertThat(Check.date("outcome.neededBy", LocalDate.of(2000, 1, 1))).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(Check.date("outcome.neededBy", LocalDate.of(2100, 12, 31))).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void rejectsDateBefore2000() {
        assertInvalid("outcome.neededBy", "outcome.neededBy must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> Check.date("outcome.neededBy", LocalDate.of(1999, 12, 31)));
    }

    @Test
    void rejectsDateAfter2100() {
        assertInvalid("outcome.neededBy", "outcome.neededBy must be between 2000-01-01 and 2100-12-31 (was 2101-01-01)",
                () -> Check.date("outcome.neededBy", LocalDate.of(2101, 1, 1)));
    }

    @Test
    void rejectsMissingDate() {
        assertInvalid("outcome.neededBy", "outcome.neededBy is required", () -> Check.date("outcome.neededBy", null));
    }

    @Test
    void optionalDateAcceptsNullButStillChecksRange() {
        assertThat(Check.optionalDate("milestone.actualStart", null)).isNull();
        assertInvalid("milestone.actualStart", "milestone.actualStart must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> Check.optionalDate("milestone.actualStart", LocalDate.of(1999, 12, 31)));
    }

    @Test
    void acceptsFirstAndLastInstant() {
        Instant first = Instant.parse("2000-01-01T00:00:00Z");
        Instant last = Instant.parse("2100-12-31T23:59:59.999999999Z");
        assertThat(Check.instant("shareLink.createdAt", first)).isEqualTo(first);
        assertThat(Check.instant("shareLink.createdAt", last)).isEqualTo(last);
    }

    @Test
    void rejectsInstantBefore2000() {
        assertInvalid("shareLink.createdAt",
                "shareLink.createdAt must be between 2000-01-01 and 2100-12-31 (was 1999-12-31T23:59:59.999999999Z)",
                () -> Check.instant("shareLink.createdAt", Instant.parse("1999-12-31T23:59:59.999999999Z")));
    }

    @Test
    void rejectsInstantFrom2101() {
        assertInvalid("shareLink.createdAt",
                "shareLink.createdAt must be between 2000-01-01 and 2100-12-31 (was 2101-01-01T00:00:00Z)",
                () -> Check.instant("shareLink.createdAt", Instant.parse("2101-01-01T00:00:00Z")));
    }

    @Test
    void rejectsMissingInstant() {
        assertInvalid("shareLink.createdAt", "shareLink.createdAt is required", () -> Check.instant("shareLink.createdAt", null));
    }

    @Test
    void optionalInstantAcceptsNull() {
        assertThat(Check.optionalInstant("shareLink.expiresAt", null)).isNull();
    }

    // --- numbers ----------------------------------------------------------------------------

    @Test
    void betweenAcceptsBothBounds() {
        assertThat(Check.between("dependency.lagDays", -1000, -1000, 1000)).isEqualTo(-1000);
        assertThat(Check.between("dependency.lagDays", 1000, -1000, 1000)).isEqualTo(1000);
    }

    @Test
    void betweenRejectsValuesOutsideTheBounds() {
        assertInvalid("dependency.lagDays", "dependency.lagDays must be between -1000 and 1000 (was -1001)",
                () -> Check.between("dependency.lagDays", -1001, -1000, 1000));
        assertInvalid("dependency.lagDays", "dependency.lagDays must be between -1000 and 1000 (was 1001)",
                () -> Check.between("dependency.lagDays", 1001, -1000, 1000));
    }

    @Test
    void idAcceptsZeroAndPositive() {
        assertThat(Check.id("plan.id", 0)).isZero();
        assertThat(Check.id("plan.id", Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("plan.id", "plan.id must not be negative (was -1)", () -> Check.id("plan.id", -1));
    }

    @Test
    void referenceAcceptsPositive() {
        assertThat(Check.reference("outcome.planId", 1)).isEqualTo(1);
    }

    @Test
    void rejectsZeroReference() {
        assertInvalid("outcome.planId", "outcome.planId must name a stored value (was 0)", () -> Check.reference("outcome.planId", 0));
    }

    @Test
    void rejectsNegativeReference() {
        assertInvalid("outcome.planId", "outcome.planId must name a stored value (was -3)", () -> Check.reference("outcome.planId", -3));
    }

    @Test
    void acceptsZeroAndLargeWeights() {
        assertThat(Check.weight("deliverable.weight", 0)).isZero();
        assertThat(Check.weight("deliverable.weight", 1e9)).isEqualTo(1e9);
    }

    @Test
    void turnsNegativeZeroWeightIntoPlainZero() {
        assertThat(Double.doubleToRawLongBits(Check.weight("deliverable.weight", -0.0))).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void rejectsNegativeWeight() {
        assertInvalid("deliverable.weight", "deliverable.weight must not be negative (was -0.5)",
                () -> Check.weight("deliverable.weight", -0.5));
    }

    @Test
    void rejectsNanWeight() {
        assertInvalid("deliverable.weight", "deliverable.weight must be a finite number (was NaN)",
                () -> Check.weight("deliverable.weight", Double.NaN));
    }

    @Test
    void rejectsInfiniteWeights() {
        assertInvalid("deliverable.weight", "deliverable.weight must be a finite number (was Infinity)",
                () -> Check.weight("deliverable.weight", Double.POSITIVE_INFINITY));
        assertInvalid("deliverable.weight", "deliverable.weight must be a finite number (was -Infinity)",
                () -> Check.weight("deliverable.weight", Double.NEGATIVE_INFINITY));
    }

    // --- project keys -----------------------------------------------------------------------

    @Test
    void upperCasesAndTrimsProjectKey() {
        assertThat(Check.projectKey("plan.projectKey", " fit_out2 ")).isEqualTo("FIT_OUT2");
    }

    @Test
    void acceptsSingleLetterProjectKey() {
        assertThat(Check.projectKey("plan.projectKey", "N")).isEqualTo("N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1NET", "_NET", "NET-1", "NET KEY", "NET!", "-", "NÉT", "neß", "ſet", "ınet"})
    void rejectsMalformedProjectKey(String key) {
        assertInvalid("plan.projectKey",
                "plan.projectKey must be a Jira project key: a letter, then letters, digits or '_' (was '" + key + "')",
                () -> Check.projectKey("plan.projectKey", key));
    }

    @Test
    void malformedProjectKeyMessageShowsTheTrimmedInput() {
        assertInvalid("plan.projectKey",
                "plan.projectKey must be a Jira project key: a letter, then letters, digits or '_' (was 'n t')",
                () -> Check.projectKey("plan.projectKey", "  n t  "));
    }

    @Test
    void rejectsBlankProjectKey() {
        assertInvalid("plan.projectKey", "plan.projectKey must not be blank", () -> Check.projectKey("plan.projectKey", " "));
        assertInvalid("plan.projectKey", "plan.projectKey must not be blank", () -> Check.projectKey("plan.projectKey", null));
    }

    @Test
    void acceptsProjectKeyOf255CharactersAndRejects256() {
        assertThat(Check.projectKey("plan.projectKey", "K".repeat(255))).hasSize(255);
        assertInvalid("plan.projectKey", "plan.projectKey must be at most 255 characters (was 256)",
                () -> Check.projectKey("plan.projectKey", "K".repeat(256)));
    }

    // --- collections ------------------------------------------------------------------------

    @Test
    void noDuplicatesAcceptsDistinctValues() {
        Check.noDuplicates("baseline.dates", List.of("a", "b", "c"), Function.identity());
    }

    @Test
    void noDuplicatesNamesTheRepeatedIdentity() {
        assertInvalid("baseline.dates", "baseline.dates must not list B twice",
                () -> Check.noDuplicates("baseline.dates", List.of("a", "b", "c", "B"), s -> s.toUpperCase()));
    }

    @Test
    void listTurnsNullIntoEmptyList() {
        assertThat(Check.list("milestone.predecessors", null)).isEmpty();
    }

    @Test
    void listCopiesItsInput() {
        List<String> input = new ArrayList<>(List.of("a", "b"));
        List<String> copy = Check.list("milestone.predecessors", input);
        input.add("c");
        assertThat(copy).containsExactly("a", "b");
        assertUnmodifiable(copy, "d");
    }

    @Test
    void listRejectsEmptyEntry() {
        assertInvalid("milestone.predecessors", "milestone.predecessors must not contain an empty entry",
                () -> Check.list("milestone.predecessors", Arrays.asList("a", null)));
    }
}
