package io.backcast.port;

import java.util.List;

import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;

/**
 * What a host provides to find Jira work: the plugin asks Jira's own services, the server
 * Jira's REST API; the server's demo answers from its own issues (over a {@link WorkIndex}), and
 * so do the tests.
 */
public interface WorkSource {

    /**
     * The work a deliverable's links find, as {@code viewer} may see it: an issue key finds the
     * issue (and, for an epic, its children), a JQL query its results, an epic link the epic's
     * children; each with its sub-tasks. Every issue appears once (by id), ordered by key.
     * Links to issues that do not exist or that the viewer may not see find nothing.
     */
    List<WorkItem> workFor(List<WorkLink> links, Viewer viewer);
}
