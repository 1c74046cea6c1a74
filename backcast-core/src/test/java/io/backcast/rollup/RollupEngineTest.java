package io.backcast.rollup;

import static io.backcast.rollup.RollupFixtures.DEC_18;
import static io.backcast.rollup.RollupFixtures.EXACT;
import static io.backcast.rollup.RollupFixtures.NOW;
import static io.backcast.rollup.RollupFixtures.TODAY;
import static io.backcast.rollup.RollupFixtures.done;
import static io.backcast.rollup.RollupFixtures.engine;
import static io.backcast.rollup.RollupFixtures.inProgress;
import static io.backcast.rollup.RollupFixtures.outcome;
import static io.backcast.rollup.RollupFixtures.scheduleFor;
import static io.backcast.rollup.RollupFixtures.toDo;
import static io.backcast.rollup.RollupFixtures.unlinked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.ValidationException;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import org.junit.jupiter.api.Test;

/**
 * A small plan rolled up end to end, weighted by story points.
 *
 * <pre>
 * WiFi's up (needed by 18 Dec 2026)                      schedule: forecast 15 Dec, float 3,
 *   D1 Floor cabled, weight 2, milestone 10                'Access points mounted' 2 working days late
 *      NET-1 done 3 SP, NET-2 done 5 SP, NET-3 in progress, no SP (stands in as (3+5)/2 = 4)
 *      → 8/12 = 2/3
 *   D2 Access points installed, weight 1, milestone 11, the epic NET-10
 *      NET-10 epic (excluded), NET-11 to do 2 SP, NET-12 to do 2 SP → 0/4 = 0
 *   → (2 × 2/3 + 1 × 0) / 3 = 4/9; at risk by the late start
 * Guest portal live (needed by 29 Jan 2027)              no schedule
 *   D3 Portal configured, weight 1
 *      PORT-1 (excluded: parent) with sub-tasks PORT-2 done 1 SP and PORT-3 to do 3 SP;
 *      PORT-4 done, no SP (stands in as (1+3)/2 = 2) → (1 + 2) / 6 = 1/2
 *   D4 Captive page branded, weight 3, unlinked → no progress, left out
 *   → 1/2; on track, "50% done"
 * </pre>
 */
class RollupEngineTest {

    private static final RollupEngine ENGINE = engine(RollupPolicy.DEFAULT.withWeightMethod(WeightMethod.STORY_POINTS));

    private static final LocalDate JAN_29_2027 = LocalDate.of(2027, 1, 29);
    private static final Outcome WIFI_UP = outcome(1, "WiFi's up", DEC_18).withSortOrder(1);
    private static final Outcome PORTAL_LIVE = outcome(2, "Guest portal live", JAN_29_2027).withSortOrder(2);

    private static final Deliverable FLOOR_CABLED = new Deliverable(1, 1, "Floor cabled", 2, 10, 1,
            List.of(WorkLink.jql("project = NET AND component = Cabling")));
    private static final Deliverable APS_INSTALLED = new Deliverable(2, 1, "Access points installed", 1, 11, 2,
            List.of(WorkLink.epic("NET-10")));
    private static final Deliverable PORTAL_CONFIGURED = new Deliverable(3, 2, "Portal configured", 1, null, 1,
            List.of(WorkLink.issue("PORT-1"), WorkLink.issue("PORT-4")));
    private static final Deliverable PAGE_BRANDED = unlinked(4, 2, "Captive page branded", 3);

    private static final WorkItem NET_10 = inProgress(10, "NET-10").asEpic();
    private static final WorkItem PORT_1 = inProgress(101, "PORT-1").withStoryPoints(5.0);

    private static final OutcomeSchedule WIFI_SCHEDULE = new OutcomeSchedule(LocalDate.of(2026, 12, 15), 3,
            List.of(new LateStart(11, "Access points mounted", LocalDate.of(2026, 11, 19), 2)),
            Map.of(10, "Network cabled", 11, "Access points mounted"));

    private static RollupInput plan() {
        Map<Integer, Collection<WorkItem>> work = Map.of(
                1, List.of(done(1, "NET-1").withStoryPoints(3.0), done(2, "NET-2").withStoryPoints(5.0),
                        inProgress(3, "NET-3")),
                2, List.of(NET_10, toDo(11, "NET-11").inEpic(10L).withStoryPoints(2.0),
                        toDo(12, "NET-12").inEpic(10L).withStoryPoints(2.0)),
                3, List.of(PORT_1, done(102, "PORT-2").asSubtaskOf(101).withStoryPoints(1.0),
                        toDo(103, "PORT-3").asSubtaskOf(101).withStoryPoints(3.0), done(104, "PORT-4")));
        return new RollupInput(List.of(WIFI_UP, PORTAL_LIVE),
                List.of(FLOOR_CABLED, APS_INSTALLED, PORTAL_CONFIGURED, PAGE_BRANDED), work);
    }

    private static PlanRollup rollUp() {
        return ENGINE.rollUp(plan(), scheduleFor(1, WIFI_SCHEDULE), TODAY, NOW);
    }

