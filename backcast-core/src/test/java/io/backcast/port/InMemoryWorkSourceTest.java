package io.backcast.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;

class InMemoryWorkSourceTest {

    private static final Instant UPDATED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Viewer ANA = new Viewer("ana");
    private static final Viewer CLIENT = new Viewer("client");

    // NET-1 epic with children NET-2 (which has sub-tasks NET-3, NET-10) and OPS-4 (cross-project);
    // NET-20 standalone with sub-task NET-21; NET-30 in no epic.
    private static final WorkItem EPIC = WorkItem.task(1, "NET-1", UPDATED).asEpic();
    private static final WorkItem STORY = WorkItem.task(2, "NET-2", UPDATED).inEpic(1L);
    private static final WorkItem STORY_SUB_A = WorkItem.task(3, "NET-3", UPDATED).asSubtaskOf(2);
    private static final WorkItem STORY_SUB_B = WorkItem.task(10, "NET-10", UPDATED).asSubtaskOf(2);
    private static final WorkItem OPS_CHILD = WorkItem.task(4, "OPS-4", UPDATED).inEpic(1L);
    private static final WorkItem LONE = WorkItem.task(20, "NET-20", UPDATED);
    private static final WorkItem LONE_SUB = WorkItem.task(21, "NET-21", UPDATED).asSubtaskOf(20);
    private static final WorkItem OTHER = WorkItem.task(30, "NET-30", UPDATED);

    private static InMemoryWorkSource source() {
        return new InMemoryWorkSource().put(OTHER, LONE_SUB, LONE, OPS_CHILD, STORY_SUB_B, STORY_SUB_A, STORY, EPIC);
    }

    private static List<String> keys(List<WorkItem> items) {
        return items.stream().map(item -> item.key().value()).toList();
    }

    @Test
    void anIssueKeyLinkFindsTheIssueAndItsSubtasks() {
        assertThat(keys(source().workFor(List.of(WorkLink.issue("NET-2")), ANA))).containsExactly("NET-2", "NET-3", "NET-10");
        assertThat(keys(source().workFor(List.of(WorkLink.issue("NET-20")), ANA))).containsExactly("NET-20", "NET-21");
        assertThat(keys(source().workFor(List.of(WorkLink.issue("NET-30")), ANA))).containsExactly("NET-30");
    }

    @Test
    void anIssueKeyLinkToAnEpicFindsTheEpicAndItsChildren() {
        assertThat(keys(source().workFor(List.of(WorkLink.issue("NET-1")), ANA)))
                .containsExactly("NET-1", "NET-2", "NET-3", "NET-10", "OPS-4");
    }

    @Test
    void anEpicLinkFindsTheChildrenAndTheirSubtasksButNotTheEpic() {
        List<WorkItem> found = source().workFor(List.of(WorkLink.epic("NET-1")), ANA);
        assertThat(keys(found)).containsExactly("NET-2", "NET-3", "NET-10", "OPS-4");
        assertThat(found).doesNotContain(EPIC);
    }

    @Test
    void anEpicLinkToAnIssueWithoutChildrenFindsNothing() {
        assertThat(source().workFor(List.of(WorkLink.epic("NET-30")), ANA)).isEmpty();
    }

    @Test
    void aJqlLinkFindsTheDeclaredAnswer() {
        InMemoryWorkSource source = source().answer("project = NET AND labels = wifi", "NET-30", "NET-20", "NET-99");
        assertThat(keys(source.workFor(List.of(WorkLink.jql("  project = NET AND labels = wifi ")), ANA)))
                .containsExactly("NET-20", "NET-21", "NET-30");
        assertThat(source.workFor(List.of(WorkLink.jql("project = NET AND labels = cabling")), ANA)).isEmpty();
    }

    @Test
    void anIssueFoundByTwoLinksAppearsOnce() {
        InMemoryWorkSource source = source().answer("labels = wifi", "NET-2", "NET-3");
        List<WorkItem> found = source.workFor(List.of(WorkLink.issue("NET-2"), WorkLink.epic("NET-1"),
                WorkLink.jql("labels = wifi"), WorkLink.issue("NET-3")), ANA);
        assertThat(keys(found)).containsExactly("NET-2", "NET-3", "NET-10", "OPS-4");
        assertThat(found).doesNotHaveDuplicates();
    }

    @Test
    void resultsAreOrderedByKeyAsJiraListsThem() {
        InMemoryWorkSource source = source().answer("everything", "OPS-4", "NET-30", "NET-10", "NET-2", "NET-1", "NET-20");
        assertThat(keys(source.workFor(List.of(WorkLink.jql("everything")), ANA)))
                .containsExactly("NET-1", "NET-2", "NET-3", "NET-10", "NET-20", "NET-21", "NET-30", "OPS-4");
    }

    @Test
    void unknownKeysFindNothing() {
        InMemoryWorkSource source = source().answer("labels = gone", "NET-404");
        assertThat(source.workFor(List.of(WorkLink.issue("NET-404"), WorkLink.epic("NET-405"),
                WorkLink.jql("labels = gone")), ANA)).isEmpty();
        assertThat(source.workFor(List.of(), ANA)).isEmpty();
        assertThat(new InMemoryWorkSource().workFor(List.of(WorkLink.issue("NET-1")), ANA)).isEmpty();
    }

