package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import io.backcast.schedule.MilestoneSchedule;
import io.backcast.service.MilestoneView;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanView;

/** The plan page rendered by the real engine from a realistic plan, read back with jsoup. */
class PlanPageTest {

    private static final Pages PAGES = new Pages();
    private static final PageContext JIRA = new PageContext("/jira", "ana", "X-Atlassian-Token", "no-check");
    private static final PlanView EDITABLE = SamplePlans.fitOut(true);
    private static final Document PAGE = Jsoup.parse(PAGES.plan(SamplePlans.page(EDITABLE), JIRA));
    private static final Document READ_ONLY = Jsoup.parse(PAGES.plan(SamplePlans.page(SamplePlans.fitOut(false)), JIRA));

    private static Element outcome(Document page, int id) {
        Element article = page.selectFirst("article.bc-outcome[data-outcome-id=" + id + "]");
        assertThat(article).as("outcome %s", id).isNotNull();
        return article;
    }

    private static Element form(Document page, String path) {
        Element form = page.selectFirst("form[data-api-path=" + path + "]");
        assertThat(form).as("form for %s", path).isNotNull();
        return form;
    }

    @Test
    void showsThePlanItsClientAndTheDayTheStatusIsFor() {
        assertThat(PAGE.title()).isEqualTo("Level 3 fit-out · Backcast");
        assertThat(PAGE.selectFirst("h1").text()).isEqualTo("Level 3 fit-out");
        assertThat(PAGE.selectFirst(".bc-client").text()).isEqualTo("Client: Acme Health");
        assertThat(PAGE.selectFirst(".bc-plan-meta").text()).contains("Status as of 12 March 2025");
    }

    @Test
    void showsEveryOutcomeWithItsPhraseAndItsStateInTextIconAndColour() {
        assertThat(PAGE.select("article.bc-outcome")).hasSize(EDITABLE.outcomes().size());
        for (OutcomeView view : EDITABLE.outcomes()) {
            Element article = outcome(PAGE, view.outcome().id());
            String key = PlanPage.stateKey(view.rollup().state());
            assertThat(article.selectFirst(".bc-outcome-title").text()).isEqualTo(view.outcome().phrase());
            assertThat(article.selectFirst(".bc-phrase").text()).isEqualTo(view.rollup().phrase());
            assertThat(article.hasClass("bc-state-" + key)).isTrue();
            Element badge = article.selectFirst(".bc-outcome-head .bc-state");
            assertThat(badge.hasClass("bc-state-" + key)).isTrue();
            assertThat(badge.selectFirst(".bc-state-name").text()).isEqualTo(view.stateName());
            assertThat(badge.select("svg.bc-icon[aria-hidden=true]")).hasSize(1);
            assertThat(article.selectFirst(".bc-reason").text()).isEqualTo(view.rollup().reasonText());
        }
        assertThat(outcome(PAGE, 100).selectFirst(".bc-phrase").text())
                .isEqualTo("WiFi's up — at risk: blocked work on the critical path ('Network cabled')");
        assertThat(outcome(PAGE, 103).selectFirst(".bc-state-name").text()).isEqualTo("Done");
    }

    @Test
    void showsProgressAsABarWithItsNumber() {
        Element wifi = outcome(PAGE, 100);
        assertThat(wifi.selectFirst(".bc-progress-text").text()).isEqualTo("42%");
        Element bar = wifi.selectFirst("progress.bc-progress-bar");
        assertThat(bar.attr("value")).isEqualTo("42");
        assertThat(bar.attr("max")).isEqualTo("100");
        assertThat(bar.attr("aria-label")).isEqualTo("42% done");
        assertThat(outcome(PAGE, 103).selectFirst(".bc-progress-text").text()).isEqualTo("100%");
        assertThat(outcome(PAGE, 101).selectFirst(".bc-progress-text").text()).isEqualTo("0%");
    }

