/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * (class com.atlassian.jira.permission.ProjectPermissions: public static final
 * ProjectPermissionKey fields). The values here only stand in at compile time and in tests: the
 * fields are not constants, so the plugin reads Jira's own at run time.
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
}
