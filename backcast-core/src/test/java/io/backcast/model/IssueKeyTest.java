package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueKeyTest {

    @Test
    void acceptsWellFormedKey() {
        assertThat(IssueKey.of("NET-42").value()).isEqualTo("NET-42");
    }

    @Test
    void upperCasesLowerCaseKey() {
        assertThat(IssueKey.of("net-42").value()).isEqualTo("NET-42");
    }

    @Test
    void trimsKey() {
        assertThat(IssueKey.of("  NET-42\t").value()).isEqualTo("NET-42");
    }

    @Test
    void acceptsProjectKeysWithDigitsAndUnderscores() {
        assertThat(IssueKey.of("fit_out2-7").value()).isEqualTo("FIT_OUT2-7");
        assertThat(IssueKey.of("A-1").value()).isEqualTo("A-1");
    }

    @Test
    void acceptsIssueNumberOf18Digits() {
        assertThat(IssueKey.of("NET-123456789012345678").value()).isEqualTo("NET-123456789012345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NET", "NET-", "NET-0", "-1", "1NET-2", "NET 42", "NET-42x", "NET-01", "NET--42", "NET-4-2",
            "_NET-1", "NET_-", "NET-1234567890123456789", "NET- 42", "NÉT-1", "neß-1", "ﬁx-1", "ınet-4"})
    void rejectsMalformedKey(String key) {
        assertInvalid("issueKey", "issueKey must be a Jira issue key like NET-42 (was '" + key + "')", () -> IssueKey.of(key));
    }

    @Test
    void malformedKeyMessageShowsTheTrimmedInputAsGiven() {
        assertInvalid("issueKey", "issueKey must be a Jira issue key like NET-42 (was 'net 42')", () -> IssueKey.of("  net 42 "));
    }

    @Test
    void rejectsBlankKey() {
        assertInvalid("issueKey", "issueKey must not be blank", () -> IssueKey.of("   "));
        assertInvalid("issueKey", "issueKey must not be blank", () -> IssueKey.of(null));
    }

    @Test
    void rejectsOverLongKey() {
        String key = "N".repeat(250) + "-12345";
        assertInvalid("issueKey", "issueKey must be at most 255 characters (was 256)", () -> IssueKey.of(key));
    }

    @Test
    void parseNamesTheGivenField() {
        assertInvalid("workLink.issueKey", "workLink.issueKey must be a Jira issue key like NET-42 (was 'NET')",
                () -> IssueKey.parse("workLink.issueKey", "NET"));
        assertThat(IssueKey.parse("workLink.issueKey", "net-7")).isEqualTo("NET-7");
    }

    @Test
    void projectKeyIsThePartBeforeTheDash() {
        assertThat(IssueKey.of("NET-42").projectKey()).isEqualTo("NET");
        assertThat(IssueKey.of("fit_out2-7").projectKey()).isEqualTo("FIT_OUT2");
    }

    @Test
    void keysThatDifferOnlyInCaseAreEqual() {
        assertThat(IssueKey.of("net-42")).isEqualTo(IssueKey.of("NET-42")).hasSameHashCodeAs(IssueKey.of("NET-42"));
    }

    @Test
    void toStringIsTheKey() {
        assertThat(IssueKey.of("net-42")).hasToString("NET-42");
    }
}
