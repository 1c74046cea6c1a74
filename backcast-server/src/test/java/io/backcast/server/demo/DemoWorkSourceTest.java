package io.backcast.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.backcast.model.Hierarchy;
import io.backcast.model.StatusCategory;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.Viewer;

/** The demo's issues, and what its work source finds among them: only what the demo declared. */
class DemoWorkSourceTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);
    private static final Instant NOW = WEDNESDAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final Viewer VIEWER = new Viewer("demo.viewer");

    private final DemoWorkSource work = new DemoWorkSource(NOW);

    @Test
    void anIssueKeyFindsTheDeclaredIssueWithItsSubtasks() {
        assertThat(keys(work.workFor(List.of(WorkLink.issue("NET-2")), VIEWER))).containsExactly("NET-2", "NET-3", "NET-4");
        assertThat(keys(work.workFor(List.of(WorkLink.issue("SEC-1"), WorkLink.issue("SEC-2")), VIEWER)))
                .containsExactly("SEC-1", "SEC-2");
    }

    @Test
    void anEpicFindsItsDeclaredChildrenInKeyOrder() {
        List<WorkItem> found = work.workFor(List.of(WorkLink.epic("NET-10")), VIEWER);

        assertThat(keys(found)).containsExactly("NET-11", "NET-12", "NET-13", "NET-14", "NET-15", "NET-16", "NET-17", "NET-18");
        assertThat(found).allMatch(item -> item.epicId() == 10_010L);
    }

    @Test
    void aJqlQueryFindsWhatTheDemoDeclaredForExactlyThatQuery() {
        assertThat(keys(work.workFor(List.of(WorkLink.jql(DemoWorkItems.JQL_PKI)), VIEWER)))
                .containsExactly("SEC-10", "SEC-11", "SEC-12", "SEC-13", "SEC-14");
    }

    @Test
    void anyOtherQueryOrAnUnknownIssueFindsNothing() {
        assertThat(work.workFor(List.of(WorkLink.jql("project = SEC AND component = PKI")), VIEWER)).isEmpty();
        assertThat(work.workFor(List.of(WorkLink.jql("project = NET")), VIEWER)).isEmpty();
        assertThat(work.workFor(List.of(WorkLink.issue("NET-999"), WorkLink.epic("OPS-1")), VIEWER)).isEmpty();
    }

    @Test
    void everyViewerSeesTheSameWork() {
        List<WorkLink> links = List.of(WorkLink.epic("SEC-20"), WorkLink.jql(DemoWorkItems.JQL_CONTROLLER));

        assertThat(work.workFor(links, new Viewer("someone.else"))).isEqualTo(work.workFor(links, VIEWER)).hasSize(13);
    }

    @Test
    void theDemoHoldsAboutSixtyIssuesOfNetAndSecInMixedStates() {
        List<WorkItem> items = DemoWorkItems.items(NOW);

        assertThat(items).hasSizeBetween(55, 65);
        assertThat(items).extracting(WorkItem::id).doesNotHaveDuplicates();
        assertThat(items).extracting(item -> item.key().value()).doesNotHaveDuplicates();
        assertThat(items.stream().map(item -> item.key().projectKey()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("NET", "SEC");
        assertThat(items.stream().map(WorkItem::statusCategory).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS, StatusCategory.DONE);
        assertThat(items).filteredOn(WorkItem::flagged).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items).anyMatch(WorkItem::blocked);
        assertThat(items).filteredOn(item -> item.hierarchy() != Hierarchy.EPIC && item.storyPoints() == null)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(items).filteredOn(item -> item.hierarchy() == Hierarchy.SUBTASK).hasSizeGreaterThanOrEqualTo(4);
        assertThat(items).filteredOn(item -> item.hierarchy() == Hierarchy.EPIC).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items).allMatch(item -> !item.updated().isAfter(NOW));
    }

    @Test
    void theIssuesHaveTheSameIdsEveryTime() {
        Map<String, Long> first = idsByKey(DemoWorkItems.items(NOW));
        Map<String, Long> later = idsByKey(DemoWorkItems.items(NOW.plusSeconds(86_400 * 30)));

        assertThat(later).isEqualTo(first).contains(entry("NET-1", first.get("NET-1")));
    }

    private static Map<String, Long> idsByKey(List<WorkItem> items) {
        return items.stream().collect(Collectors.toMap(item -> item.key().value(), WorkItem::id));
    }

    private static List<String> keys(List<WorkItem> items) {
        return items.stream().map(item -> item.key().value()).toList();
    }
}
