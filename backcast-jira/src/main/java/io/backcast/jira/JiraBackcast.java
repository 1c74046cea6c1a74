package io.backcast.jira;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

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

import io.backcast.jira.access.JiraAccessPolicy;
import io.backcast.jira.store.ActiveObjectsEntityStore;
import io.backcast.jira.work.JiraFields;
import io.backcast.jira.work.JiraWorkSource;
import io.backcast.jira.work.WorkItems;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.port.WorkSource;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanService;
import io.backcast.service.ShareService;
import io.backcast.web.RequestViewers;
import io.backcast.web.page.PageContext;
import io.backcast.web.page.Pages;
import io.backcast.web.status.ClientStatus;

/**
 * The core, assembled over Jira's services: the one bean of the plugin's Spring context, which
 * Jira hands to the plugin's servlets and REST resources. The viewer of a request is Jira's
 * logged-in user. The ports are Jira's ({@link ActiveObjectsEntityStore},
 * {@link JiraAccessPolicy}, {@link JiraWorkSource}); the use cases and pages are the core's,
 * the same as in the standalone server.
 */
public final class JiraBackcast {

    /** Where the plugin's servlets live: {@code <Jira>/plugins/servlet/backcast/…}. */
    public static final String SERVLET_BASE = "/plugins/servlet/backcast";
    /**
     * The status page's assets, from {@code …/backcast/status/{token}}: relative, so the page
     * needs neither Jira's context path nor its base URL.
     */
    static final String ASSETS_FROM_STATUS_PAGE = "..";

    private final Clock clock;
    private final AccessPolicy access;
    private final WorkSource work;
    private final RequestViewers viewers;
    private final PlanService plans;
    private final ShareService shares;
    private final CheckInService checkIns;
    private final ClientStatus clientStatus;

    public JiraBackcast(ActiveObjects activeObjects, JiraAuthenticationContext authentication, UserManager users,
                        ProjectManager projects, PermissionManager permissions, IssueManager issues, SearchService search,
                        CustomFieldManager customFields, IssueLinkManager issueLinks) {
        this(new ActiveObjectsEntityStore(activeObjects), authentication, users, projects, permissions, issues, search,
                customFields, issueLinks, Clock.systemDefaultZone());
    }

    JiraBackcast(EntityStore store, JiraAuthenticationContext authentication, UserManager users, ProjectManager projects,
                 PermissionManager permissions, IssueManager issues, SearchService search,
                 CustomFieldManager customFields, IssueLinkManager issueLinks, Clock clock) {
        this.clock = clock;
        this.viewers = request -> {
            ApplicationUser user = authentication.getLoggedInUser();
            return user == null ? null : new Viewer(user.getKey());
        };
        this.access = new JiraAccessPolicy(users, projects, permissions);
        this.work = new JiraWorkSource(users, issues, search, permissions,
                new WorkItems(new JiraFields(customFields), issueLinks));
        PhraseBook phrases = new PhraseBook(Locale.ENGLISH, clock.getZone());
        this.plans = new PlanService(store, work, access, clock, phrases);
        this.shares = new ShareService(store, work, access, clock, phrases, new SecureRandom());
        this.checkIns = new CheckInService(store, access, clock);
        Pages pages = new Pages(Locale.ENGLISH, clock.getZone());
        this.clientStatus = ClientStatus.builtOnChange(shares, pages,
                new PageContext(ASSETS_FROM_STATUS_PAGE, null, null, null), clock);
    }

    public Clock clock() {
        return clock;
    }

    public AccessPolicy access() {
        return access;
    }

    public WorkSource work() {
        return work;
    }

    /** Who sent a request: Jira's logged-in user. */
    public RequestViewers viewers() {
        return viewers;
    }

    public PlanService plans() {
        return plans;
    }

    public ShareService shares() {
        return shares;
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    /** The client status pages, built on change ({@link ClientStatus#builtOnChange}). */
    public ClientStatus clientStatus() {
        return clientStatus;
    }
}