    @Test
    void saysUnlinkedOrNoWorkInsteadOfZeroPercentWhenNothingIsMeasured() {
        Element secure = outcome(PAGE, 102);
        assertThat(secure.select("progress")).isEmpty();
        assertThat(secure.selectFirst("[data-unmeasured]").text()).isEqualTo("unlinked");
        assertThat(secure.selectFirst(".bc-outcome-main").text()).doesNotContain("0%");
        Element rules = secure.selectFirst("[data-deliverable-id=14]");
        assertThat(rules.selectFirst(".bc-deliverable-progress").text()).isEqualTo("unlinked");
        assertThat(rules.hasClass("bc-deliverable-unlinked")).isTrue();
        Element desks = outcome(PAGE, 101).selectFirst("[data-deliverable-id=13]");
        assertThat(desks.selectFirst(".bc-deliverable-progress").text()).isEqualTo("no work");
    }

    @Test
    void statesTheRollUpRuleBesideTheProgress() {
        assertThat(PAGE.selectFirst(".bc-outcomes > .bc-rule").text())
                .isEqualTo("How progress is counted: " + EDITABLE.rule());
        for (Element breakdown : PAGE.select("article.bc-outcome details.bc-breakdown")) {
            assertThat(breakdown.selectFirst(".bc-rule").text()).contains(EDITABLE.rule());
        }
    }

    @Test
    void showsNeededByForecastAndFloatInWords() {
        Element wifi = outcome(PAGE, 100);
        assertThat(wifi.selectFirst(".bc-needed-by").text()).isEqualTo("4 April");
        assertThat(wifi.selectFirst(".bc-forecast").text()).isEqualTo("27 March");
        assertThat(wifi.selectFirst(".bc-float").text()).isEqualTo("6 working days of float");
        assertThat(outcome(PAGE, 103).selectFirst(".bc-forecast").text()).isEqualTo("Delivered");
        assertThat(outcome(PAGE, 102).selectFirst(".bc-override").text())
                .isEqualTo("Set by hand: At risk, set by carla until 28 March: Vendor has not confirmed the firewall model");
    }

    @Test
    void theBreakdownListsDeliverablesTheirItemsAndWhatWasLeftOut() {
        Element details = outcome(PAGE, 100).selectFirst("details.bc-breakdown");
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.selectFirst("summary").text()).startsWith("Show breakdown").contains("2 deliverables");
        assertThat(details.select("section.bc-deliverable")).extracting(e -> e.attr("data-deliverable-id"))
                .containsExactly("10", "11");

        Element aps = details.selectFirst("[data-deliverable-id=10]");
        assertThat(aps.selectFirst("h4").text()).isEqualTo("Access points installed");
        assertThat(aps.selectFirst(".bc-deliverable-meta").text()).contains("Weight: 2", "Milestone: Access points installed",
                "JQL project = NET AND labels = ap");
        Elements rows = aps.select("tbody tr");
        assertThat(rows).extracting(r -> r.attr("data-key")).containsExactly("NET-1", "NET-2", "NET-3", "NET-4");
        Element done = aps.selectFirst("tr[data-key=NET-1]");
        assertThat(done.select("td").eachText()).containsExactly("Task", "Done", "3", "100%", "✓ Yes");
        Element estimated = aps.selectFirst("tr[data-key=NET-3]");
        assertThat(estimated.select("td").eachText()).containsExactly("Task", "In progress", "3.33 estimated", "0%", "No");
        assertThat(aps.selectFirst(".bc-totals").text()).isEqualTo(
                "5 of 13.33 weight earned. 1 weight is estimated from the average of the known ones.");

