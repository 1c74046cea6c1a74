package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WorkItemTest {

    private static final Instant UPDATED = Instant.parse("2026-11-20T10:00:00Z");

    private static WorkItem item() {
        return WorkItem.task(10_001, "NET-1", UPDATED);
    }

    @Test
    void startsAsAStandardTaskToDoWithNothingEstimated() {
        WorkItem item = item();

        assertThat(item.hierarchy()).isEqualTo(Hierarchy.STANDARD);
        assertThat(item.statusCategory()).isEqualTo(StatusCategory.TO_DO);
        assertThat(item.storyPoints()).isNull();
        assertThat(item.originalEstimate()).isNull();
        assertThat(item.isImpeded()).isFalse();
    }

    @Test
    void rejectsNegativeStoryPoints() {
        assertInvalid("workItem.storyPoints", "workItem.storyPoints must not be negative (was -3.0)",
                () -> item().withStoryPoints(-3.0));
    }

    @Test
    void rejectsStoryPointsThatAreNotANumber() {
        assertInvalid("workItem.storyPoints", "workItem.storyPoints must be a finite number (was NaN)",
                () -> item().withStoryPoints(Double.NaN));
        assertInvalid("workItem.storyPoints", "workItem.storyPoints must be a finite number (was Infinity)",
                () -> item().withStoryPoints(Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsNegativeEstimates() {
        assertInvalid("workItem.originalEstimate", "workItem.originalEstimate must not be negative (was PT-1H)",
                () -> item().withTime(Duration.ofHours(-1), null, null));
        assertInvalid("workItem.remainingEstimate", "workItem.remainingEstimate must not be negative (was PT-1S)",
                () -> item().withTime(null, Duration.ofSeconds(-1), null));
        assertInvalid("workItem.timeSpent", "workItem.timeSpent must not be negative (was PT-2M)",
                () -> item().withTime(null, null, Duration.ofMinutes(-2)));
    }

    @Test
    void rejectsANonPositiveId() {
        assertInvalid("workItem.id", "workItem.id must be positive (was 0)", () -> WorkItem.task(0, "NET-1", UPDATED));
    }

    @Test
    void rejectsASubtaskThatIsItsOwnParent() {
        assertInvalid("workItem.parentId", "workItem.parentId must not name the issue itself (NET-1)",
                () -> item().asSubtaskOf(10_001));
    }

    @Test
    void rejectsASubtaskWithoutAParent() {
        assertInvalid("workItem.parentId", "workItem.parentId is required for a sub-task (NET-1)",
                () -> new WorkItem(1, IssueKey.of("NET-1"), "Sub-task", Hierarchy.SUBTASK, StatusCategory.TO_DO, null, null,
                        null, null, null, null, null, false, false, UPDATED));
    }

    @Test
    void rejectsAMissingUpdateTime() {
        assertInvalid("workItem.updated", "workItem.updated is required", () -> item().withUpdated(null));
    }

    @Test
    void isImpededWhenFlaggedOrBlocked() {
        assertThat(item().withImpediments(true, false).isImpeded()).isTrue();
        assertThat(item().withImpediments(false, true).isImpeded()).isTrue();
    }

    @Test
    void doneMeansTheDoneCategoryWithResolutionDone() {
        assertThat(item().done().statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(item().done().resolution()).isEqualTo("Done");
    }

    @Test
    void readsJirasStatusCategoryKeys() {
        assertThat(StatusCategory.fromJiraKey("new")).isEqualTo(StatusCategory.TO_DO);
        assertThat(StatusCategory.fromJiraKey("indeterminate")).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(StatusCategory.fromJiraKey("DONE")).isEqualTo(StatusCategory.DONE);
        assertThat(StatusCategory.fromJiraKey("undefined")).isEqualTo(StatusCategory.TO_DO);
        assertInvalid("workItem.statusCategory", "workItem.statusCategory must be one of new, indeterminate, done (was 'finished')",
                () -> StatusCategory.fromJiraKey("finished"));
    }
}
