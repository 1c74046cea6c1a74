package io.backcast.jira.web;

import com.atlassian.annotations.security.UnrestrictedAccess;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.status.StatusServlet;

/**
 * {@code <Jira>/plugins/servlet/backcast/status/{token}}: the client status page a share link
 * opens, for anyone with the link (design §5, §6). The core's {@link StatusServlet}, the same as
 * the server's {@code /s/{token}}: one 404 for every link that does not open, after the same work
 * and a 5 ms floor; the status headers on every answer; rate limits per token and per address;
 * no token in any log. Open to anonymous users, as Jira 10+ closes unannotated servlets to
 * licensed users.
 */
@UnrestrictedAccess
public final class JiraStatusServlet extends StatusServlet {

    private static final long serialVersionUID = 1L;

    public JiraStatusServlet(JiraBackcast backcast) {
        super(backcast.core().statusEndpoint(JiraBackcast.BASE_FROM_STATUS_PAGE));
    }
}