    @Test
    void eachDeliverableRollsUpFromItsOwnWork() {
        PlanRollup plan = rollUp();

        assertThat(plan.deliverables()).containsOnlyKeys(1, 2, 3, 4);
        assertThat(plan.deliverable(1).progress()).isCloseTo(2.0 / 3, EXACT);
        assertThat(plan.deliverable(1).breakdown().estimatedWeights()).isEqualTo(1);
        assertThat(plan.deliverable(2).progress()).isEqualTo(0.0);
        assertThat(plan.deliverable(2).breakdown().excluded()).containsExactly(new Exclusion(NET_10, ExclusionReason.EPIC));
        assertThat(plan.deliverable(3).progress()).isEqualTo(0.5);
        assertThat(plan.deliverable(3).breakdown().excluded())
                .containsExactly(new Exclusion(PORT_1, ExclusionReason.PARENT_WITH_SUBTASKS));
        assertThat(plan.deliverable(3).breakdown().counted()).extracting(ItemLine::weight, ItemLine::estimated)
                .containsExactly(tuple(1.0, false),
                        tuple(3.0, false), tuple(2.0, true));
        assertThat(plan.deliverable(4).status()).isEqualTo(DeliverableStatus.UNLINKED);
        assertThat(plan.deliverable(4).progress()).isNull();
    }

    @Test
    void theFirstOutcomeIsAtRiskByItsLateStart() {
        OutcomeRollup wifi = rollUp().outcome(1);

        assertThat(wifi.progress()).isCloseTo(4.0 / 9, EXACT);
        assertThat(wifi.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(wifi.computedState()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(wifi.forecast()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(wifi.reasonText()).isEqualTo("'Access points mounted' should have started 2 working days ago");
        assertThat(wifi.phrase()).isEqualTo("WiFi's up — at risk: 'Access points mounted' should have started 2 working days ago");
    }

    @Test
    void theSecondOutcomeIsOnTrackWithItsUnlinkedDeliverableLeftOut() {
        OutcomeRollup portal = rollUp().outcome(2);

        assertThat(portal.progress()).isEqualTo(0.5);
        assertThat(portal.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(portal.forecast()).isNull();
        assertThat(portal.reasonText()).isEqualTo("50% done");
        assertThat(portal.phrase()).isEqualTo("Guest portal live — on track for 29 January 2027");
    }

    @Test
    void outcomesAndDeliverablesKeepThePlansOrder() {
        PlanRollup plan = rollUp();

        assertThat(plan.outcomes().keySet()).containsExactly(1, 2);
        assertThat(plan.deliverables().keySet()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aWholePlanRollUpEqualsItsPartsRolledUpOneByOne() {
        PlanRollup plan = rollUp();
        ScheduleView schedule = scheduleFor(1, WIFI_SCHEDULE);
        RollupInput input = plan();

        List<DeliverableRollup> wifiDeliverables = List.of(ENGINE.rollUp(FLOOR_CABLED, input.workOf(1)),
                ENGINE.rollUp(APS_INSTALLED, input.workOf(2)));
        assertThat(plan.outcome(1)).isEqualTo(ENGINE.rollUp(WIFI_UP, wifiDeliverables, schedule, TODAY, NOW));
        assertThat(plan.deliverable(4)).isEqualTo(ENGINE.rollUp(PAGE_BRANDED, input.workOf(4)));
    }

    @Test
    void withoutAScheduleTheFirstOutcomeIsOnTrackByProgress() {
        // no late start to see: 4/9 = 44.4 % → "44% done"
        OutcomeRollup wifi = ENGINE.rollUp(plan(), ScheduleView.NONE, TODAY, NOW).outcome(1);

        assertThat(wifi.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(wifi.reasonText()).isEqualTo("44% done");
        assertThat(wifi.phrase()).isEqualTo("WiFi's up — on track for 18 December");
    }

    @Test
    void anOutcomeWithoutDeliverablesIsRolledUpToo() {
        Outcome later = outcome(3, "Printers on the network", LocalDate.of(2027, 2, 26));
        RollupInput input = new RollupInput(List.of(WIFI_UP, later), List.of(FLOOR_CABLED), Map.of());

        OutcomeRollup rolled = ENGINE.rollUp(input, ScheduleView.NONE, TODAY, NOW).outcome(3);

        assertThat(rolled.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(rolled.progress()).isNull();
        assertThat(rolled.reasonText()).isEqualTo("no deliverables yet");
        assertThat(rolled.phrase()).isEqualTo("Printers on the network — not started; needed by 26 February 2027");
    }

    @Test
    void aDeliverableWhoseWorkIsMissingFromTheInputFindsNoWork() {
        // FLOOR_CABLED is linked but the input holds no work for it
        RollupInput input = new RollupInput(List.of(WIFI_UP), List.of(FLOOR_CABLED), Map.of());

        PlanRollup plan = ENGINE.rollUp(input, ScheduleView.NONE, TODAY, NOW);

        assertThat(plan.deliverable(1).status()).isEqualTo(DeliverableStatus.NO_WORK);
        assertThat(plan.outcome(1).progress()).isNull();
        assertThat(plan.outcome(1).state()).isEqualTo(OutcomeState.NOT_STARTED);
    }

    @Test
    void anInputNamingAnOutcomeItDoesNotHoldIsRejected() {
        assertThatThrownBy(() -> new RollupInput(List.of(WIFI_UP), List.of(FLOOR_CABLED, PORTAL_CONFIGURED), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("deliverable.outcomeId names outcome 2, which is not in the roll-up");
    }
}
