package io.backcast.server.demo;

import java.time.Instant;
import java.util.List;

import io.backcast.model.IssueKey;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.Viewer;
import io.backcast.port.WorkIndex;
import io.backcast.port.WorkSource;

/**
 * The demo's work source: the demo plan's own issues ({@link DemoWorkItems}) stand in for a
 * Jira. An issue key finds the declared issue, an epic its declared children; a JQL query finds
 * what the demo declared for exactly that query, and any other query nothing (no JQL is
 * parsed). Every viewer sees every issue: on the server, accounts and roles decide who sees a
 * plan.
 */
public final class DemoWorkSource implements WorkSource {

    private final WorkIndex issues = new WorkIndex();

    /** The demo's issues, last updated some days before {@code now}. */
    public DemoWorkSource(Instant now) {
        issues.put(DemoWorkItems.items(now));
        DemoWorkItems.jqlAnswers().forEach((jql, keys) -> issues.answer(jql, keys.stream().map(IssueKey::of).toList()));
    }

    @Override
    public List<WorkItem> workFor(List<WorkLink> links, Viewer viewer) {
        return issues.find(links, item -> true);
    }
}
