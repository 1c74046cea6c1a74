package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkLinkTest {

    @Test
    void issueLinkUpperCasesAndTrimsTheKey() {
        assertThat(WorkLink.issue(" net-42 ")).isEqualTo(new WorkLink(WorkLinkKind.ISSUE, "NET-42"));
    }

    @Test
    void epicLinkUpperCasesAndTrimsTheKey() {
        assertThat(WorkLink.epic("net-7\t")).isEqualTo(new WorkLink(WorkLinkKind.EPIC, "NET-7"));
    }

    @Test
    void jqlLinkTrimsTheQuery() {
        assertThat(WorkLink.jql("\n project = NET AND labels = wifi \n").target()).isEqualTo("project = NET AND labels = wifi");
        assertThat(WorkLink.jql("project = NET").kind()).isEqualTo(WorkLinkKind.JQL);
    }

    @Test
    void jqlIsNotUpperCased() {
        assertThat(WorkLink.jql("project = net").target()).isEqualTo("project = net");
    }

    @Test
    void rejectsMissingKind() {
        assertInvalid("workLink.kind", "workLink.kind is required", () -> new WorkLink(null, "NET-42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NET", "NET-", "NET-0", "-1", "1NET-2", "NET 42", "NET-42x"})
    void rejectsMalformedIssueKey(String key) {
        assertInvalid("workLink.issueKey", "workLink.issueKey must be a Jira issue key like NET-42 (was '" + key + "')",
                () -> WorkLink.issue(key));
    }

    @Test
    void rejectsBlankIssueKey() {
        assertInvalid("workLink.issueKey", "workLink.issueKey must not be blank", () -> WorkLink.issue(" "));
    }

    @Test
    void rejectsMalformedEpicKey() {
        assertInvalid("workLink.epicKey", "workLink.epicKey must be a Jira issue key like NET-42 (was 'NET')",
                () -> WorkLink.epic("NET"));
        assertInvalid("workLink.epicKey", "workLink.epicKey must not be blank", () -> WorkLink.epic(null));
    }

    @Test
    void rejectsBlankJql() {
        assertInvalid("workLink.jql", "workLink.jql must not be blank", () -> WorkLink.jql("  \n"));
        assertInvalid("workLink.jql", "workLink.jql must not be blank", () -> WorkLink.jql(null));
    }

    @Test
    void acceptsJqlOfExactly10000Characters() {
        assertThat(WorkLink.jql(chars(10_000)).target()).hasSize(10_000);
    }

    @Test
    void rejectsJqlOf10001Characters() {
        assertInvalid("workLink.jql", "workLink.jql must be at most 10000 characters (was 10001)", () -> WorkLink.jql(chars(10_001)));
    }

    @Test
    void rejectsNulCharacterInJql() {
        assertInvalid("workLink.jql", "workLink.jql must not contain a NUL character", () -> WorkLink.jql("project = NET\0"));
    }
}
