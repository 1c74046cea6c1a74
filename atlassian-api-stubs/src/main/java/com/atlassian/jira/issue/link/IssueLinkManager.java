/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/link/IssueLinkManager.html
 * (interface com.atlassian.jira.issue.link.IssueLinkManager, @PublicApi).
 */
package com.atlassian.jira.issue.link;

import java.util.List;

public interface IssueLinkManager {

    /** The links pointing at the issue with this id (it is their destination). */
    List<IssueLink> getInwardLinks(Long issueId);
}
