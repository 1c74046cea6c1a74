/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/Issue.html
 * (interface com.atlassian.jira.issue.Issue, @PublicApi; its supertypes OfBizValueWrapper,
 * IssueContext, WithId and WithKey are left out, as Backcast names none of them); also
 * ../shared/reference/jira-plugin.md §2. Time tracking: the javadoc says milliseconds, but Jira
 * returns seconds (JRASERVER-42404, JRASERVER-43700: documentation bugs, fixed).
 */
package com.atlassian.jira.issue;

import java.sql.Timestamp;
import java.util.Collection;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;

public interface Issue {

    Long getId();

    String getKey();

    IssueType getIssueType();

    Status getStatus();

    Resolution getResolution();

    /** Original estimate, in seconds; {@code null} when not estimated. */
    Long getOriginalEstimate();

    /** Remaining estimate, in seconds. */
    Long getEstimate();

    /** Time spent, in seconds. */
    Long getTimeSpent();

    Timestamp getUpdated();

    /** The parent's id for a sub-task, else {@code null}. */
    Long getParentId();

    Collection<Issue> getSubTaskObjects();

    Object getCustomFieldValue(CustomField customField);
}
