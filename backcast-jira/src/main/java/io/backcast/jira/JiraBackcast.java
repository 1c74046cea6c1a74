package io.backcast.jira;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.backcast.app.Backcast;
import io.backcast.i18n.Languages;
import io.backcast.jira.access.JiraAccessPolicy;
import io.backcast.jira.store.ActiveObjectsEntityStore;
import io.backcast.jira.work.JiraFields;
import io.backcast.jira.work.JiraWorkSource;
import io.backcast.jira.work.WorkItems;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.web.RequestViewers;

/**
 * Backcast over Jira's services: the one bean of the plugin's Spring context. It only supplies
 * the core's ports ({@link ActiveObjectsEntityStore}, {@link JiraAccessPolicy},
 * {@link JiraWorkSource}, the viewer of a request from Jira's logged-in user, in their Jira
 * locale, English when Backcast lacks their language) and hands the
 * plugin's servlets and REST resources what the core assembles ({@link #core()}): the use cases
 * and pages are the core's, the same as in the standalone server.
 */
public final class JiraBackcast {

    /** Where the plugin's servlets live: {@code <Jira>/plugins/servlet/backcast/…}. */
    public static final String SERVLET_BASE = "/plugins/servlet/backcast";
    /**
     * The plugin's servlet base as seen from {@code …/backcast/status/{token}}: relative, so the page
     * needs neither Jira's context path nor its base URL.
     */
    public static final String BASE_FROM_STATUS_PAGE = "..";

    private final Backcast core;

    public JiraBackcast(ActiveObjects activeObjects, JiraAuthenticationContext authentication, UserManager users,
                        ProjectManager projects, PermissionManager permissions, IssueManager issues, SearchService search,
                        CustomFieldManager customFields, IssueLinkManager issueLinks) {
        this(new ActiveObjectsEntityStore(activeObjects), authentication, users, projects, permissions, issues, search,
                customFields, issueLinks, Clock.systemDefaultZone());
    }

    JiraBackcast(EntityStore store, JiraAuthenticationContext authentication, UserManager users, ProjectManager projects,
                 PermissionManager permissions, IssueManager issues, SearchService search,
                 CustomFieldManager customFields, IssueLinkManager issueLinks, Clock clock) {
        this.core = Backcast.assemble(new Backcast.Ports(store,
                new JiraWorkSource(users, issues, search, permissions, new WorkItems(new JiraFields(customFields), issueLinks)),
                new JiraAccessPolicy(users, projects, permissions), clock, new JiraViewers(authentication), Languages.DEFAULT));
    }

    /** The viewer of a request is Jira's logged-in user, reading their Jira locale. */
    private record JiraViewers(JiraAuthenticationContext authentication) implements RequestViewers {

        @Override
        public Viewer of(HttpServletRequest request) {
            ApplicationUser user = authentication.getLoggedInUser();
            return user == null ? null : new Viewer(user.getKey());
        }

        @Override
        public Locale locale(HttpServletRequest request) {
            return authentication.getLocale();
        }
    }

    /** The core, assembled over Jira's ports. */
    public Backcast core() {
        return core;
    }
}
