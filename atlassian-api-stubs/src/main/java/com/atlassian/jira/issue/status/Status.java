/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/status/Status.html
 * (interface com.atlassian.jira.issue.status.Status, @PublicApi); ../shared/reference/jira-plugin.md §2.
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {

    StatusCategory getStatusCategory();
}
