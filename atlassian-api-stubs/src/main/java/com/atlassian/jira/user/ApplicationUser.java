/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/ApplicationUser.html
 * (interface com.atlassian.jira.user.ApplicationUser, @PublicApi).
 */
package com.atlassian.jira.user;

public interface ApplicationUser {

    /** The user's key: stable across renames, what Backcast stores as a user reference. */
    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
