package io.backcast.port;

import io.backcast.model.Plan;

/**
 * Who may do what, as the host knows it: in Jira, browse permission on the plan's home project
 * to read and project admin (or a configured role) to edit; in the server, account roles.
 */
public interface AccessPolicy {

    boolean canView(Viewer viewer, Plan plan);

    boolean canEdit(Viewer viewer, Plan plan);

    /** Whether the viewer may start a new plan for this Jira project. */
    boolean canCreatePlan(Viewer viewer, String projectKey);
}
