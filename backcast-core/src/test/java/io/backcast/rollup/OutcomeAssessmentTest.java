package io.backcast.rollup;

import static io.backcast.rollup.RollupFixtures.DEC_18;
import static io.backcast.rollup.RollupFixtures.EXACT;
import static io.backcast.rollup.RollupFixtures.NOW;
import static io.backcast.rollup.RollupFixtures.TODAY;
import static io.backcast.rollup.RollupFixtures.deliverable;
import static io.backcast.rollup.RollupFixtures.done;
import static io.backcast.rollup.RollupFixtures.engine;
import static io.backcast.rollup.RollupFixtures.forecast;
import static io.backcast.rollup.RollupFixtures.inProgress;
import static io.backcast.rollup.RollupFixtures.outcome;
import static io.backcast.rollup.RollupFixtures.scheduleFor;
import static io.backcast.rollup.RollupFixtures.toDo;
import static io.backcast.rollup.RollupFixtures.unlinked;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkItem;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of deliverables → one outcome's progress, state, reason and phrase (design
 * §3.1), with the default policy (count; at risk under 5 working days of float or after 14
 * quiet days). The outcome "WiFi's up" is needed by Friday 18 December 2026; today is Monday
 * 23 November 2026.
 */
class OutcomeAssessmentTest {

    private static final int WIFI = 1;
    private static final Outcome WIFI_UP = outcome(WIFI, "WiFi's up", DEC_18);
    private static final int CABLED = 10;
    private static final int MOUNTED = 11;

    private static final RollupEngine ENGINE = engine();

    /** Deliverable {@code id} of "WiFi's up" with weight {@code weight}, rolled up from {@code items}. */
    private static DeliverableRollup rolled(int id, double weight, WorkItem... items) {
        return ENGINE.rollUp(deliverable(id, WIFI, "Deliverable " + id, weight), List.of(items));
    }

    private static DeliverableRollup rolled(Deliverable deliverable, WorkItem... items) {
        return ENGINE.rollUp(deliverable, List.of(items));
    }

    private static OutcomeRollup assess(Outcome outcome, ScheduleView schedule, DeliverableRollup... deliverables) {
        return ENGINE.rollUp(outcome, List.of(deliverables), schedule, TODAY, NOW);
    }

    private static OutcomeRollup assess(ScheduleView schedule, DeliverableRollup... deliverables) {
        return assess(WIFI_UP, schedule, deliverables);
    }

    /** Half done: NET-1 done, NET-2 in progress. */
    private static DeliverableRollup halfDone() {
        return rolled(1, 1, done(1, "NET-1"), inProgress(2, "NET-2"));
    }

    private static ScheduleView wifi(OutcomeSchedule schedule) {
        return scheduleFor(WIFI, schedule);
    }

    // --- progress ----------------------------------------------------------------------------

    @Test
    void progressIsTheDeliverableWeightedMean() {
        // D1 weight 3 at 1/2 (1 of 2 done); D2 weight 1 at 1 (1 of 1 done) → (3 × 0.5 + 1 × 1) / 4 = 2.5 / 4
        OutcomeRollup rolled = assess(ScheduleView.NONE,
                rolled(1, 3, done(1, "NET-1"), toDo(2, "NET-2")),
                rolled(2, 1, done(3, "NET-3")));

        assertThat(rolled.progress()).isEqualTo(0.625);
    }

    @Test
    void aDeliverableOfWeightZeroDoesNotMoveProgress() {
        // D1 weight 2 at 1/2; D2 weight 0 at 0 → (2 × 0.5 + 0 × 0) / (2 + 0) = 0.5, as if D2 were not there
        OutcomeRollup rolled = assess(ScheduleView.NONE,
                rolled(1, 2, done(1, "NET-1"), toDo(2, "NET-2")),
                rolled(2, 0, toDo(3, "NET-3")));

        assertThat(rolled.progress()).isEqualTo(0.5);
    }

