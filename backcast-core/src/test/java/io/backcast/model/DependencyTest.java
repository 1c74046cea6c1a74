package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DependencyTest {

    @Test
    void afterIsFinishToStartWithoutLag() {
        assertThat(Dependency.after(4)).isEqualTo(new Dependency(4, DependencyType.FS, 0));
    }

    @Test
    void acceptsLagOfPlusAndMinus1000() {
        assertThat(new Dependency(4, DependencyType.SS, 1_000).lagDays()).isEqualTo(1_000);
        assertThat(new Dependency(4, DependencyType.FF, -1_000).lagDays()).isEqualTo(-1_000);
    }

    @Test
    void rejectsLagOver1000() {
        assertInvalid("dependency.lagDays", "dependency.lagDays must be between -1000 and 1000 (was 1001)",
                () -> new Dependency(4, DependencyType.FS, 1_001));
    }

    @Test
    void rejectsLeadOver1000() {
        assertInvalid("dependency.lagDays", "dependency.lagDays must be between -1000 and 1000 (was -1001)",
                () -> new Dependency(4, DependencyType.SF, -1_001));
    }

    @Test
    void rejectsMissingPredecessor() {
        assertInvalid("dependency.predecessorId", "dependency.predecessorId must name a stored value (was 0)", () -> Dependency.after(0));
        assertInvalid("dependency.predecessorId", "dependency.predecessorId must name a stored value (was -1)", () -> Dependency.after(-1));
    }

    @Test
    void rejectsMissingType() {
        assertInvalid("dependency.type", "dependency.type is required", () -> new Dependency(4, null, 0));
    }
}
