package io.backcast.jira.web;

import com.atlassian.annotations.security.UnrestrictedAccess;

import io.backcast.web.page.StaticServlet;

/**
 * {@code <Jira>/plugins/servlet/backcast/static/*}: the core's stylesheet and images, which the
 * client status page loads without a login (its CSP allows styles from its own origin only).
 */
@UnrestrictedAccess
public final class JiraStaticServlet extends StaticServlet {

    private static final long serialVersionUID = 1L;
}
