package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RollupPolicyTest {

    @Test
    void defaultCountsItemsDoneByStatusCategory() {
        assertThat(RollupPolicy.DEFAULT).isEqualTo(new RollupPolicy(WeightMethod.COUNT, DoneRule.STATUS_CATEGORY, false, 5, 14));
    }

    @Test
    void rejectsAFloatThresholdOutOfRange() {
        assertInvalid("policy.atRiskFloatDays", "policy.atRiskFloatDays must be between 0 and 1000 (was -1)",
                () -> RollupPolicy.DEFAULT.withThresholds(-1, 14));
        assertInvalid("policy.atRiskFloatDays", "policy.atRiskFloatDays must be between 0 and 1000 (was 1001)",
                () -> RollupPolicy.DEFAULT.withThresholds(1_001, 14));
    }

    @Test
    void rejectsAStalenessLimitOutOfRange() {
        assertInvalid("policy.staleAfterDays", "policy.staleAfterDays must be between 1 and 3650 (was 0)",
                () -> RollupPolicy.DEFAULT.withThresholds(5, 0));
    }

    @Test
    void rejectsAMissingMethodOrRule() {
        assertInvalid("policy.weightMethod", "policy.weightMethod is required", () -> RollupPolicy.DEFAULT.withWeightMethod(null));
        assertInvalid("policy.doneRule", "policy.doneRule is required", () -> RollupPolicy.DEFAULT.withDoneRule(null));
    }

    @Test
    void readsMethodNamesWhateverTheirCase() {
        assertThat(RollupPolicy.weightMethodNamed(" story_points ")).isEqualTo(WeightMethod.STORY_POINTS);
        assertThat(RollupPolicy.doneRuleNamed("status_category_and_resolution")).isEqualTo(DoneRule.STATUS_CATEGORY_AND_RESOLUTION);
    }

    @Test
    void rejectsAnUnknownMethodNameNamingTheChoices() {
        assertInvalid("policy.weightMethod",
                "policy.weightMethod must be one of [COUNT, STORY_POINTS, ORIGINAL_ESTIMATE] (was 'T_SHIRTS')",
                () -> RollupPolicy.weightMethodNamed("T_SHIRTS"));
        assertInvalid("policy.doneRule", "policy.doneRule must be one of [STATUS_CATEGORY, STATUS_CATEGORY_AND_RESOLUTION] (was 'resolved')",
                () -> RollupPolicy.doneRuleNamed("resolved"));
        assertInvalid("policy.weightMethod", "policy.weightMethod must not be blank", () -> RollupPolicy.weightMethodNamed(" "));
    }

    @Test
    void aDoneItemWithoutResolutionIsDoneOnlyUnderTheStatusCategoryRule() {
        WorkItem doneUnresolved = WorkItem.task(1, "NET-1", Instant.parse("2026-11-20T10:00:00Z"))
                .withStatus(StatusCategory.DONE, null);

        assertThat(RollupPolicy.DEFAULT.isDone(doneUnresolved)).isTrue();
        assertThat(RollupPolicy.DEFAULT.withDoneRule(DoneRule.STATUS_CATEGORY_AND_RESOLUTION).isDone(doneUnresolved)).isFalse();
        assertThat(RollupPolicy.DEFAULT.withDoneRule(DoneRule.STATUS_CATEGORY_AND_RESOLUTION)
                .isDone(doneUnresolved.withStatus(StatusCategory.DONE, "Fixed"))).isTrue();
    }
}
