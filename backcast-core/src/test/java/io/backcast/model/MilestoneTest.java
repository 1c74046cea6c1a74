package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.assertUnmodifiable;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 4);
    private static final LocalDate FINISH = LocalDate.of(2024, 3, 15);
    private static final LocalDate SNET = LocalDate.of(2024, 3, 1);
    private static final LocalDate FNLT = LocalDate.of(2024, 4, 30);
    private static final List<Dependency> PREDECESSORS = List.of(Dependency.after(2), new Dependency(3, DependencyType.SS, 2));

    private static Milestone milestone() {
        return new Milestone(7, 1, "Network cabled", 10, false, SNET, FNLT, "jsmith", "adoe", START, FINISH, 4,
                PREDECESSORS, Set.of(11, 12));
    }

    @Test
    void createMakesAnUnstoredMilestoneOfOurOwn() {
        Milestone milestone = Milestone.create(1, " Network cabled ", 10);
        assertThat(milestone).isEqualTo(new Milestone(0, 1, "Network cabled", 10, false, null, null, null, null, null, null, 0,
                List.of(), Set.of()));
    }

    // --- name, ids, duration ----------------------------------------------------------------

    @Test
    void rejectsBlankName() {
        assertInvalid("milestone.name", "milestone.name must not be blank", () -> Milestone.create(1, " ", 10));
        assertInvalid("milestone.name", "milestone.name must not be blank", () -> Milestone.create(1, null, 10));
    }

    @Test
    void acceptsNameOfExactly255Characters() {
        assertThat(Milestone.create(1, chars(255), 10).name()).hasSize(255);
    }

    @Test
    void rejectsNameOf256Characters() {
        assertInvalid("milestone.name", "milestone.name must be at most 255 characters (was 256)", () -> Milestone.create(1, chars(256), 10));
    }

    @Test
    void rejectsNulCharacterInName() {
        assertInvalid("milestone.name", "milestone.name must not contain a NUL character", () -> Milestone.create(1, "Net\0work", 10));
    }

    @Test
    void rejectsMissingPlanId() {
        assertInvalid("milestone.planId", "milestone.planId must name a stored value (was 0)", () -> Milestone.create(0, "Network cabled", 10));
        assertInvalid("milestone.planId", "milestone.planId must name a stored value (was -1)", () -> Milestone.create(-1, "Network cabled", 10));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("milestone.id", "milestone.id must not be negative (was -1)", () -> milestone().withId(-1));
    }

    @Test
    void rejectsNegativeSortOrder() {
        assertInvalid("milestone.sortOrder", "milestone.sortOrder must not be negative (was -1)", () -> milestone().withSortOrder(-1));
    }

    @Test
    void acceptsDurationOfZeroAndOf10000Days() {
        assertThat(Milestone.create(1, "Power on", 0).durationDays()).isZero();
        assertThat(Milestone.create(1, "Long haul", 10_000).durationDays()).isEqualTo(10_000);
    }

    @Test
    void rejectsNegativeDuration() {
        assertInvalid("milestone.durationDays", "milestone.durationDays must be between 0 and 10000 (was -1)",
                () -> Milestone.create(1, "Network cabled", -1));
    }

    @Test
    void rejectsDurationOver10000Days() {
        assertInvalid("milestone.durationDays", "milestone.durationDays must be between 0 and 10000 (was 10001)",
                () -> Milestone.create(1, "Network cabled", 10_001));
    }

    @Test
    void trimsOwnersAndTurnsBlankIntoNull() {
        Milestone milestone = milestone().withOwners("  bwayne ", "");
        assertThat(milestone.owner()).isEqualTo("bwayne");
        assertThat(milestone.secondaryOwner()).isNull();
    }

    @Test
    void rejectsOverLongOwners() {
        assertInvalid("milestone.owner", "milestone.owner must be at most 255 characters (was 256)",
                () -> milestone().withOwners(chars(256), null));
        assertInvalid("milestone.secondaryOwner", "milestone.secondaryOwner must be at most 255 characters (was 256)",
                () -> milestone().withOwners(null, chars(256)));
    }

    @Test
    void constraintsAreOptional() {
        assertThat(milestone().withConstraints(null, null).startNoEarlierThan()).isNull();
        assertThat(milestone().withConstraints(null, null).finishNoLaterThan()).isNull();
    }

    @Test
    void rejectsAFinishNoLaterThanBeforeTheStartNoEarlierThan() {
        assertInvalid("milestone.finishNoLaterThan",
                "milestone.finishNoLaterThan must not be before its start-no-earlier-than date (2024-03-01)",
                () -> milestone().withConstraints(SNET, SNET.minusDays(1)));
    }

    @Test
    void acceptsBothConstraintsOnTheSameDay() {
        assertThat(milestone().withConstraints(SNET, SNET).finishNoLaterThan()).isEqualTo(SNET);
    }

    @Test
    void rejectsConstraintDatesOutOfRange() {
        assertInvalid("milestone.startNoEarlierThan", "milestone.startNoEarlierThan must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> milestone().withConstraints(LocalDate.of(1999, 12, 31), null));
    }

    // --- actual dates -----------------------------------------------------------------------

    @Test
    void acceptsActualStartWithoutFinish() {
        Milestone started = Milestone.create(1, "Network cabled", 10).withActuals(START, null);
        assertThat(started.actualStart()).isEqualTo(START);
        assertThat(started.actualFinish()).isNull();
    }

    @Test
    void acceptsActualFinishOnTheStartDay() {
        assertThat(Milestone.create(1, "Network cabled", 10).withActuals(START, START).actualFinish()).isEqualTo(START);
    }

    @Test
    void rejectsActualFinishWithoutStart() {
        assertInvalid("milestone.actualFinish", "milestone.actualFinish needs an actual start",
                () -> Milestone.create(1, "Network cabled", 10).withActuals(null, FINISH));
    }

    @Test
    void rejectsActualFinishBeforeStart() {
        assertInvalid("milestone.actualFinish", "milestone.actualFinish must not be before the actual start (2024-03-04)",
                () -> Milestone.create(1, "Network cabled", 10).withActuals(START, START.minusDays(1)));
    }

    @Test
    void rejectsActualDatesOutOfRange() {
        assertInvalid("milestone.actualStart", "milestone.actualStart must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> Milestone.create(1, "Network cabled", 10).withActuals(LocalDate.of(1999, 12, 31), null));
        assertInvalid("milestone.actualFinish", "milestone.actualFinish must be between 2000-01-01 and 2100-12-31 (was 2101-01-01)",
                () -> Milestone.create(1, "Network cabled", 10).withActuals(START, LocalDate.of(2101, 1, 1)));
    }

    @Test
    void acceptsActualDatesOnTheFirstAndLastDate() {
        Milestone milestone = Milestone.create(1, "Network cabled", 10).withActuals(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
        assertThat(milestone.actualStart()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(milestone.actualFinish()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void pointMilestoneAcceptsStartEqualToFinish() {
        Milestone powerOn = Milestone.create(1, "Power on", 0).withExternal(true).withActuals(START, START);
        assertThat(powerOn.actualStart()).isEqualTo(START);
        assertThat(powerOn.actualFinish()).isEqualTo(START);
    }

    @Test
    void pointMilestoneRejectsFinishAfterStart() {
        assertInvalid("milestone.actualFinish", "milestone.actualFinish of a point milestone (0 days) must equal its actual start",
                () -> Milestone.create(1, "Power on", 0).withActuals(START, START.plusDays(1)));
    }

    @Test
    void pointMilestoneRejectsStartWithoutFinish() {
        assertInvalid("milestone.actualFinish", "milestone.actualFinish of a point milestone (0 days) must equal its actual start",
                () -> Milestone.create(1, "Power on", 0).withActuals(START, null));
    }

    @Test
    void shorteningAStartedMilestoneToAPointIsChecked() {
        assertInvalid("milestone.actualFinish", "milestone.actualFinish of a point milestone (0 days) must equal its actual start",
                () -> milestone().withDurationDays(0));
    }

    // --- predecessors -----------------------------------------------------------------------

    @Test
    void rejectsStoredMilestoneDependingOnItself() {
        assertInvalid("milestone.predecessors", "milestone.predecessors must not make 'Network cabled' depend on itself",
                () -> milestone().withPredecessors(List.of(Dependency.after(2), Dependency.after(7))));
    }

    @Test
    void rejectsSelfDependencyOnceTheIdIsSet() {
        Milestone unstored = Milestone.create(1, "Network cabled", 10).withPredecessors(List.of(Dependency.after(7)));
        assertThat(unstored.predecessors()).containsExactly(Dependency.after(7));
        assertInvalid("milestone.predecessors", "milestone.predecessors must not make 'Network cabled' depend on itself",
                () -> unstored.withId(7));
    }

    @Test
    void acceptsPredecessorsOnceStoredUnderAnotherId() {
        Milestone unstored = Milestone.create(1, "Network cabled", 10).withPredecessors(List.of(Dependency.after(7)));
        assertThat(unstored.withId(8).id()).isEqualTo(8);
    }

    @Test
    void rejectsTwoDependenciesOnTheSamePredecessor() {
        assertInvalid("milestone.predecessors", "milestone.predecessors of 'Network cabled' must not list milestone 3 twice",
                () -> milestone().withPredecessors(List.of(Dependency.after(3), Dependency.after(2), Dependency.after(3))));
    }

    @Test
    void rejectsTwoDependenciesOnTheSamePredecessorEvenOfDifferentTypes() {
        assertInvalid("milestone.predecessors", "milestone.predecessors of 'Network cabled' must not list milestone 3 twice",
                () -> milestone().withPredecessors(List.of(Dependency.after(3), new Dependency(3, DependencyType.SS, 5))));
    }

    @Test
    void rejectsEmptyPredecessorEntry() {
        assertInvalid("milestone.predecessors", "milestone.predecessors must not contain an empty entry",
                () -> milestone().withPredecessors(Arrays.asList(Dependency.after(2), null)));
    }

    @Test
    void treatsMissingPredecessorsAsNone() {
        assertThat(milestone().withPredecessors(null).predecessors()).isEmpty();
    }

    @Test
    void copiesPredecessors() {
        List<Dependency> predecessors = new ArrayList<>(List.of(Dependency.after(2)));
        Milestone milestone = milestone().withPredecessors(predecessors);
        predecessors.add(Dependency.after(3));
        assertThat(milestone.predecessors()).containsExactly(Dependency.after(2));
    }

    @Test
    void predecessorsCannotBeModified() {
        assertUnmodifiable(milestone().predecessors(), Dependency.after(9));
    }

    // --- outcomes ---------------------------------------------------------------------------

    @Test
    void sortsOutcomeIds() {
        assertThat(milestone().withOutcomes(Set.of(30, 10, 20)).outcomeIds()).containsExactly(10, 20, 30);
    }

    @Test
    void treatsMissingOutcomeIdsAsNone() {
        assertThat(milestone().withOutcomes(null).outcomeIds()).isEmpty();
    }

    @Test
    void rejectsOutcomeIdThatNamesNoStoredOutcome() {
        assertInvalid("milestone.outcomeIds", "milestone.outcomeIds must name a stored value (was 0)",
                () -> milestone().withOutcomes(Set.of(11, 0)));
        assertInvalid("milestone.outcomeIds", "milestone.outcomeIds must name a stored value (was -5)",
                () -> milestone().withOutcomes(Set.of(-5)));
    }

    @Test
    void rejectsEmptyOutcomeIdEntry() {
        assertInvalid("milestone.outcomeIds", "milestone.outcomeIds must not contain an empty entry",
                () -> milestone().withOutcomes(new HashSet<>(Arrays.asList(11, null))));
    }

    @Test
    void copiesOutcomeIds() {
        Set<Integer> outcomeIds = new HashSet<>(Set.of(11));
        Milestone milestone = milestone().withOutcomes(outcomeIds);
        outcomeIds.add(12);
        assertThat(milestone.outcomeIds()).containsExactly(11);
    }

    @Test
    void outcomeIdsCannotBeModified() {
        assertUnmodifiable(milestone().outcomeIds(), 99);
        assertUnmodifiable(Milestone.create(1, "Network cabled", 10).outcomeIds(), 99);
    }

    // --- with methods -----------------------------------------------------------------------

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(milestone().withId(70)).isEqualTo(new Milestone(70, 1, "Network cabled", 10, false, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withNameChangesOnlyTheName() {
        assertThat(milestone().withName("Racks in")).isEqualTo(new Milestone(7, 1, "Racks in", 10, false, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withDurationDaysChangesOnlyTheDuration() {
        assertThat(milestone().withDurationDays(15)).isEqualTo(new Milestone(7, 1, "Network cabled", 15, false, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withExternalChangesOnlyTheExternalFlag() {
        assertThat(milestone().withExternal(true)).isEqualTo(new Milestone(7, 1, "Network cabled", 10, true, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withConstraintsChangesOnlyTheConstraints() {
        LocalDate other = LocalDate.of(2024, 2, 1);
        assertThat(milestone().withConstraints(other, null)).isEqualTo(new Milestone(7, 1, "Network cabled", 10, false, other, null, "jsmith", "adoe",
                START, FINISH, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withOwnersChangesOnlyTheOwners() {
        assertThat(milestone().withOwners("bwayne", null)).isEqualTo(new Milestone(7, 1, "Network cabled", 10, false, SNET, FNLT, "bwayne", null,
                START, FINISH, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withActualsChangesOnlyTheActualDates() {
        assertThat(milestone().withActuals(START, null)).isEqualTo(new Milestone(7, 1, "Network cabled", 10, false, SNET, FNLT, "jsmith", "adoe",
                START, null, 4, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withSortOrderChangesOnlyTheSortOrder() {
        assertThat(milestone().withSortOrder(0)).isEqualTo(new Milestone(7, 1, "Network cabled", 10, false, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 0, PREDECESSORS, Set.of(11, 12)));
    }

    @Test
    void withPredecessorsChangesOnlyThePredecessors() {
        List<Dependency> other = List.of(Dependency.after(5));
        assertThat(milestone().withPredecessors(other)).isEqualTo(new Milestone(7, 1, "Network cabled", 10, false, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 4, other, Set.of(11, 12)));
    }

    @Test
    void withOutcomesChangesOnlyTheOutcomes() {
        assertThat(milestone().withOutcomes(Set.of(13))).isEqualTo(new Milestone(7, 1, "Network cabled", 10, false, SNET, FNLT, "jsmith", "adoe",
                START, FINISH, 4, PREDECESSORS, Set.of(13)));
    }

    @Test
    void withMethodsLeaveTheOriginalUnchanged() {
        Milestone original = milestone();
        original.withName("Other");
        original.withPredecessors(List.of());
        original.withOutcomes(Set.of());
        assertThat(original).isEqualTo(milestone());
    }
}
