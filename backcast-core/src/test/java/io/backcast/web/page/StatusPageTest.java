package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.OutcomeState;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.StatusView;
import io.backcast.service.StatusViews;

/** The client status page rendered by the real engine from a realistic plan, read back with jsoup. */
class StatusPageTest {

    private static final Pages PAGES = new Pages();
    private static final PageContext ANONYMOUS = new PageContext("/ctx", null, null, null);
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final List<CheckIn> CHECK_INS = List.of(
            new CheckIn(1, 7, SubjectKind.OUTCOME, 100, LocalDate.of(2025, 3, 11), "ana", OutcomeState.AT_RISK,
                    "Two access points arrived broken", "Replacements ordered", "Install hall B", "Survey by Friday",
                    Visibility.PUBLIC),
            new CheckIn(2, 7, SubjectKind.OUTCOME, 100, LocalDate.of(2025, 3, 10), "ana", null, null,
                    "Internal: the vendor is unreliable", null, null, Visibility.INTERNAL),
            new CheckIn(3, 7, SubjectKind.MILESTONE, 3, LocalDate.of(2025, 3, 4), "dan", null, "Hall A cabled", null, null,
                    null, Visibility.PUBLIC));
    private static final StatusView STATUS = new StatusViews(PhraseBook.english())
            .of(SamplePlans.fitOut(true), (Set<Integer>) null, CHECK_INS, NOW);
    static final String HTML = PAGES.status(STATUS, ANONYMOUS);
    private static final Document PAGE = Jsoup.parse(HTML);

