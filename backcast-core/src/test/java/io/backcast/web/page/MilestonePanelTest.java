package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import io.backcast.model.BaselineDate;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.SubjectKind;
import io.backcast.service.PlanView;

class MilestonePanelTest {

    private final MilestonePanel panel = new MilestonePanel();
    private final PlanView plan = SamplePlans.fitOut(false);
    private final Document svg = SvgAssert.parse(panel.svg(plan));

    private Element row(Document doc, int milestoneId) {
        Element row = doc.selectFirst("g.bc-tl-row[data-milestone-id=" + milestoneId + "]");
        assertThat(row).as("row of milestone %s", milestoneId).isNotNull();
        return row;
    }

    private static double todayX(Document doc) {
        return SvgAssert.number(doc.selectFirst("g.bc-tl-today line"), "x1");
    }

    @Test
    void drawsOneRowPerMilestoneInThePlansOrder() {
        assertThat(svg.select("g.bc-tl-row")).extracting(g -> g.attr("data-milestone-id"))
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(svg.selectFirst("svg").attr("data-rows")).isEqualTo("6");
        assertThat(row(svg, 3).selectFirst("text").text()).isEqualTo("Network cabled");
    }

    @Test
    void marksEachOutcomesNeededByDateWithALabelledVerticalLine() {
        Elements markers = svg.select("g.bc-tl-needed-by");
        assertThat(markers).extracting(g -> g.attr("data-outcome-id")).containsExactly("103", "100", "101", "102");
        Element wifi = svg.selectFirst("g.bc-tl-needed-by[data-outcome-id=100]");
        assertThat(wifi.selectFirst("text").text()).isEqualTo("WiFi's up · 4 April");
        Element line = wifi.selectFirst("line");
        assertThat(line.attr("x1")).isEqualTo(line.attr("x2"));
        assertThat(SvgAssert.number(line, "y2")).isGreaterThan(SvgAssert.number(line, "y1"));
        // later needed-by dates sit further right; the latest is near the right edge
        double last = SvgAssert.number(svg.selectFirst("g.bc-tl-needed-by[data-outcome-id=102] line"), "x1");
        assertThat(SvgAssert.number(wifi.selectFirst("line"), "x1")).isLessThan(last);
        assertThat(last).isGreaterThan(MilestoneLayout.WIDTH * 0.85);
        assertThat(svg.selectFirst("g.bc-tl-needed-by[data-outcome-id=103] text").text()).endsWith("(late)");
    }

    @Test
    void drawsTodayAsALabelledLine() {
        Element today = svg.selectFirst("g.bc-tl-today");
        assertThat(today.selectFirst("text").text()).isEqualTo("Today");
        // 12 March: after the done survey's bar, at the start of the firewall milestone's bar (it starts today)
        double x = todayX(svg);
        assertThat(SvgAssert.number(row(svg, 6).selectFirst("rect.bc-tl-bar"), "x")).isEqualTo(x);
        Element survey = row(svg, 1).selectFirst("rect.bc-tl-bar");
        assertThat(SvgAssert.number(survey, "x") + SvgAssert.number(survey, "width")).isLessThan(x);
    }

    @Test
    void marksCriticalMilestonesWithAPatternAndWordsNotColourAlone() {
        Element cabled = row(svg, 3);
        assertThat(cabled.classNames()).contains("bc-tl-critical");
        assertThat(cabled.selectFirst(".bc-tl-bar").attr("fill")).isEqualTo("url(#bc-tl-7-critical)");
        assertThat(svg.selectFirst("pattern#bc-tl-7-critical")).isNotNull();
        assertThat(cabled.select("text").get(1).text()).startsWith("◆ Critical");
        assertThat(cabled.selectFirst("title").text()).contains("Critical");
        Element switches = row(svg, 5);
        assertThat(switches.classNames()).doesNotContain("bc-tl-critical");
        assertThat(switches.selectFirst(".bc-tl-bar").attr("fill")).isEqualTo(MilestonePanel.FORECAST);
        assertThat(switches.text()).doesNotContain("Critical");
    }

