package io.backcast.rollup;

import static io.backcast.rollup.RollupFixtures.DEC_18;
import static io.backcast.rollup.RollupFixtures.TODAY;
import static io.backcast.rollup.RollupFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.backcast.model.DoneRule;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.WeightMethod;
import org.junit.jupiter.api.Test;

/** The default English words for states, reasons, dates and the roll-up rule. Today is 23 November 2026. */
class PhraseBookTest {

    private static final PhraseBook BOOK = PhraseBook.english();
    private static final Outcome WIFI_UP = outcome(1, "WiFi's up", LocalDate.of(2027, 3, 14));
    private static final LocalDate NOV_18 = LocalDate.of(2026, 11, 18);

    private static String reason(Reason reason) {
        return BOOK.reason(reason, null, TODAY);
    }

    private static String phrase(Outcome outcome, OutcomeState state, Reason reason) {
        return BOOK.phrase(outcome, state, reason(reason), 0.5, LocalDate.of(2027, 3, 10), TODAY);
    }

    // --- the default phrase of each state --------------------------------------------------------

    @Test
    void atRiskByLateStart() {
        assertThat(phrase(WIFI_UP, OutcomeState.AT_RISK, Reason.days(ReasonKind.LATE_START, "Network cabled", 3, NOV_18)))
                .isEqualTo("WiFi's up — at risk: 'Network cabled' should have started 3 working days ago");
    }

    @Test
    void onTrackGivesTheNeededByDateWithoutTheYearWhenItIsThisYear() {
        Outcome thisYear = WIFI_UP.withNeededBy(LocalDate.of(2026, 3, 14));

        assertThat(phrase(thisYear, OutcomeState.ON_TRACK, Reason.date(ReasonKind.FORECAST, LocalDate.of(2026, 3, 10))))
                .isEqualTo("WiFi's up — on track for 14 March");
    }

    @Test
    void onTrackGivesTheYearWhenTheNeededByDateIsInAnotherYear() {
        assertThat(phrase(WIFI_UP, OutcomeState.ON_TRACK, Reason.date(ReasonKind.FORECAST, LocalDate.of(2027, 3, 10))))
                .isEqualTo("WiFi's up — on track for 14 March 2027");
    }

    @Test
    void done() {
        assertThat(phrase(WIFI_UP, OutcomeState.DONE, Reason.of(ReasonKind.ALL_DONE))).isEqualTo("WiFi's up — done");
    }

    @Test
    void offTrack() {
        // forecast 17 March 2027, 3 working days after 14 March 2027 (a Sunday): Mon 15, Tue 16, Wed 17
        assertThat(phrase(WIFI_UP, OutcomeState.OFF_TRACK,
                Reason.days(ReasonKind.FORECAST_LATE, null, 3, LocalDate.of(2027, 3, 17))))
                .isEqualTo("WiFi's up — off track: forecast 17 March 2027, 3 working days after it is needed");
    }

    @Test
    void notStarted() {
        assertThat(phrase(WIFI_UP, OutcomeState.NOT_STARTED, Reason.date(ReasonKind.NEEDED_BY, WIFI_UP.neededBy())))
                .isEqualTo("WiFi's up — not started; needed by 14 March 2027");
    }

    // --- reasons, with singular and zero forms -----------------------------------------------------

    @Test
    void everyReasonInWords() {
        assertThat(reason(Reason.of(ReasonKind.ALL_DONE))).isEqualTo("every deliverable is done");
        assertThat(reason(Reason.days(ReasonKind.FORECAST_LATE, null, 2, LocalDate.of(2026, 12, 22))))
                .isEqualTo("forecast 22 December, 2 working days after it is needed");
        assertThat(reason(Reason.days(ReasonKind.LATE_START, "Network cabled", 3, NOV_18)))
                .isEqualTo("'Network cabled' should have started 3 working days ago");
        assertThat(reason(Reason.days(ReasonKind.LOW_FLOAT, null, 4, null))).isEqualTo("only 4 working days of float left");
        assertThat(reason(new Reason(ReasonKind.IMPEDED_CRITICAL, "Network cabled", null, 0, null, null)))
                .isEqualTo("blocked work on the critical path ('Network cabled')");
        assertThat(reason(Reason.days(ReasonKind.STALE, null, 22, null))).isEqualTo("no work updated for 22 days");
        assertThat(reason(Reason.date(ReasonKind.FORECAST, LocalDate.of(2026, 12, 8)))).isEqualTo("forecast 8 December");
        assertThat(reason(Reason.progress(0.25))).isEqualTo("25% done");
        assertThat(reason(Reason.date(ReasonKind.NEEDED_BY, DEC_18))).isEqualTo("needed by 18 December");
        assertThat(reason(Reason.of(ReasonKind.NO_DELIVERABLES))).isEqualTo("no deliverables yet");
    }

