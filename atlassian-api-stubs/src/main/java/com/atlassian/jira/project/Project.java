/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/project/Project.html
 * (interface com.atlassian.jira.project.Project, @PublicApi).
 */
package com.atlassian.jira.project;

public interface Project {

    Long getId();

    String getKey();

    String getName();
}
