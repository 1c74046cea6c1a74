package io.backcast.rollup;

import static io.backcast.rollup.RollupFixtures.EXACT;
import static io.backcast.rollup.RollupFixtures.YESTERDAY;
import static io.backcast.rollup.RollupFixtures.deliverable;
import static io.backcast.rollup.RollupFixtures.done;
import static io.backcast.rollup.RollupFixtures.engine;
import static io.backcast.rollup.RollupFixtures.hours;
import static io.backcast.rollup.RollupFixtures.inProgress;
import static io.backcast.rollup.RollupFixtures.toDo;
import static io.backcast.rollup.RollupFixtures.unlinked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.backcast.model.Deliverable;
import io.backcast.model.DoneRule;
import io.backcast.model.IssueKey;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StatusCategory;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import org.junit.jupiter.api.Test;

/** Worked examples of work items → one deliverable's progress (design §3.1). */
class DeliverableCalculatorTest {

    private static final Deliverable CABLING = deliverable(1, 1, "Network cabled");

    private static final RollupPolicy STORY_POINTS = RollupPolicy.DEFAULT.withWeightMethod(WeightMethod.STORY_POINTS);
    private static final RollupPolicy ORIGINAL_ESTIMATE = RollupPolicy.DEFAULT.withWeightMethod(WeightMethod.ORIGINAL_ESTIMATE);
    private static final RollupPolicy PARTIAL = RollupPolicy.DEFAULT.withPartialCredit(true);

    private static DeliverableRollup rollUp(RollupPolicy policy, WorkItem... items) {
        return engine(policy).rollUp(CABLING, List.of(items));
    }

    private static WorkItem doneWithoutResolution(long id, String key) {
        return toDo(id, key).withStatus(StatusCategory.DONE, null);
    }

    // --- done rule ---------------------------------------------------------------------

    @Test
    void anItemInTheDoneCategoryWithoutAResolutionIsDoneUnderTheStatusCategoryRule() {
        // NET-1 is in Done with no resolution, NET-2 to do; count: 1 done of 2 → 1/2
        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT, doneWithoutResolution(1, "NET-1"), toDo(2, "NET-2"));

