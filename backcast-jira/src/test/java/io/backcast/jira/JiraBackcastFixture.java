package io.backcast.jira;

import static org.mockito.Mockito.mock;

import java.time.Clock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;

import io.backcast.port.EntityStore;

/** The plugin's core over a test's own store and clock, and Jira's services as Mockito mocks. */
public final class JiraBackcastFixture {

    /** Jira's services the plugin uses, each a mock for the test to teach. */
    public record Jira(JiraAuthenticationContext authentication, UserManager users, ProjectManager projects, PermissionManager permissions, IssueManager issues,
                       SearchService search, CustomFieldManager customFields, IssueLinkManager issueLinks) {

        public static Jira mocked() {
            return new Jira(mock(JiraAuthenticationContext.class), mock(UserManager.class), mock(ProjectManager.class), mock(PermissionManager.class),
                    mock(IssueManager.class), mock(SearchService.class), mock(CustomFieldManager.class),
                    mock(IssueLinkManager.class));
        }
    }

    private JiraBackcastFixture() {
    }

    public static JiraBackcast over(EntityStore store, Jira jira, Clock clock) {
        return new JiraBackcast(store, jira.authentication(), jira.users(), jira.projects(), jira.permissions(), jira.issues(), jira.search(),
                jira.customFields(), jira.issueLinks(), clock);
    }
}
