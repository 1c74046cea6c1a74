package io.backcast.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.backcast.model.Hierarchy;
import io.backcast.model.IssueKey;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;

/**
 * Work items held in memory, and the work a deliverable's links find among them as
 * {@link WorkSource#workFor} promises it: an issue key finds the issue (an epic with its
 * children), an epic link the epic's children, each with its sub-tasks, every item once, ordered
 * by key. JQL is not parsed: a query finds the issues declared as its answer with
 * {@link #answer}, and any other query finds nothing. For a work source whose issues are known up
 * front, such as the standalone server's demo. Changing it while it is read is not safe.
 */
public final class WorkIndex {

    private final Map<Long, WorkItem> byId = new HashMap<>();
    private final Map<IssueKey, WorkItem> byKey = new HashMap<>();
    private final Map<String, List<IssueKey>> answers = new HashMap<>();

    /** Adds or replaces issues (by id). */
    public WorkIndex put(Collection<WorkItem> items) {
        for (WorkItem item : items) {
            WorkItem previous = byId.put(item.id(), item);
            if (previous != null) {
                byKey.remove(previous.key());
            }
            byKey.put(item.key(), item);
        }
        return this;
    }

    public void remove(long id) {
        WorkItem removed = byId.remove(id);
        if (removed != null) {
            byKey.remove(removed.key());
        }
    }

    /** Declares what a JQL query returns, in Jira's order; the query is matched exactly, after trimming. */
    public WorkIndex answer(String jql, List<IssueKey> keys) {
        answers.put(jql.strip(), List.copyOf(keys));
        return this;
    }

    /**
     * The work these links find among the issues {@code visible} accepts. A link to an issue that
     * is not visible finds nothing, not even its children or sub-tasks.
     */
    public List<WorkItem> find(List<WorkLink> links, Predicate<WorkItem> visible) {
        Map<Long, WorkItem> found = new LinkedHashMap<>();
        for (WorkLink link : links) {
            switch (link.kind()) {
                case ISSUE -> {
                    WorkItem item = byKey.get(IssueKey.of(link.target()));
                    if (item != null && visible.test(item)) {
                        found.put(item.id(), item);
                        if (item.hierarchy() == Hierarchy.EPIC) {
                            childrenOf(item.id()).forEach(child -> found.put(child.id(), child));
                        }
                    }
                }
                case EPIC -> {
                    WorkItem epic = byKey.get(IssueKey.of(link.target()));
                    if (epic != null && visible.test(epic)) {
                        childrenOf(epic.id()).forEach(child -> found.put(child.id(), child));
                    }
                }
                case JQL -> answers.getOrDefault(link.target().strip(), List.of()).stream()
                        .map(byKey::get).filter(Objects::nonNull)
                        .forEach(item -> found.put(item.id(), item));
            }
        }
        for (WorkItem item : List.copyOf(found.values())) {
            if (visible.test(item)) { // an issue the viewer may not see brings in none of its sub-tasks
                subtasksOf(item.id()).forEach(subtask -> found.put(subtask.id(), subtask));
            }
        }
        List<WorkItem> result = new ArrayList<>(found.values().stream().filter(visible).toList());
        result.sort(WorkItem.BY_KEY);
        return result;
    }

    private List<WorkItem> childrenOf(long epicId) {
        return byId.values().stream().filter(item -> item.epicId() != null && item.epicId() == epicId).toList();
    }

    private List<WorkItem> subtasksOf(long parentId) {
        return byId.values().stream().filter(item -> item.parentId() != null && item.parentId() == parentId).toList();
    }
}