        assertThat(rolled.status()).isEqualTo(DeliverableStatus.MEASURED);
        assertThat(rolled.progress()).isEqualTo(0.5);
        assertThat(rolled.breakdown().counted()).extracting(line -> line.item().key().value(), ItemLine::done,
                ItemLine::credit).containsExactly(tuple("NET-1", true, 1.0), tuple("NET-2", false, 0.0));
        assertThat(rolled.done()).isFalse();
    }

    @Test
    void anItemInTheDoneCategoryWithoutAResolutionIsNotDoneWhenTheRuleAlsoNeedsAResolution() {
        // the same two items; NET-1 lacks a resolution, so 0 done of 2 → 0/2;
        // a third item, Done with resolution "Done", makes it 1 of 3
        RollupPolicy needsResolution = RollupPolicy.DEFAULT.withDoneRule(DoneRule.STATUS_CATEGORY_AND_RESOLUTION);

        DeliverableRollup rolled = rollUp(needsResolution, doneWithoutResolution(1, "NET-1"), toDo(2, "NET-2"));
        DeliverableRollup withResolved = rollUp(needsResolution, doneWithoutResolution(1, "NET-1"), toDo(2, "NET-2"),
                done(3, "NET-3"));

        assertThat(rolled.progress()).isEqualTo(0.0);
        assertThat(rolled.breakdown().counted()).extracting(ItemLine::done).containsExactly(false, false);
        assertThat(rolled.started()).as("an item in the Done category has started").isTrue();
        assertThat(withResolved.progress()).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void aDeliverableIsDoneOnlyWhenEveryCountedItemIsDone() {
        // NET-1 and NET-2 done → 2/2 = 1, done; add NET-3 to do → 2/3, not done
        assertThat(rollUp(RollupPolicy.DEFAULT, done(1, "NET-1"), done(2, "NET-2")))
                .extracting(DeliverableRollup::progress, DeliverableRollup::done).containsExactly(1.0, true);
        DeliverableRollup partly = rollUp(RollupPolicy.DEFAULT, done(1, "NET-1"), done(2, "NET-2"), toDo(3, "NET-3"));
        assertThat(partly.progress()).isCloseTo(2.0 / 3, EXACT);
        assertThat(partly.done()).isFalse();
    }

    // --- weights -------------------------------------------------------------------------

    @Test
    void aMissingStoryPointEstimateWeighsTheMeanOfTheKnownOnesAndIsMarkedEstimated() {
        // 3 items: 2 done of weights 5 and 3, 1 not done with no points, weighing (5+3)/2 = 4 → 8/12 = 2/3
        DeliverableRollup rolled = rollUp(STORY_POINTS,
                done(1, "NET-1").withStoryPoints(5.0),
                done(2, "NET-2").withStoryPoints(3.0),
                inProgress(3, "NET-3"));

        assertThat(rolled.progress()).isCloseTo(2.0 / 3, EXACT);
        assertThat(rolled.breakdown().counted()).extracting(line -> line.item().key().value(), ItemLine::weight,
                ItemLine::estimated).containsExactly(tuple("NET-1", 5.0, false), tuple("NET-2", 3.0, false),
                tuple("NET-3", 4.0, true));
        assertThat(rolled.breakdown().estimatedWeights()).isEqualTo(1);
        assertThat(rolled.breakdown().totalWeight()).isEqualTo(12.0);
        assertThat(rolled.breakdown().earnedWeight()).isEqualTo(8.0);
        assertThat(rolled.breakdown().countedInstead()).isFalse();
    }

    @Test
    void theStandInMeanIsTakenWithinTheDeliverableOnly() {
        // 4 items: known points 1, 2 and 6 (mean 3); NET-4 missing weighs 3. Done: NET-3 (6) and NET-4 (3)
        // → 9/12 = 0.75
        DeliverableRollup rolled = rollUp(STORY_POINTS,
                toDo(1, "NET-1").withStoryPoints(1.0),
                toDo(2, "NET-2").withStoryPoints(2.0),
                done(3, "NET-3").withStoryPoints(6.0),
                done(4, "NET-4"));

        assertThat(rolled.progress()).isEqualTo(0.75);
        assertThat(rolled.breakdown().counted()).extracting(ItemLine::weight).containsExactly(1.0, 2.0, 6.0, 3.0);
        assertThat(rolled.breakdown().estimatedWeights()).isEqualTo(1);
    }

    @Test
    void whenNoItemHasStoryPointsEachWeighsOneAndAllAreEstimated() {
        // 3 items, none pointed: each weighs 1 (estimated); 1 done → 1/3
        DeliverableRollup rolled = rollUp(STORY_POINTS, done(1, "NET-1"), toDo(2, "NET-2"), inProgress(3, "NET-3"));

        assertThat(rolled.progress()).isCloseTo(1.0 / 3, EXACT);
        assertThat(rolled.breakdown().counted()).extracting(ItemLine::weight, ItemLine::estimated)
                .containsExactly(tuple(1.0, true), tuple(1.0, true), tuple(1.0, true));
        assertThat(rolled.breakdown().estimatedWeights()).isEqualTo(3);
        assertThat(rolled.breakdown().totalWeight()).isEqualTo(3.0);
        assertThat(rolled.breakdown().countedInstead()).isFalse();
    }

    @Test
    void originalEstimatesWeighInHours() {
        // NET-1 done, 90 minutes = 1.5 h; NET-2 to do, 6 h; NET-3 to do, no estimate: (1.5 + 6) / 2 = 3.75 h, estimated
        // → 1.5 / (1.5 + 6 + 3.75) = 1.5 / 11.25 = 2/15
        DeliverableRollup rolled = rollUp(ORIGINAL_ESTIMATE,
                done(1, "NET-1").withTime(Duration.ofMinutes(90), Duration.ZERO, hours(2)),
                toDo(2, "NET-2").withTime(hours(6), hours(6), null),
                toDo(3, "NET-3").withStoryPoints(8.0));

        assertThat(rolled.progress()).isCloseTo(2.0 / 15, EXACT);
        assertThat(rolled.breakdown().counted()).extracting(ItemLine::weight, ItemLine::estimated)
                .containsExactly(tuple(1.5, false), tuple(6.0, false), tuple(3.75, true));
        assertThat(rolled.breakdown().totalWeight()).isEqualTo(11.25);
        assertThat(rolled.breakdown().earnedWeight()).isEqualTo(1.5);
    }

    @Test
    void countWeighsEveryItemOneWhateverItsEstimates() {
        // 13 points done and 1 point to do still count 1 each → 1/2
        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT, done(1, "NET-1").withStoryPoints(13.0),
                toDo(2, "NET-2").withStoryPoints(1.0));

        assertThat(rolled.progress()).isEqualTo(0.5);
        assertThat(rolled.breakdown().counted()).extracting(ItemLine::weight, ItemLine::estimated)
                .containsExactly(tuple(1.0, false), tuple(1.0, false));
    }

    @Test
    void whenEveryCountedWeightIsZeroItemsAreCountedInstead() {
        // 3 items of 0 points: Σ weight = 0, so each counts 1 instead; 1 done → 1/3
        DeliverableRollup rolled = rollUp(STORY_POINTS,
                done(1, "NET-1").withStoryPoints(0.0),
                toDo(2, "NET-2").withStoryPoints(0.0),
                inProgress(3, "NET-3").withStoryPoints(0.0));

        assertThat(rolled.progress()).isCloseTo(1.0 / 3, EXACT);
        assertThat(rolled.breakdown().countedInstead()).isTrue();
        assertThat(rolled.breakdown().totalWeight()).isEqualTo(0.0);
        assertThat(rolled.breakdown().earnedWeight()).isEqualTo(0.0);
    }

    @Test
    void aMissingWeightBesideOnlyZeroWeightsStandsInAsZeroAndItemsAreCountedInstead() {
        // known points: 0 (mean 0); NET-2 has none and stands in as 0, estimated; Σ weight = 0 → 1 done of 2 = 1/2
        DeliverableRollup rolled = rollUp(STORY_POINTS, done(1, "NET-1").withStoryPoints(0.0), toDo(2, "NET-2"));

        assertThat(rolled.progress()).isEqualTo(0.5);
        assertThat(rolled.breakdown().countedInstead()).isTrue();
        assertThat(rolled.breakdown().counted()).extracting(ItemLine::weight, ItemLine::estimated)
                .containsExactly(tuple(0.0, false), tuple(0.0, true));
    }

    // --- hierarchy and duplicates --------------------------------------------------------------

    @Test
    void anEpicLinkedWithOneOfItsChildrenCountsOnlyTheChildOnce() {
        // links: the epic NET-10 (its children) and the issues NET-10 and NET-11, so the work source finds
        // NET-11 twice and the epic once. The epic is closed, its child in progress:
        // counted NET-11 only (once) → 0/1 = 0; the epic's own 8 points never weigh
        Deliverable linked = CABLING.withWorkLinks(List.of(WorkLink.epic("NET-10"), WorkLink.issue("NET-10"),
                WorkLink.issue("NET-11")));
        WorkItem epic = done(10, "NET-10").asEpic().withStoryPoints(8.0);
        WorkItem child = inProgress(11, "NET-11").inEpic(10L).withStoryPoints(3.0);

        DeliverableRollup rolled = engine(STORY_POINTS).rollUp(linked, List.of(child, epic, child));

        assertThat(rolled.progress()).isEqualTo(0.0);
        assertThat(rolled.breakdown().counted()).extracting(line -> line.item().key().value()).containsExactly("NET-11");
        assertThat(rolled.breakdown().excluded()).containsExactly(new Exclusion(epic, ExclusionReason.EPIC));
        assertThat(rolled.breakdown().totalWeight()).isEqualTo(3.0);
    }

    @Test
    void theSameIssueTwiceInTheInputCountsOnceAsItsNewestSnapshot() {
        // NET-5 arrives twice: to do at 20 Nov, done at 22 Nov → 1 item, the newer (done) → 1/1, in either order
        WorkItem older = toDo(5, "NET-5").withUpdated(Instant.parse("2026-11-20T09:00:00Z"));
        WorkItem newer = done(5, "NET-5").withUpdated(YESTERDAY);

        for (List<WorkItem> work : List.of(List.of(older, newer), List.of(newer, older))) {
            DeliverableRollup rolled = engine().rollUp(CABLING, work);
            assertThat(rolled.breakdown().counted()).extracting(ItemLine::item).containsExactly(newer);
            assertThat(rolled.progress()).isEqualTo(1.0);
            assertThat(rolled.breakdown().totalWeight()).isEqualTo(1.0);
        }
    }

    @Test
    void anIssueIsTheSameByIdEvenAfterItsKeyChanged() {
        // issue 7 was NET-7 and was moved to WIFI-3 (newer): one item, under its new key; plus NET-8 to do → 1/2
        WorkItem before = toDo(7, "NET-7").withUpdated(Instant.parse("2026-11-10T09:00:00Z"));
        WorkItem after = done(7, "WIFI-3");

        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT, before, toDo(8, "NET-8"), after);

        assertThat(rolled.breakdown().counted()).extracting(line -> line.item().key().value())
                .containsExactly("NET-8", "WIFI-3");
        assertThat(rolled.progress()).isEqualTo(0.5);
    }

    @Test
    void aParentWithSubTasksCountsThroughItsSubTasks() {
        // NET-20 (in progress) has sub-tasks NET-21 (done) and NET-22 (to do); NET-23 stands alone, done.
        // counted: NET-21, NET-22, NET-23 → 2/3; NET-20 excluded
        WorkItem parent = inProgress(20, "NET-20");
        WorkItem subDone = done(21, "NET-21").asSubtaskOf(20);
        WorkItem subToDo = toDo(22, "NET-22").asSubtaskOf(20);

        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT, parent, subDone, subToDo, done(23, "NET-23"));

        assertThat(rolled.progress()).isCloseTo(2.0 / 3, EXACT);
        assertThat(rolled.breakdown().counted()).extracting(line -> line.item().key().value())
                .containsExactly("NET-21", "NET-22", "NET-23");
        assertThat(rolled.breakdown().excluded())
                .containsExactly(new Exclusion(parent, ExclusionReason.PARENT_WITH_SUBTASKS));
    }

    @Test
    void aSubTaskWhoseParentWasNotFoundCountsItself() {
        // NET-31 is a sub-task of NET-30, which this deliverable did not find; NET-32 to do → 1/2, nothing excluded
        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT, done(31, "NET-31").asSubtaskOf(30), toDo(32, "NET-32"));

        assertThat(rolled.progress()).isEqualTo(0.5);
        assertThat(rolled.breakdown().excluded()).isEmpty();
    }

    @Test
    void countedItemsAreListedInJiraKeyOrder() {
        // NET-10 sorts after NET-2 (by number, not text); another project sorts by its key
        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT, toDo(3, "NET-10"), toDo(1, "WIFI-1"), toDo(2, "NET-2"));

        assertThat(rolled.breakdown().counted()).extracting(line -> line.item().key())
                .containsExactly(IssueKey.of("NET-2"), IssueKey.of("NET-10"), IssueKey.of("WIFI-1"));
    }

    // --- unlinked and no work ------------------------------------------------------------------

    @Test
    void aDeliverableWithNoWorkLinksIsUnlinkedWithNoProgressRatherThanZero() {
        DeliverableRollup rolled = engine().rollUp(unlinked(2, 1, "Captive page branded", 3), List.of());

        assertThat(rolled.status()).isEqualTo(DeliverableStatus.UNLINKED);
        assertThat(rolled.progress()).isNull();
        assertThat(rolled.done()).isFalse();
        assertThat(rolled.started()).isFalse();
        assertThat(rolled.weight()).isEqualTo(3.0);
        assertThat(rolled.breakdown().counted()).isEmpty();
        assertThat(rolled.breakdown().excluded()).isEmpty();
    }

    @Test
    void linksThatFindNothingGiveNoWorkWithNoProgress() {
        DeliverableRollup rolled = engine().rollUp(CABLING, List.of());

        assertThat(rolled.status()).isEqualTo(DeliverableStatus.NO_WORK);
        assertThat(rolled.progress()).isNull();
        assertThat(rolled.done()).isFalse();
    }

    @Test
    void linksThatFindOnlyAnEpicGiveNoWorkAndSayWhy() {
        // the epic NET-10 is found but has no children here: nothing countable
        WorkItem epic = inProgress(10, "NET-10").asEpic();

        DeliverableRollup rolled = engine().rollUp(CABLING, List.of(epic));

        assertThat(rolled.status()).isEqualTo(DeliverableStatus.NO_WORK);
        assertThat(rolled.progress()).isNull();
        assertThat(rolled.started()).isFalse();
        assertThat(rolled.breakdown().excluded()).containsExactly(new Exclusion(epic, ExclusionReason.EPIC));
    }

    // --- partial credit -----------------------------------------------------------------------

    @Test
    void partialCreditEarnsTheShareOfTimeSpent() {
        // NET-1: spent 3 h, remaining 1 h → 3/4 = 0.75; NET-2 to do, nothing spent → 0; NET-3 done → 1
        // → (0.75 + 0 + 1) / 3 = 1.75 / 3
        DeliverableRollup rolled = rollUp(PARTIAL,
                inProgress(1, "NET-1").withTime(hours(4), hours(1), hours(3)),
                toDo(2, "NET-2").withTime(hours(2), hours(2), Duration.ZERO),
                done(3, "NET-3").withTime(hours(1), hours(5), hours(1)));

        assertThat(rolled.breakdown().counted()).extracting(ItemLine::credit).containsExactly(0.75, 0.0, 1.0);
        assertThat(rolled.progress()).isCloseTo(1.75 / 3, EXACT);
        assertThat(rolled.breakdown().earnedWeight()).isEqualTo(1.75);
    }

    @Test
    void partialCreditIsCappedBelowOneEvenWhenNothingRemains() {
        // spent 8 h, remaining 0 → 8/8 = 1, capped at 0.99: only done work is done
        DeliverableRollup rolled = rollUp(PARTIAL, inProgress(1, "NET-1").withTime(hours(8), Duration.ZERO, hours(8)));

        assertThat(rolled.breakdown().counted().get(0).credit()).isEqualTo(0.99);
        assertThat(rolled.progress()).isEqualTo(0.99);
        assertThat(rolled.done()).isFalse();
    }

    @Test
    void partialCreditIsNothingWhenRemainingOrSpentIsUnknown() {
        // NET-1: spent 4 h, remaining unknown → 0; NET-2: remaining 2 h, spent unknown → 0; NET-3 done → 1 → 1/3
        DeliverableRollup rolled = rollUp(PARTIAL,
                inProgress(1, "NET-1").withTime(hours(6), null, hours(4)),
                inProgress(2, "NET-2").withTime(hours(6), hours(2), null),
                done(3, "NET-3"));

        assertThat(rolled.breakdown().counted()).extracting(ItemLine::credit).containsExactly(0.0, 0.0, 1.0);
        assertThat(rolled.progress()).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void partialCreditIsNothingWhenSpentAndRemainingAreBothZero() {
        DeliverableRollup rolled = rollUp(PARTIAL, inProgress(1, "NET-1").withTime(hours(0), Duration.ZERO, Duration.ZERO));

        assertThat(rolled.progress()).isEqualTo(0.0);
    }

    @Test
    void withoutPartialCreditUnfinishedItemsEarnNothing() {
        // the items of the partial-credit example: NET-1 (3 h of 4 spent) earns 0 → only NET-3 → 1/3
        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT,
                inProgress(1, "NET-1").withTime(hours(4), hours(1), hours(3)),
                toDo(2, "NET-2"),
                done(3, "NET-3"));

        assertThat(rolled.breakdown().counted()).extracting(ItemLine::credit).containsExactly(0.0, 0.0, 1.0);
        assertThat(rolled.progress()).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void partialCreditIsWeightedLikeAnyCredit() {
        // original estimate: NET-1 weighs 4 h, spent 1 h of 1 + 3 → 0.25; NET-2 weighs 12 h, done → 1
        // → (4 × 0.25 + 12 × 1) / 16 = 13/16
        DeliverableRollup rolled = rollUp(ORIGINAL_ESTIMATE.withPartialCredit(true),
                inProgress(1, "NET-1").withTime(hours(4), hours(3), hours(1)),
                done(2, "NET-2").withTime(hours(12), Duration.ZERO, hours(15)));

        assertThat(rolled.progress()).isEqualTo(13.0 / 16);
    }

    @Test
    void whenWeightsAreCountedInsteadPartialCreditStillCounts() {
        // 0 points each: counted instead; NET-1 earns 1/(1+1) = 0.5, NET-2 done → (0.5 + 1) / 2 = 0.75
        DeliverableRollup rolled = rollUp(STORY_POINTS.withPartialCredit(true),
                inProgress(1, "NET-1").withStoryPoints(0.0).withTime(hours(2), hours(1), hours(1)),
                done(2, "NET-2").withStoryPoints(0.0));

        assertThat(rolled.breakdown().countedInstead()).isTrue();
        assertThat(rolled.progress()).isEqualTo(0.75);
    }

    // --- what the outcome reads --------------------------------------------------------------

    @Test
    void onlyUnfinishedFlaggedOrBlockedWorkImpedesADeliverable() {
        // a flagged item that is done does not impede; a blocked one to do does
        DeliverableRollup doneFlagged = rollUp(RollupPolicy.DEFAULT, done(1, "NET-1").withImpediments(true, false),
                toDo(2, "NET-2"));
        DeliverableRollup blocked = rollUp(RollupPolicy.DEFAULT, done(1, "NET-1"),
                toDo(2, "NET-2").withImpediments(false, true));
        DeliverableRollup flagged = rollUp(RollupPolicy.DEFAULT, inProgress(1, "NET-1").withImpediments(true, false));

        assertThat(doneFlagged.impeded()).isFalse();
        assertThat(blocked.impeded()).isTrue();
        assertThat(flagged.impeded()).isTrue();
    }

    @Test
    void startedAndLastUnfinishedUpdateReadOnlyTheCountedItems() {
        // NET-1 to do, updated 1 Nov; NET-2 to do, updated 10 Nov; NET-3 done, updated 20 Nov:
        // started (NET-3 is done); the newest unfinished update is NET-2's, 10 Nov
        Instant nov10 = Instant.parse("2026-11-10T09:00:00Z");
        DeliverableRollup rolled = rollUp(RollupPolicy.DEFAULT,
                toDo(1, "NET-1").withUpdated(Instant.parse("2026-11-01T09:00:00Z")),
                toDo(2, "NET-2").withUpdated(nov10),
                done(3, "NET-3").withUpdated(Instant.parse("2026-11-20T09:00:00Z")));

        assertThat(rolled.started()).isTrue();
        assertThat(rolled.lastUnfinishedUpdate()).isEqualTo(nov10);

        DeliverableRollup notStarted = rollUp(RollupPolicy.DEFAULT, toDo(1, "NET-1"), toDo(2, "NET-2"));
        assertThat(notStarted.started()).isFalse();
    }

    @Test
    void theRollupCarriesTheDeliverablesIdsAndWeight() {
        Deliverable tied = deliverable(4, 2, "Access points installed", 2.5).withMilestone(11);

        DeliverableRollup rolled = engine().rollUp(tied, List.of(done(1, "NET-1")));

        assertThat(rolled).extracting(DeliverableRollup::deliverableId, DeliverableRollup::outcomeId,
                DeliverableRollup::milestoneId, DeliverableRollup::weight).containsExactly(4, 2, 11, 2.5);
    }
}
