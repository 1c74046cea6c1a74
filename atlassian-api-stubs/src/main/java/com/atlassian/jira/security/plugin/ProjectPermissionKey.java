/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 * (final class com.atlassian.jira.security.plugin.ProjectPermissionKey, @PublicApi, since 6.3;
 * the package is confirmed by Jira Software 11.1's GHProjectPermissions field types).
 */
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
