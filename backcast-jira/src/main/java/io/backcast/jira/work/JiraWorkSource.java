package io.backcast.jira.work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;

import io.backcast.model.IssueKey;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.Viewer;
import io.backcast.port.WorkSource;

/**
 * The plugin's {@link WorkSource}: a deliverable's links resolved by Jira itself, as the viewer
 * may see them.
 * <ul>
 * <li>An issue key finds the issue if the viewer may browse it (issue security included); an
 *     epic's key also finds its children.</li>
 * <li>An epic link finds the epic's children (<em>"Epic Link" = KEY</em>), not the epic.</li>
 * <li>A JQL query runs as the viewer, so it finds only what they may see; a query Jira cannot
 *     parse, or whose search fails, finds nothing (and is logged without its text).</li>
 * <li>Every issue found brings its sub-tasks the viewer may browse. Each issue appears once,
 *     ordered by key. A query finds at most {@value #MAX_PER_QUERY} issues, read in pages of
 *     {@value #PAGE_SIZE} (Jira's search index answers at most 10,000 per query).</li>
 * </ul>
 * A viewer Jira does not know, or a deactivated one, sees no work.
 */
public final class JiraWorkSource implements WorkSource {

    private static final Logger LOG = LoggerFactory.getLogger(JiraWorkSource.class);
    static final int PAGE_SIZE = 500;
    static final int MAX_PER_QUERY = 10_000;

    private final UserManager users;
    private final IssueManager issues;
    private final SearchService search;
    private final PermissionManager permissions;
    private final WorkItems workItems;

    public JiraWorkSource(UserManager users, IssueManager issues, SearchService search, PermissionManager permissions,
                          WorkItems workItems) {
        this.users = users;
        this.issues = issues;
        this.search = search;
        this.permissions = permissions;
        this.workItems = workItems;
    }

    @Override
    public List<WorkItem> workFor(List<WorkLink> links, Viewer viewer) {
        ApplicationUser user = viewer == null ? null : users.getUserByKey(viewer.userKey());
        if (user == null || !user.isActive()) {
            return List.of();
        }
        Map<Long, Issue> found = new LinkedHashMap<>();
        for (WorkLink link : links) {
            switch (link.kind()) {
                case ISSUE -> visibleIssue(link.target(), user).ifPresent(issue -> {
                    found.put(issue.getId(), issue);
                    if (WorkItems.isEpic(issue)) {
                        childrenOf(issue, user).forEach(child -> found.put(child.getId(), child));
                    }
                });
                case EPIC -> visibleIssue(link.target(), user)
                        .ifPresent(epic -> childrenOf(epic, user).forEach(child -> found.put(child.getId(), child)));
                case JQL -> query(link.target(), user).forEach(issue -> found.put(issue.getId(), issue));
            }
        }
        for (Issue issue : List.copyOf(found.values())) {
            Collection<Issue> subtasks = issue.getSubTaskObjects();
            if (subtasks != null) {
                subtasks.stream().filter(subtask -> mayBrowse(subtask, user))
                        .forEach(subtask -> found.put(subtask.getId(), subtask));
            }
        }
        List<WorkItem> work = new ArrayList<>(found.size());
        for (Issue issue : found.values()) {
            work.add(workItems.of(issue));
        }
        work.sort(WorkItem.BY_KEY);
        return work;
    }

    private java.util.Optional<Issue> visibleIssue(String key, ApplicationUser user) {
        Issue issue = issues.getIssueObject(key);
        return issue != null && mayBrowse(issue, user) ? java.util.Optional.of(issue) : java.util.Optional.empty();
    }

    private boolean mayBrowse(Issue issue, ApplicationUser user) {
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /** An epic's children: its key is an {@link IssueKey}, so it is safe inside the query. */
    private List<Issue> childrenOf(Issue epic, ApplicationUser user) {
        return query("\"" + JiraFields.EPIC_LINK + "\" = " + IssueKey.of(epic.getKey()), user);
    }

    private List<Issue> query(String jql, ApplicationUser user) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (parsed == null || !parsed.isValid()) {
            LOG.debug("a deliverable's JQL query is not valid for Jira; it finds no work");
            return List.of();
        }
        List<Issue> results = new ArrayList<>();
        try {
            for (int start = 0; start < MAX_PER_QUERY; start += PAGE_SIZE) {
                List<Issue> page = search.search(user, parsed.getQuery(), new PagerFilter(start, PAGE_SIZE)).getResults();
                results.addAll(page);
                if (page.size() < PAGE_SIZE) {
                    break;
                }
            }
        } catch (SearchException e) {
            LOG.warn("a deliverable's JQL search failed ({}); it finds no work", e.getClass().getName());
            return List.of();
        }
        return results;
    }
}
