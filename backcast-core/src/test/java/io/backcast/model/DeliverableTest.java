package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.assertUnmodifiable;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliverableTest {

    private static final List<WorkLink> LINKS = List.of(WorkLink.issue("NET-42"), WorkLink.epic("NET-7"));

    private static Deliverable deliverable() {
        return new Deliverable(3, 5, "Access points installed", 2.5, 8, 1, LINKS);
    }

    @Test
    void createMakesAnUnstoredUnlinkedDeliverableOfWeightOne() {
        Deliverable deliverable = Deliverable.create(5, " Access points installed ");
        assertThat(deliverable).isEqualTo(new Deliverable(0, 5, "Access points installed", 1, null, 0, List.of()));
        assertThat(deliverable.isLinked()).isFalse();
    }

    @Test
    void isLinkedOnceWorkIsLinked() {
        assertThat(deliverable().isLinked()).isTrue();
    }

    @Test
    void rejectsBlankName() {
        assertInvalid("deliverable.name", "deliverable.name must not be blank", () -> Deliverable.create(5, "  "));
        assertInvalid("deliverable.name", "deliverable.name must not be blank", () -> Deliverable.create(5, null));
    }

    @Test
    void acceptsNameOfExactly255Characters() {
        assertThat(Deliverable.create(5, chars(255)).name()).hasSize(255);
    }

    @Test
    void rejectsNameOf256Characters() {
        assertInvalid("deliverable.name", "deliverable.name must be at most 255 characters (was 256)",
                () -> Deliverable.create(5, chars(256)));
    }

    @Test
    void rejectsNulCharacterInName() {
        assertInvalid("deliverable.name", "deliverable.name must not contain a NUL character",
                () -> Deliverable.create(5, "Access\0points"));
    }

    @Test
    void acceptsZeroWeight() {
        assertThat(deliverable().withWeight(0).weight()).isZero();
    }

    @Test
    void rejectsNegativeWeight() {
        assertInvalid("deliverable.weight", "deliverable.weight must not be negative (was -0.1)", () -> deliverable().withWeight(-0.1));
    }

    @Test
    void rejectsNanWeight() {
        assertInvalid("deliverable.weight", "deliverable.weight must be a finite number (was NaN)",
                () -> deliverable().withWeight(Double.NaN));
    }

    @Test
    void rejectsInfiniteWeight() {
        assertInvalid("deliverable.weight", "deliverable.weight must be a finite number (was Infinity)",
                () -> deliverable().withWeight(Double.POSITIVE_INFINITY));
        assertInvalid("deliverable.weight", "deliverable.weight must be a finite number (was -Infinity)",
                () -> deliverable().withWeight(Double.NEGATIVE_INFINITY));
    }

    @Test
    void rejectsMissingOutcomeId() {
        assertInvalid("deliverable.outcomeId", "deliverable.outcomeId must name a stored value (was 0)",
                () -> Deliverable.create(0, "Access points installed"));
        assertInvalid("deliverable.outcomeId", "deliverable.outcomeId must name a stored value (was -2)",
                () -> Deliverable.create(-2, "Access points installed"));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("deliverable.id", "deliverable.id must not be negative (was -1)", () -> deliverable().withId(-1));
    }

    @Test
    void acceptsNoMilestone() {
        assertThat(deliverable().withMilestone(null).milestoneId()).isNull();
    }

    @Test
    void rejectsMilestoneIdThatNamesNoStoredMilestone() {
        assertInvalid("deliverable.milestoneId", "deliverable.milestoneId must name a stored value (was 0)",
                () -> deliverable().withMilestone(0));
        assertInvalid("deliverable.milestoneId", "deliverable.milestoneId must name a stored value (was -4)",
                () -> deliverable().withMilestone(-4));
    }

    @Test
    void rejectsNegativeSortOrder() {
        assertInvalid("deliverable.sortOrder", "deliverable.sortOrder must not be negative (was -1)",
                () -> deliverable().withSortOrder(-1));
    }

    @Test
    void treatsMissingWorkLinksAsNone() {
        assertThat(deliverable().withWorkLinks(null).workLinks()).isEmpty();
    }

    @Test
    void rejectsEmptyWorkLinkEntry() {
        assertInvalid("deliverable.workLinks", "deliverable.workLinks must not contain an empty entry",
                () -> deliverable().withWorkLinks(Arrays.asList(WorkLink.issue("NET-1"), null)));
    }

    @Test
    void rejectsDuplicateIssueLink() {
        assertInvalid("deliverable.workLinks", "deliverable.workLinks must not list ISSUE NET-42 twice",
                () -> deliverable().withWorkLinks(List.of(WorkLink.issue("NET-42"), WorkLink.issue("NET-1"), WorkLink.issue("NET-42"))));
    }

    @Test
    void rejectsDuplicateIssueLinkThatDiffersOnlyInCase() {
        assertInvalid("deliverable.workLinks", "deliverable.workLinks must not list ISSUE NET-42 twice",
                () -> deliverable().withWorkLinks(List.of(WorkLink.issue("NET-42"), WorkLink.issue(" net-42"))));
    }

    @Test
    void rejectsDuplicateJqlLink() {
        assertInvalid("deliverable.workLinks", "deliverable.workLinks must not list JQL project = NET twice",
                () -> deliverable().withWorkLinks(List.of(WorkLink.jql("project = NET"), WorkLink.jql("  project = NET\n"))));
    }

    @Test
    void rejectsDuplicateEpicLink() {
        assertInvalid("deliverable.workLinks", "deliverable.workLinks must not list EPIC NET-7 twice",
                () -> deliverable().withWorkLinks(List.of(WorkLink.epic("NET-7"), WorkLink.epic("NET-7"))));
    }

    @Test
    void acceptsSameKeyAsIssueAndAsEpic() {
        List<WorkLink> links = List.of(WorkLink.issue("NET-7"), WorkLink.epic("NET-7"));
        assertThat(deliverable().withWorkLinks(links).workLinks()).containsExactlyElementsOf(links);
    }

    @Test
    void copiesWorkLinks() {
        List<WorkLink> links = new ArrayList<>(List.of(WorkLink.issue("NET-1")));
        Deliverable deliverable = deliverable().withWorkLinks(links);
        links.add(WorkLink.issue("NET-2"));
        assertThat(deliverable.workLinks()).containsExactly(WorkLink.issue("NET-1"));
    }

    @Test
    void workLinksCannotBeModified() {
        assertUnmodifiable(deliverable().workLinks(), WorkLink.issue("NET-99"));
        assertUnmodifiable(Deliverable.create(5, "Cabling").workLinks(), WorkLink.issue("NET-99"));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(deliverable().withId(30)).isEqualTo(new Deliverable(30, 5, "Access points installed", 2.5, 8, 1, LINKS));
    }

    @Test
    void withNameChangesOnlyTheName() {
        assertThat(deliverable().withName(" Switches racked ")).isEqualTo(new Deliverable(3, 5, "Switches racked", 2.5, 8, 1, LINKS));
    }

    @Test
    void withWeightChangesOnlyTheWeight() {
        assertThat(deliverable().withWeight(4)).isEqualTo(new Deliverable(3, 5, "Access points installed", 4, 8, 1, LINKS));
    }

    @Test
    void withMilestoneChangesOnlyTheMilestone() {
        assertThat(deliverable().withMilestone(9)).isEqualTo(new Deliverable(3, 5, "Access points installed", 2.5, 9, 1, LINKS));
    }

    @Test
    void withSortOrderChangesOnlyTheSortOrder() {
        assertThat(deliverable().withSortOrder(6)).isEqualTo(new Deliverable(3, 5, "Access points installed", 2.5, 8, 6, LINKS));
    }

    @Test
    void withWorkLinksChangesOnlyTheWorkLinks() {
        List<WorkLink> other = List.of(WorkLink.jql("project = NET"));
        assertThat(deliverable().withWorkLinks(other)).isEqualTo(new Deliverable(3, 5, "Access points installed", 2.5, 8, 1, other));
    }
}
