/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/util/UserManager.html
 * (interface com.atlassian.jira.user.util.UserManager, @PublicApi; getUserByKey since 6.0).
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {

    /** The user with this key, or {@code null} when there is none (or the key is {@code null}). */
    ApplicationUser getUserByKey(String userKey);
}
