/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/resolution/Resolution.html
 * (interface com.atlassian.jira.issue.resolution.Resolution, @PublicApi; the real type
 * extends IssueConstant, which declares getName(): a call compiled against this stub resolves
 * to it through the superinterface at run time).
 */
package com.atlassian.jira.issue.resolution;

public interface Resolution {

    String getName();
}