    @Test
    void oneWorkingDayIsSingular() {
        assertThat(reason(Reason.days(ReasonKind.LATE_START, "Network cabled", 1, LocalDate.of(2026, 11, 20))))
                .isEqualTo("'Network cabled' should have started 1 working day ago");
        assertThat(reason(Reason.days(ReasonKind.FORECAST_LATE, null, 1, LocalDate.of(2026, 12, 21))))
                .isEqualTo("forecast 21 December, 1 working day after it is needed");
        assertThat(reason(Reason.days(ReasonKind.LOW_FLOAT, null, 1, null))).isEqualTo("only 1 working day of float left");
    }

    @Test
    void zeroDaysHaveTheirOwnWords() {
        assertThat(reason(Reason.days(ReasonKind.LOW_FLOAT, null, 0, null))).isEqualTo("no float left");
        assertThat(reason(Reason.days(ReasonKind.LATE_START, "Network cabled", 0, TODAY)))
                .isEqualTo("'Network cabled' should have started today");
    }

    @Test
    void anOverrideReasonGivesItsAuthorAndExpiryDate() {
        StateOverride override = new StateOverride(OutcomeState.AT_RISK, "Dana", "Switch delivery slipped a week",
                Instant.parse("2026-11-30T17:00:00Z"));
        Reason reason = new Reason(ReasonKind.OVERRIDE, override.reason(), override.author(), 0, null, null);

        assertThat(BOOK.reason(reason, override, TODAY))
                .isEqualTo("Switch delivery slipped a week (set by Dana until 30 November)");
    }

    // --- dates, percentages, state names --------------------------------------------------------------

    @Test
    void datesShowTheYearOnlyWhenNotInTodaysYear() {
        assertThat(BOOK.date(LocalDate.of(2026, 3, 14), TODAY)).isEqualTo("14 March");
        assertThat(BOOK.date(LocalDate.of(2027, 3, 14), TODAY)).isEqualTo("14 March 2027");
        assertThat(BOOK.date(LocalDate.of(2025, 12, 31), TODAY)).isEqualTo("31 December 2025");
    }

    @Test
    void percentagesAreWholeNumbers() {
        assertThat(BOOK.percent(0.0)).isEqualTo("0%");
        assertThat(BOOK.percent(2.0 / 3)).isEqualTo("67%");
        assertThat(BOOK.percent(1.0)).isEqualTo("100%");
    }

    @Test
    void anUnfinishedFractionNeverRoundsUpToAHundredPercent() {
        // 299/300 = 99.67 % would round to 100 %; only all of it is 100 %
        assertThat(BOOK.percent(299.0 / 300)).isEqualTo("99%");
        assertThat(BOOK.percent(0.999)).isEqualTo("99%");
    }

    @Test
    void stateNames() {
        assertThat(BOOK.state(OutcomeState.DONE)).isEqualTo("Done");
        assertThat(BOOK.state(OutcomeState.OFF_TRACK)).isEqualTo("Off track");
        assertThat(BOOK.state(OutcomeState.AT_RISK)).isEqualTo("At risk");
        assertThat(BOOK.state(OutcomeState.ON_TRACK)).isEqualTo("On track");
        assertThat(BOOK.state(OutcomeState.NOT_STARTED)).isEqualTo("Not started");
    }

    // --- the outcome's own words ---------------------------------------------------------------------

    @Test
    void anOutcomesOwnTemplateReplacesTheDefaultForThatStateOnly() {
        Outcome worded = WIFI_UP.withPhraseTemplates(Map.of(OutcomeState.AT_RISK,
                "Heads up: {outcome} may slip ({reason}); forecast {forecast}, {progress} done"));
        Reason late = Reason.days(ReasonKind.LATE_START, "Network cabled", 3, NOV_18);

        assertThat(phrase(worded, OutcomeState.AT_RISK, late)).isEqualTo(
                "Heads up: WiFi's up may slip ('Network cabled' should have started 3 working days ago); "
                        + "forecast 10 March 2027, 50% done");
        assertThat(phrase(worded, OutcomeState.ON_TRACK, Reason.date(ReasonKind.FORECAST, LocalDate.of(2027, 3, 10))))
                .isEqualTo("WiFi's up — on track for 14 March 2027");
    }

    @Test
    void aTemplateWithoutAForecastOrProgressLeavesThemEmpty() {
        Outcome worded = WIFI_UP.withPhraseTemplates(Map.of(OutcomeState.ON_TRACK, "{outcome}: forecast {forecast}"));

        assertThat(BOOK.phrase(worded, OutcomeState.ON_TRACK, "50% done", null, null, TODAY)).isEqualTo("WiFi's up: forecast ");
    }

