/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/IssueManager.html
 * (interface com.atlassian.jira.issue.IssueManager, @PublicApi); ../shared/reference/jira-plugin.md §2
 * (called as getIssueObject(String) by codescape/jira-scrum-poker on Jira 11.3.1).
 */
package com.atlassian.jira.issue;

public interface IssueManager {

    /** The issue with this key, or {@code null} when there is none. */
    MutableIssue getIssueObject(String key);
}