        Element cabling = details.selectFirst("[data-deliverable-id=11]");
        assertThat(cabling.select("tbody tr")).extracting(r -> r.attr("data-key")).containsExactly("NET-11", "NET-12");
        assertThat(cabling.selectFirst("tr[data-key=NET-12] th").text()).isEqualTo("NET-12 blocked");
        assertThat(cabling.select(".bc-exclusions li")).extracting(Element::text)
                .containsExactly("NET-10 (Epic): an epic counts through its children");
    }

    @Test
    void showsThePlannersWarnings() {
        assertThat(PAGE.select(".bc-warnings li")).extracting(Element::text)
                .containsExactlyElementsOf(EDITABLE.warnings().stream().map(w -> w.message()).toList())
                .isNotEmpty();
    }

    @Test
    void embedsTheMilestonePanelWithARowPerMilestoneAMarkerPerOutcomeAndTheTodayLine() {
        Element svg = PAGE.selectFirst(".bc-milestones figure svg.bc-timeline");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("g.bc-tl-row")).extracting(g -> g.attr("data-milestone-id"))
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(svg.select("g.bc-tl-needed-by")).extracting(g -> g.attr("data-outcome-id"))
                .containsExactly("103", "100", "101", "102");
        assertThat(svg.select("g.bc-tl-today")).hasSize(1);
        long critical = EDITABLE.milestones().stream().map(MilestoneView::schedule)
                .filter(s -> s.critical() && s.progress() != io.backcast.schedule.Progress.DONE).count();
        assertThat(critical).isPositive();
        assertThat(svg.select("g.bc-tl-critical")).hasSize((int) critical)
                .allSatisfy(g -> assertThat(g.text()).contains("Critical"));
    }

    @Test
    void listsMilestoneDatesInATableBesideTheChart() {
        Elements rows = PAGE.select(".bc-milestone-table tbody tr");
        assertThat(rows).hasSize(6);
        Element cabled = PAGE.selectFirst(".bc-milestone-table tr[data-milestone-id=3]");
        MilestoneSchedule s = EDITABLE.milestones().get(2).schedule();
        assertThat(cabled.hasClass("bc-critical")).isEqualTo(s.critical());
        assertThat(cabled.select("td").eachText().subList(0, 7)).containsExactly("Not started", "17 March – 21 March",
                "25 March", "31 March", "6 working days of float", "Building handed over (FS)",
                "WiFi's up, Machines are on the network");
        assertThat(PAGE.selectFirst("tr[data-milestone-id=5] td:nth-of-type(6)").text()).isEqualTo("Network cabled (SS +2 d)");
        assertThat(PAGE.selectFirst("tr[data-milestone-id=1]").hasClass("bc-done")).isTrue();
    }

    @Test
    void drawsABurnUpForEveryOutcome() {
        assertThat(PAGE.select("article.bc-outcome svg.bc-burnup")).extracting(s -> s.attr("data-outcome-id"))
                .containsExactly("103", "100", "101", "102");
    }

    @Test
    void offersFormsAndDeleteButtonsOnlyToViewersWhoMayEdit() {
        // 1 new outcome + 4 outcomes + 4 new deliverables + 6 deliverables + 1 new milestone + 6 milestones
        assertThat(PAGE.select("dialog form[data-api-method]")).hasSize(22);
        assertThat(PAGE.select("dialog")).hasSize(22);
        assertThat(PAGE.select("[data-delete]")).hasSize(4 + 6 + 6)
                .allSatisfy(b -> assertThat(b.attr("data-confirm")).startsWith("Delete the "));
        for (Element opener : PAGE.select("[data-open]")) {
            assertThat(PAGE.getElementById(opener.attr("data-open"))).as(opener.attr("data-open")).isNotNull();
        }

        assertThat(READ_ONLY.select("form[data-api-method], dialog, [data-delete], [data-open], .bc-edit")).isEmpty();
        assertThat(READ_ONLY.select("form")).hasSize(1).allSatisfy(f -> assertThat(f.hasClass("bc-logout")).isTrue());
        assertThat(READ_ONLY.select("article.bc-outcome")).hasSize(4);
    }

    @Test
    void formsSendTheRestApiTheJsonItsInputRecordsRead() throws Exception {
        assertThat(form(PAGE, "/plans/7/outcomes").attr("data-api-method")).isEqualTo("POST");
        assertThat(form(PAGE, "/outcomes/100").attr("data-api-method")).isEqualTo("PUT");
        assertThat(form(PAGE, "/outcomes/100/deliverables").attr("data-api-method")).isEqualTo("POST");
        assertThat(form(PAGE, "/deliverables/10").attr("data-api-method")).isEqualTo("PUT");
        assertThat(form(PAGE, "/plans/7/milestones").attr("data-api-method")).isEqualTo("POST");
        assertThat(form(PAGE, "/milestones/3").attr("data-api-method")).isEqualTo("PUT");

        assertThat(names(form(PAGE, "/outcomes/100"))).isSubsetOf(components("OutcomeInput"))
                .contains("phrase", "why", "neededBy", "owner", "secondaryOwner", "sortOrder");
        Element deliverable = form(PAGE, "/deliverables/10");
        assertThat(names(deliverable)).isSubsetOf(components("DeliverableInput"))
                .contains("name", "weight", "milestoneId", "sortOrder", "workLinks");
        assertThat(keys(deliverable)).isEqualTo(components("WorkLinkInput"));
        Element milestone = form(PAGE, "/milestones/5");
        assertThat(names(milestone)).isEqualTo(components("MilestoneInput"));
        assertThat(keys(milestone)).isEqualTo(components("DependencyInput"));
    }

    /** Property names a form sends: inputs' names and lists' names. */
    private static Set<String> names(Element form) {
        Set<String> names = form.select("[name][data-type]").stream().filter(e -> e.closest("[data-list]") == null)
                .map(e -> e.attr("name")).collect(Collectors.toCollection(java.util.TreeSet::new));
        form.select("[data-list]").forEach(l -> names.add(l.attr("data-list")));
        return names;
    }

    private static Set<String> keys(Element form) {
        return form.select("[data-rows] [data-key]").stream().map(e -> e.attr("data-key"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> components(String record) throws ClassNotFoundException {
        RecordComponent[] components = Class.forName("io.backcast.web.api.Inputs$" + record).getRecordComponents();
        return Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void everyInputNamesTheApiErrorFieldsItAnswersFor() {
        Element outcomeForm = form(PAGE, "/outcomes/100");
        assertThat(outcomeForm.selectFirst("[name=phrase]").attr("data-field")).isEqualTo("outcome.phrase");
        assertThat(outcomeForm.selectFirst("[name=neededBy]").attr("data-field")).isEqualTo("outcome.neededBy");
        Element deliverable = form(PAGE, "/deliverables/10");
        assertThat(deliverable.selectFirst("[name=weight]").attr("data-field")).isEqualTo("deliverable.weight");
        assertThat(deliverable.selectFirst("[data-list=workLinks]").attr("data-field")).isEqualTo("deliverable.workLinks");
        assertThat(deliverable.selectFirst("[data-rows] [data-key=target]").attr("data-field").split(" "))
                .contains("workLink.issueKey", "workLink.epicKey", "workLink.jql");
        Element milestone = form(PAGE, "/milestones/5");
        assertThat(milestone.selectFirst("[data-list=predecessors]").attr("data-field")).isEqualTo("milestone.predecessors");
        assertThat(milestone.selectFirst("[data-key=lagDays]").attr("data-field")).isEqualTo("dependency.lagDays");
        assertThat(milestone.selectFirst("[name=durationDays]").attr("data-field")).isEqualTo("milestone.durationDays");
        for (Element form : PAGE.select("form[data-api-method]")) {
            assertThat(form.select("[data-form-error][role=alert]")).hasSize(1);
            for (Element input : form.select("[data-type]")) {
                assertThat(input.attr("data-field")).as("data-field of %s", input).isNotBlank();
            }
        }
    }

    @Test
    void editFormsStartFromTheStoredValues() {
        Element outcomeForm = form(PAGE, "/outcomes/100");
        assertThat(outcomeForm.selectFirst("[name=phrase]").val()).isEqualTo("WiFi's up");
        assertThat(outcomeForm.selectFirst("[name=neededBy]").val()).isEqualTo("2025-04-04");
        assertThat(outcomeForm.selectFirst("[name=why]").text()).isEqualTo("Clinicians chart at the bedside from day one.");
        assertThat(outcomeForm.selectFirst("[name=owner]").val()).isEqualTo("ana");
        assertThat(outcomeForm.selectFirst("[name=secondaryOwner]").val()).isEqualTo("ben");

        Element deliverable = form(PAGE, "/deliverables/10");
        assertThat(deliverable.selectFirst("[name=weight]").val()).isEqualTo("2");
        assertThat(deliverable.selectFirst("[name=milestoneId] option[selected]").val()).isEqualTo("4");
        assertThat(deliverable.select("[data-rows] [data-row]")).hasSize(1);
        assertThat(deliverable.selectFirst("[data-rows] [data-key=kind] option[selected]").val()).isEqualTo("JQL");
        assertThat(deliverable.selectFirst("[data-rows] [data-key=target]").val()).isEqualTo("project = NET AND labels = ap");

        Element switches = form(PAGE, "/milestones/5");
        assertThat(switches.selectFirst("[data-rows] [data-key=predecessorId] option[selected]").val()).isEqualTo("3");
        assertThat(switches.selectFirst("[data-rows] [data-key=type] option[selected]").val()).isEqualTo("SS");
        assertThat(switches.selectFirst("[data-rows] [data-key=lagDays]").val()).isEqualTo("2");
        assertThat(switches.select("[data-key=predecessorId] option")).extracting(e -> e.val())
                .as("a milestone cannot follow itself").doesNotContain("5");
        assertThat(switches.select("[name=outcomeIds][checked]")).extracting(e -> e.val()).containsExactly("101");
        assertThat(form(PAGE, "/milestones/2").selectFirst("[name=external]").hasAttr("checked")).isTrue();
        assertThat(form(PAGE, "/milestones/2").selectFirst("[name=startNoEarlierThan]").val()).isEqualTo("2025-03-14");
        assertThat(form(PAGE, "/milestones/1").selectFirst("[name=actualFinish]").val()).isEqualTo("2025-03-05");
        assertThat(form(PAGE, "/plans/7/milestones").selectFirst("[name=sortOrder]").val()).isEqualTo("7");
    }

    @Test
    void anOutcomeEditKeepsTheOverrideAndWordingTheFormDoesNotShow() throws Exception {
        Map<?, ?> kept = new ObjectMapper().readValue(form(PAGE, "/outcomes/102").attr("data-preserve"), Map.class);
        assertThat(kept.get("override")).isEqualTo(Map.of("state", "AT_RISK",
                "reason", "Vendor has not confirmed the firewall model", "expiresAt", "2025-03-28T00:00:00Z"));
        assertThat(new ObjectMapper().readValue(form(PAGE, "/outcomes/100").attr("data-preserve"), Map.class)).isEmpty();
    }

    @Test
    void everyFormControlHasALabel() {
        Elements controls = PAGE.select("input:not([type=hidden]), select, textarea");
        assertThat(controls).hasSizeGreaterThan(100);
        for (Element control : controls) {
            boolean wrapped = control.closest("label") != null;
            boolean labelled = !control.id().isEmpty() && PAGE.selectFirst("label[for=" + control.id() + "]") != null;
            assertThat(wrapped || labelled).as("label for %s", control).isTrue();
        }
        List<String> ids = PAGE.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void handsTheScriptItsApiBaseAndCsrfHeaderAndPostsTheTokenWithLogout() {
        assertThat(PAGE.selectFirst("meta[name=backcast-rest]").attr("content")).isEqualTo("/jira/rest/backcast/1.0");
        assertThat(PAGE.selectFirst("meta[name=backcast-csrf-header]").attr("content")).isEqualTo("X-Atlassian-Token");
        assertThat(PAGE.selectFirst("meta[name=backcast-csrf-token]").attr("content")).isEqualTo("no-check");
        Element logout = PAGE.selectFirst("form.bc-logout");
        assertThat(logout.attr("method")).isEqualTo("post");
        assertThat(logout.attr("action")).isEqualTo("/jira/logout");
        assertThat(logout.selectFirst("input[type=hidden][name=csrf]").val()).isEqualTo("no-check");
        assertThat(PAGE.selectFirst(".bc-user-name").text()).isEqualTo("Signed in as ana");
    }

    @Test
    void loadsOneScriptAndOneStylesheetFromItsOwnStaticPathAndNothingInline() {
        for (Document page : List.of(PAGE, READ_ONLY)) {
            assertThat(page.select("script")).hasSize(1);
            assertThat(page.selectFirst("script").attr("src")).isEqualTo("/jira/static/backcast.js");
            assertThat(page.select("link[rel=stylesheet]")).extracting(e -> e.attr("href"))
                    .containsExactly("/jira/static/backcast.css");
            assertThat(page.select("style")).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as("on %s", element.tagName()).doesNotStartWith("on").isNotEqualTo("style");
                    if (!attribute.getKey().equals("xmlns")) {
                        assertThat(attribute.getValue()).doesNotStartWith("javascript:").doesNotContain("http://", "https://");
                    }
                }
            }
            assertThat(page.select("[src^=http], [href^=http], [href^=//], [src^=//]")).isEmpty();
        }
    }

    @Test
    void rendersHostileNamesAsTextOnly() {
        PlanView hostile = SamplePlans.hostile();
        String html = PAGES.plan(SamplePlans.page(hostile), new PageContext("", "<b>eve</b>", "X-CSRF", "\"><script>alert(3)</script>"));
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert", "\"onmouseover", "<b>eve");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("b")).isEmpty();
        for (Element element : page.getAllElements()) {
            boolean inHtml = element.closest("svg") == null; // SVG has x attributes of its own
            assertThat(element.attributes().asList()).extracting(Attribute::getKey)
                    .noneMatch(key -> key.startsWith("on") || key.equals("style") || inHtml && key.equals("x"));
        }
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile.plan().name());
        assertThat(page.selectFirst(".bc-client strong").text()).isEqualTo(hostile.plan().clientName());
        assertThat(page.selectFirst(".bc-outcome-title").text()).isEqualTo(hostile.outcomes().get(0).outcome().phrase());
        assertThat(page.selectFirst(".bc-user-name strong").text()).isEqualTo("<b>eve</b>");
        assertThat(page.selectFirst("meta[name=backcast-csrf-token]").attr("content")).isEqualTo("\"><script>alert(3)</script>");
        assertThat(page.selectFirst("[data-deliverable-id=40] h4").text()).isEqualTo(hostile.outcomes().get(0)
                .deliverables().get(0).deliverable().name());
        assertThat(page.selectFirst("tr[data-key=EVIL-1] td").text()).isEqualTo(SamplePlans.SCRIPT + SamplePlans.ATTRIBUTE);
        assertThat(page.selectFirst("form[data-api-path=/deliverables/40] [data-key=target]").val())
                .isEqualTo(hostile.outcomes().get(0).deliverables().get(0).deliverable().workLinks().get(0).target());
        assertThat(page.select("svg.bc-timeline g.bc-tl-row title").first().text()).startsWith(SamplePlans.SCRIPT + " milestone");
        assertThat(page.selectFirst("tr[data-milestone-id=30] .bc-milestone-name").text())
                .isEqualTo(hostile.milestones().get(0).milestone().name());
    }

    @Test
    void hostileWordingSurvivesTheRoundTripThroughTheFormsJson() throws Exception {
        PlanView hostile = SamplePlans.hostile();
        Document page = Jsoup.parse(PAGES.plan(SamplePlans.page(hostile), JIRA));
        String kept = page.selectFirst("form[data-api-path=/outcomes/200]").attr("data-preserve");
        assertThat(kept).doesNotContain("<", ">");
        Map<?, ?> json = new ObjectMapper().readValue(kept, Map.class);
        assertThat(json.get("phraseTemplates")).isEqualTo(Map.of("ON_TRACK", "{outcome} " + SamplePlans.SCRIPT));
        assertThat(((Map<?, ?>) json.get("override")).get("reason")).isEqualTo(SamplePlans.SCRIPT);
    }

    @Test
    void leavesNoTemplateSyntaxOrMissingMessageInThePage() {
        for (String html : List.of(PAGES.plan(SamplePlans.page(EDITABLE), JIRA), PAGES.plan(SamplePlans.page(SamplePlans.empty(true)), JIRA),
                PAGES.plan(SamplePlans.page(SamplePlans.singleDay()), JIRA), PAGES.plan(SamplePlans.page(SamplePlans.longRange()), JIRA))) {
            assertThat(html).doesNotContain("[page.", "$h.", "$t.", "$page", "$!", "#end", "#if", "#foreach", "#set(",
                    "null", "NaN");
        }
    }

    @Test
    void anEmptyPlanInvitesTheFirstOutcomeAndMilestone() {
        Document page = Jsoup.parse(PAGES.plan(SamplePlans.page(SamplePlans.empty(true)), JIRA));
        assertThat(page.selectFirst(".bc-outcomes .bc-empty").text()).startsWith("No outcomes yet.");
        assertThat(page.select("article.bc-outcome")).isEmpty();
        assertThat(page.select(".bc-milestone-table")).isEmpty();
        assertThat(page.selectFirst("svg.bc-timeline .bc-tl-empty").text()).startsWith("No milestones yet.");
        assertThat(page.select("form[data-api-method]")).extracting(f -> f.attr("data-api-path"))
                .containsExactly("/plans/9/outcomes", "/plans/9/milestones");
        assertThat(page.selectFirst("form[data-api-path=/plans/9/milestones] .bc-hint").text()).isNotBlank();
        assertThat(page.select(".bc-warnings")).isEmpty();
    }
}