    @Test
    void mutesDoneMilestonesAndDropsTheirPlanningMarks() {
        Element survey = row(svg, 1);
        assertThat(survey.classNames()).contains("bc-tl-done").doesNotContain("bc-tl-critical");
        assertThat(survey.selectFirst(".bc-tl-bar").attr("fill")).isEqualTo(MilestonePanel.DONE);
        assertThat(survey.select("g.bc-tl-latest-start, rect.bc-tl-float")).isEmpty();
        assertThat(survey.select("text").get(1).text()).isEqualTo("Done");
    }

    @Test
    void showsTheLatestStartAsATickAndFloatAsALighterExtensionToTheLateFinish() {
        Element cabled = row(svg, 3); // forecast 17..21 March, latest start 25 March, late finish 31 March
        Element bar = cabled.selectFirst("rect.bc-tl-bar");
        double barEnd = SvgAssert.number(bar, "x") + SvgAssert.number(bar, "width");
        Element floatRect = cabled.selectFirst("rect.bc-tl-float");
        assertThat(SvgAssert.number(floatRect, "x")).isEqualTo(barEnd);
        assertThat(floatRect.attr("fill")).isEqualTo(MilestonePanel.CRITICAL_FLOAT);
        double floatEnd = SvgAssert.number(floatRect, "x") + SvgAssert.number(floatRect, "width");
        double tick = SvgAssert.number(cabled.selectFirst("g.bc-tl-latest-start line"), "x1");
        assertThat(tick).isGreaterThan(SvgAssert.number(bar, "x")).isLessThan(floatEnd);
        // ten working days from the latest start (25 March) end at the late finish (31 March): 7 calendar days
        double perDay = SvgAssert.number(bar, "width") / 5; // 17..21 March
        assertThat(floatEnd - tick).isCloseTo(7 * perDay, org.assertj.core.data.Offset.offset(0.3));
        assertThat(cabled.selectFirst("g.bc-tl-latest-start title").text()).isEqualTo("Must start by 25 March");
    }

    @Test
    void drawsPointMilestonesAsDiamonds() {
        Element handover = row(svg, 2);
        assertThat(handover.classNames()).contains("bc-tl-point", "bc-tl-external");
        assertThat(handover.select("rect.bc-tl-bar")).isEmpty();
        assertThat(handover.selectFirst("path.bc-tl-bar").attr("d")).matches("M[\\d.]+ [\\d.]+(L[\\d.]+ [\\d.]+){3}Z");
        assertThat(handover.select("text").get(1).text()).contains("External");
    }

    @Test
    void showsALateMilestonesOverrunHatchedInRed() {
        Plan plan = Plan.create("LATE", "Late").withId(12);
        Outcome outcome = Outcome.create(12, "Go live", LocalDate.of(2025, 3, 14)).withId(500);
        Milestone build = Milestone.create(12, "Build", 10).withId(80).withOutcomes(Set.of(500));
        PlanView late = SamplePlans.view(plan, List.of(outcome), List.of(), List.of(build), Map.of(), SamplePlans.TODAY, false);

        Element row = row(SvgAssert.parse(panel.svg(late)), 80);
        assertThat(row.select("rect.bc-tl-overrun")).hasSize(1);
        assertThat(row.select("rect.bc-tl-float")).isEmpty();
        assertThat(row.select("text").get(1).text()).contains("7 d late");
        assertThat(row.selectFirst("title").text()).contains("7 working days late");
    }

