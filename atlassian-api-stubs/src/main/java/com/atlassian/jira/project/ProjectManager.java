/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/project/ProjectManager.html
 * (interface com.atlassian.jira.project.ProjectManager, @PublicApi); also
 * ../shared/reference/jira-plugin.md §2.
 */
package com.atlassian.jira.project;

public interface ProjectManager {

    /** The project with this key, or {@code null} when there is none. */
    Project getProjectObjByKey(String key);
}