    @Test
    void whenEveryDeliverableWeighsZeroProgressIsThePlainMean() {
        // D1 weight 0 at 1/2, D2 weight 0 at 1 → (0.5 + 1) / 2 = 0.75
        OutcomeRollup rolled = assess(ScheduleView.NONE,
                rolled(1, 0, done(1, "NET-1"), toDo(2, "NET-2")),
                rolled(2, 0, done(3, "NET-3")));

        assertThat(rolled.progress()).isEqualTo(0.75);
    }

    @Test
    void anUnlinkedDeliverableIsLeftOutOfProgressRatherThanCountedAsZero() {
        // D1 weight 1 at 1/2; D2 weight 3 unlinked → 0.5 (not (1 × 0.5 + 3 × 0) / 4 = 0.125)
        OutcomeRollup rolled = assess(ScheduleView.NONE, halfDone(), rolled(unlinked(2, WIFI, "Captive page", 3)));

        assertThat(rolled.progress()).isEqualTo(0.5);
    }

    @Test
    void anOutcomeWhoseOnlyDeliverableIsUnlinkedHasNoProgress() {
        OutcomeRollup rolled = assess(ScheduleView.NONE, rolled(unlinked(1, WIFI, "Access points installed", 1)));

        assertThat(rolled.progress()).isNull();
        assertThat(rolled.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(rolled.reasonText()).isEqualTo("needed by 18 December");
    }

    @Test
    void anOutcomeWhoseDeliverablesFindNoWorkHasNoProgress() {
        OutcomeRollup rolled = assess(ScheduleView.NONE, rolled(1, 1), rolled(2, 1));

        assertThat(rolled.progress()).isNull();
    }

    // --- DONE ----------------------------------------------------------------------------------

    @Test
    void anOutcomeIsDoneWhenEveryDeliverableIsDone() {
        // D1: NET-1, NET-2 done; D2: NET-3 done → 1, DONE
        OutcomeRollup rolled = assess(wifi(forecast(LocalDate.of(2026, 11, 20), 19)),
                rolled(1, 1, done(1, "NET-1"), done(2, "NET-2")),
                rolled(2, 1, done(3, "NET-3")));

        assertThat(rolled.progress()).isEqualTo(1.0);
        assertThat(rolled.state()).isEqualTo(OutcomeState.DONE);
        assertThat(rolled.computedState()).isEqualTo(OutcomeState.DONE);
        assertThat(rolled.reason()).isEqualTo(Reason.of(ReasonKind.ALL_DONE));
        assertThat(rolled.reasonText()).isEqualTo("every deliverable is done");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — done");
    }

    @Test
    void anOutcomeWithAnUnlinkedDeliverableIsNotDone() {
        // D1 all done, D2 unlinked: progress 1 (D2 left out) but not every deliverable is done → ON_TRACK, "100% done"
        OutcomeRollup rolled = assess(ScheduleView.NONE, rolled(1, 1, done(1, "NET-1")),
                rolled(unlinked(2, WIFI, "Captive page", 1)));

        assertThat(rolled.progress()).isEqualTo(1.0);
        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.reasonText()).isEqualTo("100% done");
    }

    // --- OFF_TRACK -----------------------------------------------------------------------------

    @Test
    void negativeFloatPutsAnOutcomeOffTrackByThatManyWorkingDays() {
        // forecast Tue 22 Dec, float −2: two working days (Mon 21, Tue 22) after Fri 18 Dec
        OutcomeRollup rolled = assess(wifi(forecast(LocalDate.of(2026, 12, 22), -2)), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.OFF_TRACK);
        assertThat(rolled.reason()).isEqualTo(Reason.days(ReasonKind.FORECAST_LATE, null, 2, LocalDate.of(2026, 12, 22)));
        assertThat(rolled.forecast()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(rolled.reasonText()).isEqualTo("forecast 22 December, 2 working days after it is needed");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — off track: forecast 22 December, 2 working days after it is needed");
    }

    @Test
    void negativeFloatOutranksEveryRiskSign() {
        // float −1 with a late start and blocked critical work: off track, by 1 working day
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 21), -1,
                List.of(new LateStart(CABLED, "Network cabled", LocalDate.of(2026, 11, 18), 3)), Map.of(CABLED, "Network cabled"));
        DeliverableRollup blocked = rolled(deliverable(1, WIFI, "Cabling", 1).withMilestone(CABLED),
                inProgress(1, "NET-1").withImpediments(true, false));

