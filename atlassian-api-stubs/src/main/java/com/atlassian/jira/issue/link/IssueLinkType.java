/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/link/IssueLinkType.html
 * (interface com.atlassian.jira.issue.link.IssueLinkType, @PublicApi).
 */
package com.atlassian.jira.issue.link;

public interface IssueLinkType {

    String getName();
}
