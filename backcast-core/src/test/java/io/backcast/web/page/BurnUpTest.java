package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.backcast.rollup.BurnUpSeries;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanView;

class BurnUpTest {

    private final BurnUp burnUp = new BurnUp();
    private final PlanView plan = SamplePlans.fitOut(false);

    private OutcomeView outcome(PlanView view, int id) {
        return view.outcomes().stream().filter(o -> o.outcome().id() == id).findFirst().orElseThrow();
    }

    @Test
    void countsEachDoneItemOnTheDayItWasLastUpdated() {
        List<BurnUpSeries.Step> steps = SamplePlans.burnUp(outcome(plan, 100)).steps();
        assertThat(steps).extracting(BurnUpSeries.Step::day).containsExactly(
                LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 10));
    }

    @Test
    void weighsEachItemByItsShareOfTheOutcomeSoTheEndMatchesTheRollUp() {
        // APs (weight 2 of 3): NET-1 3 and NET-2 2 points of 13.33; cabling (1 of 3): NET-11 2 of 4 points
        List<BurnUpSeries.Step> steps = SamplePlans.burnUp(outcome(plan, 100)).steps();
        assertThat(steps.get(0).share()).isCloseTo(2.0 / 3 * 3 / (10 + 10.0 / 3), within(1e-9));
        assertThat(steps.get(1).share()).isCloseTo(1.0 / 3 * 0.5, within(1e-9));
        double total = steps.stream().mapToDouble(BurnUpSeries.Step::share).sum();
        assertThat(total).isCloseTo(outcome(plan, 100).rollup().progress(), within(1e-9));
    }

    @Test
    void drawsDoneAgainstScopeWithTheNeededByDateAndToday() {
        Document svg = SvgAssert.parse(burnUp.svg(outcome(plan, 100), SamplePlans.burnUp(outcome(plan, 100)), SamplePlans.TODAY));
        Element root = svg.selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("aria-label")).isEqualTo("Burn-up for WiFi's up: 42% of its scope done; needed by 4 April.");
        assertThat(root.selectFirst("title").text()).isEqualTo("Burn-up: WiFi's up");
        assertThat(svg.select("line.bc-bu-scope")).hasSize(1);
        assertThat(svg.select("path.bc-bu-done")).hasSize(1);
        assertThat(svg.selectFirst("g.bc-bu-needed-by text").text()).isEqualTo("Needed by 4 April");
        assertThat(svg.selectFirst("g.bc-bu-today text").text()).isEqualTo("Today");
        assertThat(svg.select("line.bc-bu-pace")).hasSize(1);
        double neededBy = SvgAssert.number(svg.selectFirst("g.bc-bu-needed-by line"), "x1");
        double today = SvgAssert.number(svg.selectFirst("g.bc-bu-today line"), "x1");
        assertThat(neededBy).isGreaterThan(today);
        // three steps up: the path climbs three times
        assertThat(svg.selectFirst("path.bc-bu-done").attr("d").chars().filter(c -> c == 'V').count()).isEqualTo(3);
    }

    @Test
    void explainsTheUpdatedDateApproximationInItsDescription() {
        Document svg = SvgAssert.parse(burnUp.svg(outcome(plan, 100), SamplePlans.burnUp(outcome(plan, 100)), SamplePlans.TODAY));
        assertThat(svg.selectFirst("desc").text()).contains("counts from the day it was last updated", "the scope is today's");
    }

    @Test
    void saysSoWhenAnOutcomeHasNoMeasuredWork() {
        Document svg = SvgAssert.parse(burnUp.svg(outcome(plan, 102), SamplePlans.burnUp(outcome(plan, 102)), SamplePlans.TODAY));
        assertThat(svg.select("path.bc-bu-done, line.bc-bu-scope")).isEmpty();
        assertThat(svg.selectFirst(".bc-bu-empty").text()).isEqualTo("No measured work yet");
        assertThat(svg.selectFirst("svg").attr("aria-label")).isEqualTo(
                "Burn-up for Users reach the web servers securely: no measured work yet.");
        assertThat(svg.select("g.bc-bu-needed-by, g.bc-bu-today")).hasSize(2);
    }

    @Test
    void aFinishedOutcomeReachesTheScopeLine() {
        Document svg = SvgAssert.parse(burnUp.svg(outcome(plan, 103), SamplePlans.burnUp(outcome(plan, 103)), SamplePlans.TODAY));
        assertThat(svg.selectFirst("svg").attr("aria-label")).contains("100% of its scope done");
        assertThat(svg.select("line.bc-bu-pace")).isEmpty();
    }

    @Test
    void handlesAnOutcomeNeededTodayAndOneNeededInThirtyYears() {
        for (PlanView view : List.of(SamplePlans.singleDay(), SamplePlans.longRange())) {
            Document svg = SvgAssert.parse(burnUp.svg(view.outcomes().get(0), SamplePlans.burnUp(view.outcomes().get(0)), SamplePlans.TODAY));
            assertThat(svg.select("g.bc-bu-needed-by")).hasSize(1);
            assertThat(svg.select("g.bc-bu-grid text").size()).isBetween(4, 12);
        }
    }

    @Test
    void escapesTheOutcomesWords() {
        String raw = burnUp.svg(SamplePlans.hostile().outcomes().get(0), SamplePlans.burnUp(SamplePlans.hostile().outcomes().get(0)), SamplePlans.TODAY);
        Document svg = SvgAssert.parse(raw);
        assertThat(raw).doesNotContain("<script", "\"onmouseover");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Burn-up: " + SamplePlans.SCRIPT + " outcome " + SamplePlans.ATTRIBUTE);
    }
}