    @Test
    void showsThePlanTheClientAndWhenItWasUpdated() {
        assertThat(PAGE.title()).isEqualTo("Level 3 fit-out · Status");
        assertThat(PAGE.selectFirst("h1").text()).isEqualTo("Level 3 fit-out");
        assertThat(PAGE.selectFirst(".bc-client").text()).isEqualTo("Status for Acme Health");
        Element updated = PAGE.selectFirst("time.bc-updated");
        assertThat(updated.attr("datetime")).isEqualTo("2025-03-12T09:00:00Z");
        assertThat(updated.text()).isEqualTo("12 March 2025, 09:00 GMT");
        assertThat(PAGE.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(PAGE.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
    }

    @Test
    void showsEachOutcomesPhraseStateInWordsAndIconProgressDatesReasonAndOwners() {
        List<Element> cards = PAGE.select("article.bc-status-outcome");
        assertThat(cards).hasSize(4);
        Element wifi = cards.get(1);
        assertThat(wifi.selectFirst(".bc-outcome-title").text()).isEqualTo("WiFi's up");
        assertThat(wifi.selectFirst(".bc-state .bc-state-name").text()).isNotBlank();
        assertThat(wifi.select(".bc-state svg.bc-icon")).hasSize(1);
        assertThat(wifi.selectFirst("progress.bc-progress-bar").attr("max")).isEqualTo("100");
        assertThat(wifi.selectFirst(".bc-needed-by").text()).isEqualTo("4 April");
        assertThat(wifi.selectFirst(".bc-forecast").text()).isNotBlank();
        assertThat(wifi.selectFirst(".bc-owners").text()).isEqualTo("ana (cover: ben)");
        Element secure = cards.get(3);
        assertThat(secure.selectFirst(".bc-reason").text())
                .isEqualTo("Vendor has not confirmed the firewall model (set by hand until 28 March)");
        assertThat(secure.selectFirst(".bc-phrase").text()).doesNotContain("carla");
    }

    @Test
    void drawsTheSameTimelineWithoutIdsAndListsTheMilestonesFeedingTheOutcomes() {
        Element svg = PAGE.selectFirst("figure.bc-timeline-figure svg.bc-timeline");
        assertThat(svg).isNotNull();
        assertThat(svg.select("g.bc-tl-row")).hasSize(6);
        assertThat(svg.select("g.bc-tl-needed-by")).hasSize(4);
        assertThat(svg.select("[data-milestone-id], [data-outcome-id]")).isEmpty();
        assertThat(svg.select("g.bc-tl-baseline, rect.bc-tl-baseline")).isEmpty();
        assertThat(PAGE.select("table.bc-status-milestones tbody tr")).hasSize(6);
        assertThat(PAGE.select("table.bc-status-milestones tbody tr").get(2).text()).contains("Network cabled", "dan (cover: eve)");
    }

    @Test
    void listsPublicCheckInsNewestFirstWithoutTheirAuthors() {
        List<Element> checkIns = PAGE.select(".bc-status-checkins article.bc-checkin");
        assertThat(checkIns).hasSize(2);
        assertThat(checkIns.get(0).selectFirst(".bc-checkin-subject").text()).isEqualTo("WiFi's up");
        assertThat(checkIns.get(0).selectFirst("time").attr("datetime")).isEqualTo("2025-03-11");
        assertThat(checkIns.get(0).select("dt").eachText())
                .containsExactly("Looking back", "Where we are", "What is ahead", "New commitments");
        assertThat(checkIns.get(0).text()).contains("Replacements ordered").doesNotContain("ana");
        assertThat(checkIns.get(1).selectFirst(".bc-checkin-subject").text()).isEqualTo("Network cabled");
        assertThat(HTML).doesNotContain("vendor is unreliable");
    }

    @Test
    void hasNoScriptNoFormAndNoLinkToAnotherPage() {
        assertThat(PAGE.select("script, form, input, button, iframe, [onclick], [style]")).isEmpty();
        assertThat(PAGE.select("a[href]")).extracting(a -> a.attr("href")).containsOnly("#bc-main");
        assertThat(PAGE.select("link[rel=stylesheet]")).extracting(l -> l.attr("href")).containsExactly("/ctx/static/backcast.css");
        assertThat(HTML).doesNotContain("/plans/", "/rest/", "backcast.js", "csrf");
    }

    @Test
    void showsNothingOfTheTeamsWorkItemsLinksOrNotes() {
        assertThat(HTML).doesNotContain("NET-1", "NET-10", "FIT-1", "project = NET", "Survey report", "Cabling certified",
                "Clinicians chart", "carla", "Story", "Switch ports configured");
    }

    @Test
    void escapesEverythingATeamMemberTyped() {
        StatusView hostile = new StatusViews(PhraseBook.english()).of(SamplePlans.hostile(), (Set<Integer>) null, List.of(
                new CheckIn(9, 8, SubjectKind.OUTCOME, 200, LocalDate.of(2025, 3, 11), "x", null, SamplePlans.SCRIPT,
                        SamplePlans.ATTRIBUTE, null, null, Visibility.PUBLIC)), NOW);
        String html = PAGES.status(hostile, ANONYMOUS);
        Document page = Jsoup.parse(html);
        assertThat(html).doesNotContain("<script>alert", "\"onmouseover");
        assertThat(page.select("script, [onmouseover]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).contains("<script>alert(1)</script> plan");
    }

    @Test
    void saysSoWhenNoOutcomesAndNoUpdatesAreShared() {
        StatusView empty = new StatusViews(PhraseBook.english()).of(SamplePlans.fitOut(false), Set.of(), List.of(), NOW);
        Document page = Jsoup.parse(PAGES.status(empty, ANONYMOUS));
        assertThat(page.selectFirst(".bc-outcomes .bc-empty").text()).isEqualTo("No outcomes are shared on this page.");
        assertThat(page.selectFirst(".bc-status-checkins .bc-empty").text()).isEqualTo("No updates yet.");
        assertThat(page.select("svg.bc-timeline, table")).isEmpty();
    }

    @Test
    void speaksTheClientsLanguageNoFloatNoCriticalPathLegendIncluded() {
        String everything = PAGE.text() + " " + PAGE.select("svg *").eachAttr("aria-label") + " "
                + PAGE.select("title, desc").eachText();
        assertThat(everything.toLowerCase(java.util.Locale.ROOT)).doesNotContain("float", "critical");
        assertThat(PAGE.select("g.bc-tl-legend text").eachText()).contains("Time to spare", "Sets the date");
        assertThat(PAGE.select(".bc-badge-critical").eachText()).allMatch(badge -> badge.endsWith("Sets the date"));
        // the plan page keeps the planner's words
        String plan = Jsoup.parse(PAGES.plan(SamplePlans.page(SamplePlans.fitOut(true)), ANONYMOUS)).text();
        assertThat(plan).contains("Critical");
    }
}
