/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/link/IssueLink.html
 * (interface com.atlassian.jira.issue.link.IssueLink, @PublicApi).
 */
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

public interface IssueLink {

    IssueLinkType getIssueLinkType();

    /** The issue the link starts from: for "Blocks", the blocker. */
    Issue getSourceObject();
}
