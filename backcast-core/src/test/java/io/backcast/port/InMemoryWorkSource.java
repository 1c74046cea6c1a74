package io.backcast.port;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.backcast.model.IssueKey;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;

/**
 * A {@link WorkSource} for the tests: issues held in a {@link WorkIndex} that a test changes at
 * will, each JQL query's result declared with {@link #answer}. Viewers see every issue unless
 * {@link #restrict} limits them to some projects.
 */
public final class InMemoryWorkSource implements WorkSource {

    private final WorkIndex issues = new WorkIndex();
    private final Map<Viewer, Set<String>> projectsByViewer = new HashMap<>();

    /** Adds or replaces issues (by id). */
    public InMemoryWorkSource put(Collection<WorkItem> items) {
        issues.put(items);
        return this;
    }

    public InMemoryWorkSource put(WorkItem... items) {
        return put(List.of(items));
    }

    public void remove(long id) {
        issues.remove(id);
    }

    /** Declares what a JQL query returns (before visibility). */
    public InMemoryWorkSource answer(String jql, String... keys) {
        issues.answer(jql, Arrays.stream(keys).map(IssueKey::of).toList());
        return this;
    }

    /** Lets {@code viewer} see only issues of these projects. */
    public InMemoryWorkSource restrict(Viewer viewer, Set<String> projectKeys) {
        projectsByViewer.put(viewer, Set.copyOf(projectKeys));
        return this;
    }

    @Override
    public List<WorkItem> workFor(List<WorkLink> links, Viewer viewer) {
        Set<String> visible = projectsByViewer.get(viewer);
        return issues.find(links, item -> visible == null || visible.contains(item.key().projectKey()));
    }
}