        OutcomeRollup rolled = assess(wifi(schedule), blocked);

        assertThat(rolled.state()).isEqualTo(OutcomeState.OFF_TRACK);
        assertThat(rolled.reasonText()).isEqualTo("forecast 21 December, 1 working day after it is needed");
    }

    // --- AT_RISK -------------------------------------------------------------------------------

    @Test
    void aMilestonePastItsLatestStartPutsTheOutcomeAtRiskNamingTheMostOverdue() {
        // 'Access points mounted' should have started Fri 20 Nov (1 working day ago),
        // 'Network cabled' Wed 18 Nov (Thu 19, Fri 20, Mon 23: 3 working days ago) → the latter is named
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 10), 6, List.of(
                new LateStart(MOUNTED, "Access points mounted", LocalDate.of(2026, 11, 20), 1),
                new LateStart(CABLED, "Network cabled", LocalDate.of(2026, 11, 18), 3)), Map.of());

        OutcomeRollup rolled = assess(wifi(schedule), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.reason()).isEqualTo(Reason.days(ReasonKind.LATE_START, "Network cabled", 3,
                LocalDate.of(2026, 11, 18)));
        assertThat(rolled.reasonText()).isEqualTo("'Network cabled' should have started 3 working days ago");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — at risk: 'Network cabled' should have started 3 working days ago");
    }

    @Test
    void aLateStartPutsANotStartedOutcomeAtRiskToo() {
        // nothing started, but 'Network cabled' should have started 1 working day ago (Fri 20 Nov)
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 16), 2,
                List.of(new LateStart(CABLED, "Network cabled", LocalDate.of(2026, 11, 20), 1)), Map.of());

        OutcomeRollup rolled = assess(wifi(schedule), rolled(1, 1, toDo(1, "NET-1")));

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — at risk: 'Network cabled' should have started 1 working day ago");
    }

    @Test
    void equallyOverdueMilestonesNameTheOneWithTheLowerId() {
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 10), 6, List.of(
                new LateStart(MOUNTED, "Access points mounted", LocalDate.of(2026, 11, 18), 3),
                new LateStart(CABLED, "Network cabled", LocalDate.of(2026, 11, 18), 3)), Map.of());

        assertThat(assess(wifi(schedule), halfDone()).reason().subject()).isEqualTo("Network cabled");
    }

    @Test
    void floatUnderThePlansThresholdPutsTheOutcomeAtRisk() {
        // threshold 5: float 4 is under it
        OutcomeRollup rolled = assess(wifi(forecast(LocalDate.of(2026, 12, 14), 4)), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.reason()).isEqualTo(Reason.days(ReasonKind.LOW_FLOAT, null, 4, null));
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — at risk: only 4 working days of float left");
    }

    @Test
    void zeroFloatIsNoFloatLeft() {
        OutcomeRollup rolled = assess(wifi(forecast(DEC_18, 0)), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — at risk: no float left");
    }

    @Test
    void floatEqualToTheThresholdIsNotAtRisk() {
        // threshold 5, float 5: not under it → on track
        OutcomeRollup rolled = assess(wifi(forecast(LocalDate.of(2026, 12, 11), 5)), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
    }

    @Test
    void theFloatThresholdIsThePlansOwn() {
        // float 4: at risk under the default 5, on track under a threshold of 3
        RollupEngine relaxed = engine(RollupPolicy.DEFAULT.withThresholds(3, 14));
        OutcomeRollup rolled = relaxed.rollUp(WIFI_UP, List.of(halfDone()),
                wifi(forecast(LocalDate.of(2026, 12, 14), 4)), TODAY, NOW);

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
    }

    @Test
    void impededWorkInADeliverableTiedToACriticalMilestonePutsTheOutcomeAtRisk() {
        // float 8 and no late start; 'Cabling' is tied to the critical 'Network cabled' and NET-1 is flagged
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 8), 8, List.of(),
                Map.of(CABLED, "Network cabled"));
        DeliverableRollup cabling = rolled(deliverable(1, WIFI, "Cabling", 1).withMilestone(CABLED),
                inProgress(1, "NET-1").withImpediments(true, false), done(2, "NET-2"));

        OutcomeRollup rolled = assess(wifi(schedule), cabling);

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.reason().kind()).isEqualTo(ReasonKind.IMPEDED_CRITICAL);
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — at risk: blocked work on the critical path ('Network cabled')");
    }

    @Test
    void blockedWorkOffTheCriticalPathIsNotARisk() {
        // NET-1 is blocked, but its deliverable is tied to 'Access points mounted', which is not critical
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 8), 8, List.of(),
                Map.of(CABLED, "Network cabled"));
        DeliverableRollup mounting = rolled(deliverable(1, WIFI, "Mounting", 1).withMilestone(MOUNTED),
                inProgress(1, "NET-1").withImpediments(false, true));

        OutcomeRollup rolled = assess(wifi(schedule), mounting);

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.reasonText()).isEqualTo("forecast 8 December");
    }

    @Test
    void flaggedWorkThatIsDoneIsNotARisk() {
        OutcomeSchedule schedule = new OutcomeSchedule(LocalDate.of(2026, 12, 8), 8, List.of(),
                Map.of(CABLED, "Network cabled"));
        DeliverableRollup cabling = rolled(deliverable(1, WIFI, "Cabling", 1).withMilestone(CABLED),
                done(1, "NET-1").withImpediments(true, false), inProgress(2, "NET-2"));

        assertThat(assess(wifi(schedule), cabling).state()).isEqualTo(OutcomeState.ON_TRACK);
    }

    @Test
    void startedWorkNobodyUpdatedForLongerThanTheStalenessLimitPutsTheOutcomeAtRisk() {
        // NET-2 in progress, last updated 1 Nov 09:00: 22 days before now, over the 14-day limit; no schedule
        DeliverableRollup quiet = rolled(1, 1, done(1, "NET-1"),
                inProgress(2, "NET-2").withUpdated(Instant.parse("2026-11-01T09:00:00Z")));

        OutcomeRollup rolled = assess(ScheduleView.NONE, quiet);

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.reason()).isEqualTo(Reason.days(ReasonKind.STALE, null, 22, null));
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — at risk: no work updated for 22 days");
    }

    @Test
    void stalenessCountsFromTheNewestUpdateOfUnfinishedWork() {
        // D1's NET-2 was last updated 1 Nov, but D2's NET-3 yesterday: work is moving → on track
        OutcomeRollup rolled = assess(ScheduleView.NONE,
                rolled(1, 1, done(1, "NET-1"), inProgress(2, "NET-2").withUpdated(Instant.parse("2026-11-01T09:00:00Z"))),
                rolled(2, 1, toDo(3, "NET-3")));

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
    }

    @Test
    void workQuietForExactlyTheStalenessLimitIsNotStale() {
        // 14 days (9 Nov 09:00 → 23 Nov 09:00) is not longer than 14; 15 days (8 Nov) is
        OutcomeRollup fourteen = assess(ScheduleView.NONE,
                rolled(1, 1, inProgress(1, "NET-1").withUpdated(Instant.parse("2026-11-09T09:00:00Z"))));
        OutcomeRollup fifteen = assess(ScheduleView.NONE,
                rolled(1, 1, inProgress(1, "NET-1").withUpdated(Instant.parse("2026-11-08T09:00:00Z"))));

        assertThat(fourteen.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(fifteen.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(fifteen.reasonText()).isEqualTo("no work updated for 15 days");
    }

    @Test
    void aNotStartedOutcomeWithOldToDoItemsIsNotAtRisk() {
        // NET-1 and NET-2 to do, untouched since 1 September: nothing has started, so nothing is stale
        Instant sep1 = Instant.parse("2026-09-01T09:00:00Z");
        OutcomeRollup rolled = assess(ScheduleView.NONE,
                rolled(1, 1, toDo(1, "NET-1").withUpdated(sep1), toDo(2, "NET-2").withUpdated(sep1)));

        assertThat(rolled.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(rolled.reasonText()).isEqualTo("needed by 18 December");
    }

    @Test
    void aLateStartOutranksLowFloatAndLowFloatOutranksBlockedWork() {
        OutcomeSchedule all = new OutcomeSchedule(LocalDate.of(2026, 12, 16), 2,
                List.of(new LateStart(CABLED, "Network cabled", LocalDate.of(2026, 11, 19), 2)), Map.of(CABLED, "Network cabled"));
        OutcomeSchedule noLateStart = new OutcomeSchedule(LocalDate.of(2026, 12, 16), 2, List.of(),
                Map.of(CABLED, "Network cabled"));
        DeliverableRollup blocked = rolled(deliverable(1, WIFI, "Cabling", 1).withMilestone(CABLED),
                inProgress(1, "NET-1").withImpediments(true, true));

        assertThat(assess(wifi(all), blocked).reasonText()).isEqualTo("'Network cabled' should have started 2 working days ago");
        assertThat(assess(wifi(noLateStart), blocked).reasonText()).isEqualTo("only 2 working days of float left");
    }

    // --- ON_TRACK and NOT_STARTED ----------------------------------------------------------------

    @Test
    void startedWorkWithEnoughFloatIsOnTrackGivingTheForecast() {
        // float 8 ≥ 5, forecast Tue 8 Dec
        OutcomeRollup rolled = assess(wifi(forecast(LocalDate.of(2026, 12, 8), 8)), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.reason()).isEqualTo(Reason.date(ReasonKind.FORECAST, LocalDate.of(2026, 12, 8)));
        assertThat(rolled.reasonText()).isEqualTo("forecast 8 December");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — on track for 18 December");
        assertThat(rolled.forecast()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(rolled.progress()).isEqualTo(0.5);
    }

    @Test
    void startedWorkWithoutAScheduleIsOnTrackGivingProgress() {
        // 1 of 4 done → 25 %
        OutcomeRollup rolled = assess(ScheduleView.NONE,
                rolled(1, 1, done(1, "NET-1"), toDo(2, "NET-2"), toDo(3, "NET-3"), toDo(4, "NET-4")));

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.reason()).isEqualTo(Reason.progress(0.25));
        assertThat(rolled.reasonText()).isEqualTo("25% done");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — on track for 18 December");
        assertThat(rolled.forecast()).isNull();
    }

    @Test
    void anUnfinishedOutcomeNeverReadsAsAHundredPercentDone() {
        // story points: NET-1 done, 299; NET-2 in progress, 1 → 299/300 = 99.67 %, shown as 99 %, not 100 %
        RollupEngine points = engine(RollupPolicy.DEFAULT.withWeightMethod(WeightMethod.STORY_POINTS));
        DeliverableRollup nearly = points.rollUp(deliverable(1, WIFI, "Cabling", 1),
                List.of(done(1, "NET-1").withStoryPoints(299.0), inProgress(2, "NET-2").withStoryPoints(1.0)));

        OutcomeRollup rolled = points.rollUp(WIFI_UP, List.of(nearly), ScheduleView.NONE, TODAY, NOW);

        assertThat(rolled.progress()).isCloseTo(299.0 / 300, EXACT);
        assertThat(rolled.reasonText()).isEqualTo("99% done");
    }

    @Test
    void anOutcomeWithNothingStartedIsNotStartedGivingItsNeededByDate() {
        OutcomeRollup rolled = assess(ScheduleView.NONE, rolled(1, 1, toDo(1, "NET-1"), toDo(2, "NET-2")));

        assertThat(rolled.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(rolled.progress()).isEqualTo(0.0);
        assertThat(rolled.reason()).isEqualTo(Reason.date(ReasonKind.NEEDED_BY, DEC_18));
        assertThat(rolled.reasonText()).isEqualTo("needed by 18 December");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — not started; needed by 18 December");
    }

    @Test
    void anOutcomeWithoutDeliverablesIsNotStartedWithNoDeliverablesYet() {
        OutcomeRollup rolled = assess(ScheduleView.NONE);

        assertThat(rolled.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(rolled.progress()).isNull();
        assertThat(rolled.reason()).isEqualTo(Reason.of(ReasonKind.NO_DELIVERABLES));
        assertThat(rolled.reasonText()).isEqualTo("no deliverables yet");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — not started; needed by 18 December");
    }

    @Test
    void aNotStartedOutcomeWithEnoughFloatStaysNotStarted() {
        OutcomeRollup rolled = assess(wifi(forecast(LocalDate.of(2026, 12, 8), 8)), rolled(1, 1, toDo(1, "NET-1")));

        assertThat(rolled.state()).isEqualTo(OutcomeState.NOT_STARTED);
        assertThat(rolled.forecast()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    // --- overrides -----------------------------------------------------------------------------

    private static final Instant OVERRIDE_ENDS = Instant.parse("2026-11-30T17:00:00Z");

    @Test
    void anOverrideInForceSetsTheStateWhileTheRulesStillCompute() {
        // the rules say on track (50 % done, no schedule); Dana says at risk until 30 November
        Outcome overridden = WIFI_UP.withOverride(new StateOverride(OutcomeState.AT_RISK, "Dana",
                "Switch delivery slipped a week", OVERRIDE_ENDS));

        OutcomeRollup rolled = assess(overridden, ScheduleView.NONE, halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(rolled.computedState()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.isOverridden()).isTrue();
        assertThat(rolled.override()).isEqualTo(overridden.override());
        assertThat(rolled.progress()).isEqualTo(0.5);
        assertThat(rolled.reason()).isEqualTo(new Reason(ReasonKind.OVERRIDE, "Switch delivery slipped a week", "Dana",
                0, null, null));
        assertThat(rolled.reasonText()).isEqualTo("Switch delivery slipped a week (set by Dana until 30 November)");
        assertThat(rolled.phrase())
                .isEqualTo("WiFi's up — at risk: Switch delivery slipped a week (set by Dana until 30 November)");
    }

    @Test
    void anOverrideToOnTrackStillShowsItsReasonAuthorAndExpiry() {
        // the rules say off track (float −2); Dana says on track until 30 November
        Outcome overridden = WIFI_UP.withOverride(new StateOverride(OutcomeState.ON_TRACK, "Dana",
                "Client moved the date", OVERRIDE_ENDS));

        OutcomeRollup rolled = assess(overridden, wifi(forecast(LocalDate.of(2026, 12, 22), -2)), halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.computedState()).isEqualTo(OutcomeState.OFF_TRACK);
        assertThat(rolled.phrase())
                .isEqualTo("WiFi's up — on track: Client moved the date (set by Dana until 30 November)");
    }

    @Test
    void anExpiredOverrideIsIgnored() {
        // expiresAt equals now: the override has ended
        Outcome overridden = WIFI_UP.withOverride(new StateOverride(OutcomeState.AT_RISK, "Dana",
                "Switch delivery slipped a week", NOW));

        OutcomeRollup rolled = assess(overridden, ScheduleView.NONE, halfDone());

        assertThat(rolled.state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.computedState()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(rolled.override()).isNull();
        assertThat(rolled.isOverridden()).isFalse();
        assertThat(rolled.reasonText()).isEqualTo("50% done");
        assertThat(rolled.phrase()).isEqualTo("WiFi's up — on track for 18 December");
    }

    @Test
    void anOverrideHoldsUntilTheInstantItExpires() {
        // one second before expiry it holds
        Outcome overridden = WIFI_UP.withOverride(new StateOverride(OutcomeState.AT_RISK, "Dana",
                "Switch delivery slipped a week", NOW.plusSeconds(1)));

        assertThat(assess(overridden, ScheduleView.NONE, halfDone()).state()).isEqualTo(OutcomeState.AT_RISK);
    }

    @Test
    void anOverrideExpiringInAnotherYearShowsTheYear() {
        Outcome overridden = WIFI_UP.withOverride(new StateOverride(OutcomeState.AT_RISK, "Dana",
                "Landlord has not confirmed access", Instant.parse("2027-01-08T12:00:00Z")));

        assertThat(assess(overridden, ScheduleView.NONE, halfDone()).reasonText())
                .isEqualTo("Landlord has not confirmed access (set by Dana until 8 January 2027)");
    }
}