    @Test
    void placeholdersInAnOutcomesWordsStayLiteral() {
        // the outcome's phrase is a value, never read again as a template
        Outcome odd = outcome(1, "Portal {reason} page live", DEC_18);

        assertThat(phrase(odd, OutcomeState.AT_RISK, Reason.days(ReasonKind.LOW_FLOAT, null, 2, null)))
                .isEqualTo("Portal {reason} page live — at risk: only 2 working days of float left");
    }

    @Test
    void placeholdersInAnOverrideReasonStayLiteral() {
        StateOverride override = new StateOverride(OutcomeState.AT_RISK, "{author}", "see {outcome} and {date}",
                Instant.parse("2026-11-30T17:00:00Z"));
        String reasonText = BOOK.reason(new Reason(ReasonKind.OVERRIDE, override.reason(), override.author(), 0, null, null),
                override, TODAY);

        assertThat(reasonText).isEqualTo("see {outcome} and {date} (set by {author} until 30 November)");
        assertThat(BOOK.phrase(WIFI_UP, OutcomeState.AT_RISK, reasonText, null, null, TODAY))
                .isEqualTo("WiFi's up — at risk: see {outcome} and {date} (set by {author} until 30 November)");
    }

    @Test
    void aStrayBraceInATemplateDoesNotHideTheNextPlaceholder() {
        // "{" alone is text; the template's {reason} is still a placeholder (as Outcome validates it)
        Outcome worded = WIFI_UP.withPhraseTemplates(Map.of(OutcomeState.AT_RISK, "{outcome} :-{ {reason}"));

        assertThat(phrase(worded, OutcomeState.AT_RISK, Reason.days(ReasonKind.LOW_FLOAT, null, 0, null)))
                .isEqualTo("WiFi's up :-{ no float left");
    }

    @Test
    void fillLeavesUnknownNamesAndUnclosedBracesAsTheyAre() {
        assertThat(PhraseBook.fill("{a} {b} {c", Map.of("a", "1"))).isEqualTo("1 {b} {c");
        assertThat(PhraseBook.fill("}{a}}", Map.of("a", "{a}"))).isEqualTo("}{a}}");
    }

    // --- the rule, stated -------------------------------------------------------------------------

    @Test
    void theDefaultRuleInOneSentence() {
        assertThat(BOOK.rule(RollupPolicy.DEFAULT)).isEqualTo("an issue is done when its status is in the Done category; "
                + "each issue counts the same; unfinished issues earn nothing; "
                + "a missing weight counts as the average of the deliverable's known weights; "
                + "epics count through their children and parents through their sub-tasks.");
    }

    @Test
    void theRuleFollowsThePolicy() {
        RollupPolicy policy = new RollupPolicy(WeightMethod.STORY_POINTS, DoneRule.STATUS_CATEGORY_AND_RESOLUTION, true, 5, 14);

        assertThat(BOOK.rule(policy)).isEqualTo(
                "an issue is done when its status is in the Done category and it has a resolution; "
                        + "issues are weighted by story points; unfinished issues earn the share of time spent (never 100%); "
                        + "a missing weight counts as the average of the deliverable's known weights; "
                        + "epics count through their children and parents through their sub-tasks.");
        assertThat(BOOK.rule(policy.withWeightMethod(WeightMethod.ORIGINAL_ESTIMATE).withPartialCredit(false)))
                .contains("; issues are weighted by original estimate; unfinished issues earn nothing; ");
    }

    @Test
    void theClientReadsTimeToSpareAndWhatSetsTheDateNeverFloatOrCriticalPath() {
        assertThat(BOOK.clientReason(Reason.days(ReasonKind.LOW_FLOAT, null, 2, null), null, NOV_18))
                .isEqualTo("only 2 working days to spare");
        assertThat(BOOK.clientReason(Reason.days(ReasonKind.LOW_FLOAT, null, 1, null), null, NOV_18))
                .isEqualTo("only 1 working day to spare");
        assertThat(BOOK.clientReason(Reason.days(ReasonKind.LOW_FLOAT, null, 0, null), null, NOV_18))
                .isEqualTo("no time to spare");
        assertThat(BOOK.clientReason(new Reason(ReasonKind.IMPEDED_CRITICAL, "Network cabled", null, 0, null, null), null, NOV_18))
                .isEqualTo("blocked work holds up what sets the date ('Network cabled')");
        // a reason without client words reads as the team's
        assertThat(BOOK.clientReason(Reason.days(ReasonKind.LATE_START, "Network cabled", 3, NOV_18), null, NOV_18))
                .isEqualTo(BOOK.reason(Reason.days(ReasonKind.LATE_START, "Network cabled", 3, NOV_18), null, NOV_18));
    }
}
