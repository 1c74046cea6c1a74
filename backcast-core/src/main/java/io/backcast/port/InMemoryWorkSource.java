package io.backcast.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.backcast.model.Hierarchy;
import io.backcast.model.IssueKey;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;

/**
 * A {@link WorkSource} over issues held in memory, for the tests and the demo. JQL is not
 * parsed: each query's result is declared with {@link #answer}. Viewers see every issue unless
 * {@link #restrict} limits them to some projects.
 */
public final class InMemoryWorkSource implements WorkSource {

    /** Orders work items the way Jira lists keys: by project, then by number. */
    public static final Comparator<WorkItem> BY_KEY = Comparator.comparing(WorkItem::key);

    private final Map<Long, WorkItem> byId = new HashMap<>();
    private final Map<IssueKey, WorkItem> byKey = new HashMap<>();
    private final Map<String, List<IssueKey>> answers = new HashMap<>();
    private final Map<Viewer, Set<String>> projectsByViewer = new HashMap<>();

    /** Adds or replaces issues (by id). */
    public InMemoryWorkSource put(Collection<WorkItem> items) {
        for (WorkItem item : items) {
            WorkItem previous = byId.put(item.id(), item);
            if (previous != null) {
                byKey.remove(previous.key());
            }
            byKey.put(item.key(), item);
        }
        return this;
    }

    public InMemoryWorkSource put(WorkItem... items) {
        return put(List.of(items));
    }

    public void remove(long id) {
        WorkItem removed = byId.remove(id);
        if (removed != null) {
            byKey.remove(removed.key());
        }
    }

    /** Declares what a JQL query returns (before visibility). */
    public InMemoryWorkSource answer(String jql, String... keys) {
        answers.put(jql.strip(), java.util.Arrays.stream(keys).map(IssueKey::of).toList());
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
        Map<Long, WorkItem> found = new LinkedHashMap<>();
        for (WorkLink link : links) {
            switch (link.kind()) {
                case ISSUE -> {
                    WorkItem item = byKey.get(IssueKey.of(link.target()));
                    if (item != null && canSee(visible, item)) {
                        found.put(item.id(), item);
                        if (item.hierarchy() == Hierarchy.EPIC) {
                            childrenOf(item.id()).forEach(child -> found.put(child.id(), child));
                        }
                    }
                }
                case EPIC -> {
                    WorkItem epic = byKey.get(IssueKey.of(link.target()));
                    if (epic != null && canSee(visible, epic)) {
                        childrenOf(epic.id()).forEach(child -> found.put(child.id(), child));
                    }
                }
                case JQL -> answers.getOrDefault(link.target().strip(), List.of()).stream()
                        .map(byKey::get).filter(java.util.Objects::nonNull)
                        .forEach(item -> found.put(item.id(), item));
            }
        }
        for (WorkItem item : List.copyOf(found.values())) {
            if (!canSee(visible, item)) {
                continue; // an issue the viewer may not see brings in none of its sub-tasks
            }
            subtasksOf(item.id()).forEach(subtask -> found.put(subtask.id(), subtask));
        }
        List<WorkItem> result = new ArrayList<>();
        for (WorkItem item : found.values()) {
            if (canSee(visible, item)) {
                result.add(item);
            }
        }
        result.sort(BY_KEY);
        return result;
    }

    /** A link to an issue the viewer may not see finds nothing, not even its children. */
    private static boolean canSee(Set<String> visibleProjects, WorkItem item) {
        return visibleProjects == null || visibleProjects.contains(item.key().projectKey());
    }

    private List<WorkItem> childrenOf(long epicId) {
        return byId.values().stream().filter(item -> item.epicId() != null && item.epicId() == epicId).toList();
    }

    private List<WorkItem> subtasksOf(long parentId) {
        return byId.values().stream().filter(item -> item.parentId() != null && item.parentId() == parentId).toList();
    }
}
