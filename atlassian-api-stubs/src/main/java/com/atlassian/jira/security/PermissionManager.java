/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 * (interface com.atlassian.jira.security.PermissionManager, @PublicApi:
 * "Checks whether the specified user has a specified permission within the context of a
 * specified project"); also ../shared/reference/jira-plugin.md §2.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {

    /** Whether {@code user} ({@code null}: anonymous) holds the permission in {@code project}. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    /** Whether {@code user} holds the permission for {@code issue} (its project and issue security). */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
