package io.backcast.jira.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import io.backcast.model.Hierarchy;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.Viewer;

/** Work resolved by Jira's own services, mocked at their interfaces: visibility, epics, sub-tasks, JQL, the mapping. */
class JiraWorkSourceTest {

    private static final Viewer ADA = new Viewer("JIRAUSER10100");
    private static final Instant UPDATED = Instant.parse("2026-11-20T10:15:30Z");

    private final UserManager users = mock(UserManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final SearchService search = mock(SearchService.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager issueLinks = mock(IssueLinkManager.class);
    private final JiraWorkSource source = new JiraWorkSource(users, issues, search, permissions,
            new WorkItems(new JiraFields(customFields), issueLinks));

    private final ApplicationUser ada = mock(ApplicationUser.class);
    private final CustomField storyPoints = mock(CustomField.class);
    private final CustomField epicLink = mock(CustomField.class);
    private final CustomField flagged = mock(CustomField.class);
    private final IssueLinkType blocks = mock(IssueLinkType.class);
    private final Map<String, List<Issue>> answers = new HashMap<>();

    @BeforeEach
    void jira() throws SearchException {
        when(ada.isActive()).thenReturn(true);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(ada);
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        when(customFields.getCustomFieldObjectsByName("Flagged")).thenReturn(List.of(flagged));
        when(blocks.getName()).thenReturn("Blocks");
        when(search.parseQuery(eq(ada), anyString())).thenAnswer(call -> parsed(call.getArgument(1)));
        when(search.search(eq(ada), any(Query.class), any(PagerFilter.class))).thenAnswer(call -> {
            List<Issue> all = answers.getOrDefault(((Query) call.getArgument(1)).toString(), List.of());
            PagerFilter pager = call.getArgument(2);
            SearchResults<Issue> results = mock(SearchResults.class);
            when(results.getResults()).thenReturn(all.subList(Math.min(pager.getStart(), all.size()),
                    Math.min(pager.getStart() + pager.getMax(), all.size())));
            return results;
        });
    }

    /** A query Jira parses when it is not "broken"; the parsed query prints as the JQL. */
    private SearchService.ParseResult parsed(String jql) {
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(query.toString()).thenReturn(jql);
        when(result.isValid()).thenReturn(!jql.contains("broken"));
        when(result.getQuery()).thenReturn(query);
        return result;
    }

    private MutableIssue issue(long id, String key, String type, String category) {
        MutableIssue issue = mock(MutableIssue.class);
        IssueType issueType = mock(IssueType.class);
        when(issueType.getName()).thenReturn(type);
        when(issueType.isSubTask()).thenReturn(type.equals("Sub-task"));
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getIssueType()).thenReturn(issueType);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getUpdated()).thenReturn(Timestamp.from(UPDATED));
        when(issue.getSubTaskObjects()).thenReturn(new ArrayList<>());
        when(issues.getIssueObject(key)).thenReturn(issue);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, ada)).thenReturn(true);
        return issue;
    }

    private MutableIssue subtaskOf(MutableIssue parent, long id, String key) {
        MutableIssue subtask = issue(id, key, "Sub-task", "new");
        Long parentId = parent.getId();
        when(subtask.getParentId()).thenReturn(parentId);
        parent.getSubTaskObjects().add(subtask);
        return subtask;
    }

    private void hidden(Issue issue) {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, ada)).thenReturn(false);
    }

    private List<String> keys(List<WorkItem> work) {
        return work.stream().map(item -> item.key().toString()).toList();
    }

    @Test
    void anIssueKeyFindsTheIssueWithItsSubtasksOnceEachOrderedByKey() {
        MutableIssue story = issue(10, "NET-10", "Story", "indeterminate");
        subtaskOf(story, 12, "NET-12");
        subtaskOf(story, 11, "NET-11");

        List<WorkItem> work = source.workFor(List.of(WorkLink.issue("NET-10"), WorkLink.issue("NET-11")), ADA);

        assertThat(keys(work)).containsExactly("NET-10", "NET-11", "NET-12");
        assertThat(work.get(1).hierarchy()).isEqualTo(Hierarchy.SUBTASK);
        assertThat(work.get(1).parentId()).isEqualTo(10L);
    }

    @Test
    void anEpicLinkFindsTheEpicsChildrenAndAnEpicsKeyAlsoTheEpic() {
        MutableIssue epic = issue(20, "NET-20", "Epic", "indeterminate");
        MutableIssue child = issue(21, "NET-21", "Story", "done");
        when(child.getCustomFieldValue(epicLink)).thenReturn(epic);
        answers.put("\"Epic Link\" = NET-20", List.of(child));

        assertThat(keys(source.workFor(List.of(WorkLink.epic("NET-20")), ADA))).containsExactly("NET-21");
        List<WorkItem> withEpic = source.workFor(List.of(WorkLink.issue("NET-20")), ADA);
        assertThat(keys(withEpic)).containsExactly("NET-20", "NET-21");
        assertThat(withEpic.get(0).hierarchy()).isEqualTo(Hierarchy.EPIC);
        assertThat(withEpic.get(1).epicId()).isEqualTo(20L);
    }

    @Test
    void aJqlQueryRunsAsTheViewerAndIsReadPageByPage() throws SearchException {
        List<Issue> many = new ArrayList<>();
        IntStream.rangeClosed(1, 1_203).forEach(n -> many.add(issue(1_000 + n, "BIG-" + n, "Task", "new")));
        answers.put("project = BIG", many);

        List<WorkItem> work = source.workFor(List.of(WorkLink.jql("project = BIG")), ADA);

        assertThat(work).hasSize(1_203);
        verify(search).search(eq(ada), any(Query.class), argThat(pager -> pager != null && pager.getStart() == 1_000));
    }

    @Test
    void aQueryJiraCannotParseOrRunFindsNothingAndTheRestStillCounts() throws SearchException {
        issue(30, "NET-30", "Task", "new");
        answers.put("project = FAIL", List.of());
        when(search.search(eq(ada), argThat(query -> query != null && query.toString().equals("project = FAIL")),
                any(PagerFilter.class))).thenThrow(new SearchException("index unavailable"));

        List<WorkItem> work = source.workFor(List.of(WorkLink.jql("project = broken AND"), WorkLink.jql("project = FAIL"),
                WorkLink.issue("NET-30")), ADA);

        assertThat(keys(work)).containsExactly("NET-30");
    }

    @Test
    void whatTheViewerMayNotBrowseIsNotFoundAndBringsNoSubtasks() {
        MutableIssue secret = issue(40, "SEC-40", "Story", "new");
        subtaskOf(secret, 41, "SEC-41");
        MutableIssue open = issue(42, "NET-42", "Story", "new");
        hidden(subtaskOf(open, 43, "NET-43"));
        hidden(secret);

        List<WorkItem> work = source.workFor(List.of(WorkLink.issue("SEC-40"), WorkLink.issue("NET-42"),
                WorkLink.issue("NET-404")), ADA);

        assertThat(keys(work)).containsExactly("NET-42");
    }

    @Test
    void aViewerJiraDoesNotKnowOrHasDeactivatedSeesNoWork() {
        issue(50, "NET-50", "Task", "new");
        ApplicationUser gone = mock(ApplicationUser.class);
        when(users.getUserByKey("JIRAUSER10200")).thenReturn(gone);

        assertThat(source.workFor(List.of(WorkLink.issue("NET-50")), new Viewer("JIRAUSER10200"))).isEmpty();
        assertThat(source.workFor(List.of(WorkLink.issue("NET-50")), new Viewer("JIRAUSER99999"))).isEmpty();
        verify(issues, never()).getIssueObject(anyString());
    }

    @Test
    void anIssueBecomesAWorkItemWithItsStatusEstimatesInSecondsPointsFlagAndResolution() {
        MutableIssue story = issue(60, "NET-60", "Story", "done");
        Resolution fixed = mock(Resolution.class);
        when(fixed.getName()).thenReturn("Fixed");
        when(story.getResolution()).thenReturn(fixed);
        when(story.getOriginalEstimate()).thenReturn(28_800L);
        when(story.getEstimate()).thenReturn(3_600L);
        when(story.getTimeSpent()).thenReturn(25_200L);
        when(story.getCustomFieldValue(storyPoints)).thenReturn(5.0);
        when(story.getCustomFieldValue(flagged)).thenReturn(List.of("Impediment"));

        WorkItem item = source.workFor(List.of(WorkLink.issue("NET-60")), ADA).get(0);

        assertThat(item.id()).isEqualTo(60);
        assertThat(item.type()).isEqualTo("Story");
        assertThat(item.hierarchy()).isEqualTo(Hierarchy.STANDARD);
        assertThat(item.statusCategory()).isEqualTo(io.backcast.model.StatusCategory.DONE);
        assertThat(item.resolution()).isEqualTo("Fixed");
        assertThat(item.originalEstimate()).isEqualTo(Duration.ofHours(8));
        assertThat(item.remainingEstimate()).isEqualTo(Duration.ofHours(1));
        assertThat(item.timeSpent()).isEqualTo(Duration.ofHours(7));
        assertThat(item.storyPoints()).isEqualTo(5.0);
        assertThat(item.flagged()).isTrue();
        assertThat(item.blocked()).isFalse();
        assertThat(item.updated()).isEqualTo(UPDATED);
    }

    @Test
    void anIssueIsBlockedWhileAnotherThatIsNotDoneBlocksIt() {
        issue(70, "NET-70", "Task", "new");
        MutableIssue cabling = issue(71, "NET-71", "Task", "indeterminate");
        MutableIssue permits = issue(72, "NET-72", "Task", "done");
        IssueLink byCabling = mock(IssueLink.class);
        when(byCabling.getIssueLinkType()).thenReturn(blocks);
        when(byCabling.getSourceObject()).thenReturn(cabling);
        IssueLink byPermits = mock(IssueLink.class);
        when(byPermits.getIssueLinkType()).thenReturn(blocks);
        when(byPermits.getSourceObject()).thenReturn(permits);
        when(issueLinks.getInwardLinks(70L)).thenReturn(List.of(byPermits, byCabling));
        when(issueLinks.getInwardLinks(71L)).thenReturn(List.of());

        assertThat(source.workFor(List.of(WorkLink.issue("NET-70")), ADA).get(0).blocked()).isTrue();
        when(issueLinks.getInwardLinks(70L)).thenReturn(List.of(byPermits));
        assertThat(source.workFor(List.of(WorkLink.issue("NET-70")), ADA).get(0).blocked()).isFalse();
    }

    @Test
    void valuesBackcastCannotTakeReadAsUnsetNotAsAFailure() {
        MutableIssue odd = issue(80, "NET-80", "Task", "no-such-category");
        when(odd.getCustomFieldValue(storyPoints)).thenReturn(-3.0);
        when(odd.getOriginalEstimate()).thenReturn(-60L);
        when(odd.getUpdated()).thenReturn(null);
        when(customFields.getCustomFieldObjectsByName("Flagged")).thenReturn(List.of());

        WorkItem item = source.workFor(List.of(WorkLink.issue("NET-80")), ADA).get(0);

        assertThat(item.statusCategory()).isEqualTo(io.backcast.model.StatusCategory.TO_DO);
        assertThat(item.storyPoints()).isNull();
        assertThat(item.originalEstimate()).isNull();
        assertThat(item.flagged()).isFalse();
        assertThat(item.updated()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }
}