    @Test
    void aRestrictedViewerNeverSeesOtherProjectsIssues() {
        WorkItem opsSubtask = WorkItem.task(40, "OPS-40", UPDATED).asSubtaskOf(20);
        InMemoryWorkSource source = source().put(opsSubtask).restrict(CLIENT, Set.of("NET"))
                .answer("everything", "OPS-4", "NET-30", "NET-2", "NET-20");
        List<WorkLink> links = List.of(WorkLink.issue("NET-1"), WorkLink.issue("NET-20"), WorkLink.issue("OPS-4"),
                WorkLink.jql("everything"));

        List<WorkItem> seen = source.workFor(links, CLIENT);
        assertThat(keys(seen)).containsExactly("NET-1", "NET-2", "NET-3", "NET-10", "NET-20", "NET-21", "NET-30");
        assertThat(seen).allSatisfy(item -> assertThat(item.key().projectKey()).isEqualTo("NET"));

        // Others are not restricted.
        assertThat(keys(source.workFor(links, ANA))).contains("OPS-4", "OPS-40");
    }

    @Test
    void aViewerRestrictedToNoProjectsSeesNothing() {
        InMemoryWorkSource source = source().restrict(CLIENT, Set.of());
        assertThat(source.workFor(List.of(WorkLink.issue("NET-1"), WorkLink.epic("NET-1")), CLIENT)).isEmpty();
    }

    @Test
    void aLinkToAnIssueTheViewerMayNotSeeFindsNothing() {
        // OPS-50 is an epic in a project the client may not see, with a child in one it may see.
        WorkItem opsEpic = WorkItem.task(50, "OPS-50", UPDATED).asEpic();
        WorkItem netChild = WorkItem.task(51, "NET-51", UPDATED).inEpic(50L);
        InMemoryWorkSource source = source().put(opsEpic, netChild).restrict(CLIENT, Set.of("NET"));

        assertThat(source.workFor(List.of(WorkLink.issue("OPS-50")), CLIENT)).isEmpty();
        assertThat(source.workFor(List.of(WorkLink.epic("OPS-50")), CLIENT)).isEmpty();
        assertThat(keys(source.workFor(List.of(WorkLink.epic("OPS-50")), ANA))).containsExactly("NET-51");
    }

    @Test
    void anIssueTheViewerMayNotSeeBringsInNoneOfItsSubtasks() {
        WorkItem opsParent = WorkItem.task(60, "OPS-60", UPDATED).inEpic(1L);
        WorkItem netSubtask = WorkItem.task(61, "NET-61", UPDATED).asSubtaskOf(60);
        InMemoryWorkSource source = source().put(opsParent, netSubtask).restrict(CLIENT, Set.of("NET"))
                .answer("labels = ops", "OPS-60");

        assertThat(source.workFor(List.of(WorkLink.issue("OPS-60"), WorkLink.jql("labels = ops")), CLIENT)).isEmpty();
        assertThat(keys(source.workFor(List.of(WorkLink.epic("NET-1")), CLIENT))).containsExactly("NET-2", "NET-3", "NET-10");
        assertThat(keys(source.workFor(List.of(WorkLink.epic("NET-1")), ANA)))
                .containsExactly("NET-2", "NET-3", "NET-10", "NET-61", "OPS-4", "OPS-60");
    }

    @Test
    void keysAreMatchedCaseInsensitively() {
        InMemoryWorkSource source = source().answer("labels = wifi", "net-30");
        assertThat(WorkLink.issue("net-20").target()).isEqualTo("NET-20");
        assertThat(keys(source.workFor(List.of(WorkLink.issue("net-20")), ANA))).containsExactly("NET-20", "NET-21");
        assertThat(keys(source.workFor(List.of(WorkLink.epic("Net-1")), ANA)))
                .containsExactly("NET-2", "NET-3", "NET-10", "OPS-4");
        assertThat(keys(source.workFor(List.of(WorkLink.jql("labels = wifi")), ANA))).containsExactly("NET-30");
        assertThat(keys(new InMemoryWorkSource().put(WorkItem.task(7, "ops-7", UPDATED))
                .workFor(List.of(WorkLink.issue("OPS-7")), ANA))).containsExactly("OPS-7");
    }

    @Test
    void replacingAnIssueByIdFindsItUnderItsNewKeyOnly() {
        InMemoryWorkSource source = source().put(WorkItem.task(30, "OPS-31", UPDATED));
        assertThat(source.workFor(List.of(WorkLink.issue("NET-30")), ANA)).isEmpty();
        assertThat(keys(source.workFor(List.of(WorkLink.issue("OPS-31")), ANA))).containsExactly("OPS-31");
    }

    @Test
    void aRemovedIssueIsFoundNoMore() {
        InMemoryWorkSource source = source();
        source.remove(10);
        source.remove(999);
        assertThat(keys(source.workFor(List.of(WorkLink.issue("NET-2")), ANA))).containsExactly("NET-2", "NET-3");
        assertThat(source.workFor(List.of(WorkLink.issue("NET-10")), ANA)).isEmpty();
    }
}
