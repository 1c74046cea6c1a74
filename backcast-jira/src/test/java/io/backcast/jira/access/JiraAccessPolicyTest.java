package io.backcast.jira.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.backcast.model.Plan;
import io.backcast.port.Viewer;

/** Plan permissions from Jira's project permissions, with Jira's managers mocked at their interfaces. */
class JiraAccessPolicyTest {

    private final UserManager users = mock(UserManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAccessPolicy policy = new JiraAccessPolicy(users, projects, permissions);

    private final Project fit = mock(Project.class);
    private final ApplicationUser ada = user("JIRAUSER10100", true);
    private final Plan plan = Plan.create("FIT", "Level 3 fit-out");

    @BeforeEach
    void jiraKnowsTheProject() {
        when(projects.getProjectObjByKey("FIT")).thenReturn(fit);
    }

    private ApplicationUser user(String key, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    @Test
    void browsingTheHomeProjectLetsAUserReadThePlanButNotChangeIt() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, fit, ada)).thenReturn(true);

        assertThat(policy.canView(new Viewer("JIRAUSER10100"), plan)).isTrue();
        assertThat(policy.canEdit(new Viewer("JIRAUSER10100"), plan)).isFalse();
        assertThat(policy.canCreatePlan(new Viewer("JIRAUSER10100"), "FIT")).isFalse();
    }

    @Test
    void administeringTheHomeProjectLetsAUserChangeThePlanAndStartNewOnes() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, fit, ada)).thenReturn(true);

        assertThat(policy.canEdit(new Viewer("JIRAUSER10100"), plan)).isTrue();
        assertThat(policy.canCreatePlan(new Viewer("JIRAUSER10100"), "FIT")).isTrue();
    }

    @Test
    void withoutBrowsePermissionThePlanIsNotThere() {
        assertThat(policy.canView(new Viewer("JIRAUSER10100"), plan)).isFalse();
        verify(permissions).hasPermission(ProjectPermissions.BROWSE_PROJECTS, fit, ada);
    }

    @Test
    void aDeactivatedUserGetsNothingWhateverTheirPermissionsSaid() {
        user("JIRAUSER10200", false);
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(true);

        assertThat(policy.canView(new Viewer("JIRAUSER10200"), plan)).isFalse();
        assertThat(policy.canEdit(new Viewer("JIRAUSER10200"), plan)).isFalse();
        verify(permissions, never()).hasPermission(any(), any(Project.class), any());
    }

    @Test
    void aUserJiraDoesNotKnowAndNoViewerAtAllGetNothing() {
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(true);

        assertThat(policy.canView(new Viewer("JIRAUSER99999"), plan)).isFalse();
        assertThat(policy.canView(null, plan)).isFalse();
        verify(permissions, never()).hasPermission(any(), any(Project.class), any());
    }

    @Test
    void aPlanWhoseHomeProjectIsGoneIsNobodysToReadOrChange() {
        when(permissions.hasPermission(any(), any(Project.class), any())).thenReturn(true);
        Plan orphan = Plan.create("OLD", "Archived move");

        assertThat(policy.canView(new Viewer("JIRAUSER10100"), orphan)).isFalse();
        assertThat(policy.canEdit(new Viewer("JIRAUSER10100"), orphan)).isFalse();
        assertThat(policy.canCreatePlan(new Viewer("JIRAUSER10100"), "OLD")).isFalse();
    }
}
