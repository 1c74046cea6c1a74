package io.backcast.jira.access;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.backcast.model.Plan;
import io.backcast.port.AccessPolicy;
import io.backcast.port.Viewer;

/**
 * Jira's answer to who may do what with a plan (design §6): reading a plan needs
 * <em>Browse projects</em> in its home project, changing it or starting a new one needs
 * <em>Administer projects</em> there. A viewer Jira does not know, a deactivated user and a
 * plan whose home project is gone get nothing, so a share link made by someone who has left
 * stops opening.
 */
public final class JiraAccessPolicy implements AccessPolicy {

    private final UserManager users;
    private final ProjectManager projects;
    private final PermissionManager permissions;

    public JiraAccessPolicy(UserManager users, ProjectManager projects, PermissionManager permissions) {
        this.users = users;
        this.projects = projects;
        this.permissions = permissions;
    }

    @Override
    public boolean canView(Viewer viewer, Plan plan) {
        return holds(ProjectPermissions.BROWSE_PROJECTS, viewer, plan.projectKey());
    }

    @Override
    public boolean canEdit(Viewer viewer, Plan plan) {
        return holds(ProjectPermissions.ADMINISTER_PROJECTS, viewer, plan.projectKey());
    }

    @Override
    public boolean canCreatePlan(Viewer viewer, String projectKey) {
        return holds(ProjectPermissions.ADMINISTER_PROJECTS, viewer, projectKey);
    }

    private boolean holds(ProjectPermissionKey permission, Viewer viewer, String projectKey) {
        if (viewer == null || projectKey == null) {
            return false;
        }
        ApplicationUser user = users.getUserByKey(viewer.userKey());
        if (user == null || !user.isActive()) {
            return false;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(permission, project, user);
    }
}