    @Test
    void drawsBaselineGhostsOnlyWhenABaselineIsGiven() {
        assertThat(svg.select("rect.bc-tl-baseline")).isEmpty();
        assertThat(svg.selectFirst("g.bc-tl-legend").text()).doesNotContain("Baseline");
        List<BaselineDate> baseline = List.of(
                new BaselineDate(SubjectKind.MILESTONE, 3, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 21)),
                new BaselineDate(SubjectKind.OUTCOME, 100, LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 28)));
        Document withBaseline = SvgAssert.parse(panel.svg(plan, baseline));
        assertThat(withBaseline.select("rect.bc-tl-baseline")).hasSize(1);
        assertThat(row(withBaseline, 3).select("rect.bc-tl-baseline")).hasSize(1);
        assertThat(withBaseline.selectFirst("g.bc-tl-legend").text()).contains("Baseline");
    }

    @Test
    void isAnAccessibleImageWithATitleAndADescriptionInWords() {
        Element root = svg.selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("aria-label")).isEqualTo(
                "Milestone timeline: 6 milestones, 4 on the critical path, 4 outcomes; today is 12 March 2025.");
        assertThat(root.attr("aria-describedby")).isEqualTo("bc-tl-7-desc");
        assertThat(root.selectFirst("> title").text()).isEqualTo("Milestone timeline: Level 3 fit-out");
        String desc = root.selectFirst("desc#bc-tl-7-desc").text();
        for (var m : plan.milestones()) {
            assertThat(desc).contains(m.milestone().name());
        }
        assertThat(desc).contains("Network cabled; Critical; Not started; forecast 17 March to 21 March; must start by 25 March;"
                + " must finish by 31 March; 6 working days of float.", "WiFi's up: needed by 4 April (At risk), forecast 27 March.");
        assertThat(root.attr("viewBox")).startsWith("0 0 1100 ");
    }

    @Test
    void escapesEveryNameItPrints() {
        String raw = panel.svg(SamplePlans.hostile());
        Document doc = SvgAssert.parse(raw);
        assertThat(raw).doesNotContain("<script", "\"onmouseover");
        assertThat(doc.select("script")).isEmpty();
        for (Element element : doc.getAllElements()) {
            assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on"));
        }
        assertThat(doc.selectFirst("g.bc-tl-row title").text()).startsWith(SamplePlans.SCRIPT + " milestone " + SamplePlans.ATTRIBUTE);
    }

    @Test
    void anEmptyPlanGetsAnEmptyPanelWithTodayAndAnInvitation() {
        Document empty = SvgAssert.parse(panel.svg(SamplePlans.empty(false)));
        assertThat(empty.select("g.bc-tl-row, g.bc-tl-needed-by")).isEmpty();
        assertThat(empty.selectFirst(".bc-tl-empty").text()).startsWith("No milestones yet.");
        assertThat(empty.select("g.bc-tl-today")).hasSize(1);
        assertThat(empty.selectFirst("svg").attr("aria-label")).startsWith("Milestone timeline: 0 milestones");
    }

    @Test
    void aSingleDayPlanStillSpreadsAcrossTheWidth() {
        Document one = SvgAssert.parse(panel.svg(SamplePlans.singleDay()));
        Element diamond = row(one, 60).selectFirst("path.bc-tl-bar");
        assertThat(diamond).isNotNull();
        double neededBy = SvgAssert.number(one.selectFirst("g.bc-tl-needed-by line"), "x1");
        assertThat(neededBy).isGreaterThan(todayX(one));
        assertThat(diamond.attr("d")).startsWith("M" + Svg.number(neededBy) + " ");
        assertThat(one.select("g.bc-tl-axis text").size()).isBetween(2, 20);
    }

    @Test
    void aDecadesLongPlanKeepsItsAxisReadableAndItsSizeSmall() {
        String raw = panel.svg(SamplePlans.longRange());
        Document doc = SvgAssert.parse(raw);
        assertThat(doc.select("g.bc-tl-axis text").size()).isBetween(3, 40);
        assertThat(doc.select("g.bc-tl-axis text").first().text()).matches("\\d{4}");
        assertThat(doc.select("rect.bc-tl-off")).as("no per-day shading at this scale").isEmpty();
        Element build = row(doc, 70).selectFirst("rect.bc-tl-bar");
        assertThat(SvgAssert.number(build, "width")).isGreaterThan(100);
        assertThat(raw.length()).isLessThan(30_000);
    }
}
