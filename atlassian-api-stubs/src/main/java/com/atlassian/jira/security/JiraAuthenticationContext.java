/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/JiraAuthenticationContext.html
 * (interface com.atlassian.jira.security.JiraAuthenticationContext, @PublicApi);
 * ../shared/reference/jira-plugin.md §2 (used by codescape/jira-scrum-poker and the Slack
 * integration on Jira 11).
 */
package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {

    /** The user of the current request, or {@code null} when nobody is logged in. */
    ApplicationUser getLoggedInUser();

    /** The user's locale ("Get the users locale."): the logged-in user's, else Jira's default. */
    Locale getLocale();
}
