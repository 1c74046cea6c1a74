package io.backcast.server.browser;

import static io.backcast.server.HttpTestClient.REST;
import static io.backcast.server.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.backcast.server.HttpTestClient;
import io.backcast.server.TestServer;
import io.backcast.server.demo.DemoPlan;

/**
 * The plan page's forms in headless chromium, against a real server in demo mode (so that the
 * demo's Jira issues NET-… exist as work to link). Each test makes its own plan through the
 * REST API (the plan list has no create form), then edits it through the page as an editor
 * would: open a dialog, fill it, save, and read the reloaded page.
 */
class PlanPageInBrowserTest {

    private static TestServer server;
    private static HttpTestClient api;
    private static LocalDate today;

    @RegisterExtension
    static final BrowserPage browser = new BrowserPage(() -> server.server.uri());

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD);
        api = server.admin();
        today = LocalDate.now(server.clock);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void logIn() {
        browser.logIn("admin", TestServer.ADMIN_PASSWORD);
    }

    @Test
    void demoPlanShowsItsOutcomesInTheirStatesAndTheMilestoneTimeline() {
        browser.open("plans/" + server.server.demoPlan().id());
        Page page = browser.page();

        assertThat(outcome(DemoPlan.WIFI).locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("At risk");
        assertThat(outcome(DemoPlan.MACHINES).locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("Off track");
        assertThat(outcome(DemoPlan.WEB_SERVERS).locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("On track");
        assertThat(page.locator("svg.bc-timeline").getAttribute("data-rows")).isEqualTo("10");
        assertThat(page.locator("svg.bc-timeline g.bc-tl-row").count()).isEqualTo(10);
        assertThat(page.locator("svg.bc-burnup").count()).isEqualTo(3);
        assertThat(button("Add outcome").isVisible()).isTrue();
        assertThat(button("Add milestone").isVisible()).isTrue();
        browser.screenshot("demo-plan");
    }

    @Test
    void outcomeAddedThroughTheFormIsListedWithItsPhraseAsNotStarted() {
        int planId = newPlan("Office move");
        browser.open("plans/" + planId);
        Page page = browser.page();
        assertThat(page.locator(".bc-outcomes > .bc-empty").textContent()).startsWith("No outcomes yet.");

        Locator dialog = browser.openDialog(button("Add outcome"));
        dialog.getByLabel("Outcome, in the client's words").fill("Printers work");
        dialog.getByLabel("Needed by").fill(today.plusWeeks(6).toString());
        browser.saveAndWaitForReload(dialog);

        assertThat(page.locator("article.bc-outcome").count()).isEqualTo(1);
        Locator card = outcome("Printers work");
        assertThat(card.locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("Not started");
        assertThat(card.locator(".bc-phrase").textContent()).startsWith("Printers work — not started; needed by ");
        assertThat(card.locator(".bc-reason").textContent()).isEqualTo("no deliverables yet");
        assertThat(page.locator(".bc-outcomes > .bc-empty").count()).isZero();
        JsonNode stored = json(api.get(REST + "plans/" + planId)).get("outcomes");
        assertThat(stored.toString()).contains("Printers work", today.plusWeeks(6).toString());
        browser.screenshot("plan-after-adding-an-outcome");
    }

    @Test
    void deliverableLinkedToDemoIssuesChangesTheOutcomesProgressAndBreakdown() {
        int planId = newPlan("Printer roll-out");
        newOutcome(planId, "Printers work", today.plusWeeks(6));
        browser.open("plans/" + planId);
        Locator card = outcome("Printers work");
        assertThat(card.locator("[data-unmeasured]").textContent()).isEqualTo("no deliverables");
        assertThat(card.locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("Not started");
        assertThat(card.locator(".bc-breakdown summary").textContent()).contains("(0 deliverables)");

        Locator dialog = browser.openDialog(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add deliverable")));
        dialog.getByLabel("Deliverable").fill("Printers on the network");
        dialog.getByLabel("Weight").fill("1");
        for (String key : new String[] {"NET-1", "NET-22"}) {
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a work link")).click();
            Locator row = dialog.locator("[data-list=workLinks] [data-rows] > [data-row]").last();
            row.locator("select[data-key=kind]").selectOption("ISSUE");
            row.getByLabel("Issue key, epic key or JQL").fill(key);
        }
        browser.saveAndWaitForReload(dialog);

        card = outcome("Printers work");
        assertThat(card.locator(".bc-progress-text").textContent()).isEqualTo("50%");
        assertThat(card.locator("progress").getAttribute("value")).isEqualTo("50");
        assertThat(card.locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("On track");
        assertThat(card.locator(".bc-reason").textContent()).isEqualTo("50% done");
        Locator breakdown = card.locator(".bc-breakdown");
        breakdown.locator("summary").click();
        assertThat(breakdown.locator("summary").textContent()).contains("(1 deliverable)");
        Locator deliverable = breakdown.locator("section.bc-deliverable");
        assertThat(deliverable.locator("h4").textContent()).isEqualTo("Printers on the network");
        assertThat(deliverable.locator("tr.bc-item").evaluateAll("rows => rows.map(r => r.dataset.key)"))
                .isEqualTo(List.of("NET-1", "NET-22"));
        assertThat(deliverable.locator("tr.bc-item-done").getAttribute("data-key")).isEqualTo("NET-1");
        assertThat(deliverable.locator("tr.bc-item[data-key=NET-22]").isVisible()).isTrue();
        assertThat(deliverable.locator(".bc-totals").textContent()).contains("1 of 2 weight earned.");
        browser.screenshot("plan-after-adding-a-deliverable");
    }

    @Test
    void dependentMilestonesFeedingAnOutcomeMoveItsForecastPastNeededByAndPutItOffTrack() {
        int planId = newPlan("Cabling");
        LocalDate neededBy = today.plusWeeks(2);
        newOutcome(planId, "Desks are patched", neededBy);
        browser.open("plans/" + planId);
        Page page = browser.page();
        assertThat(page.locator(".bc-timeline-figure").textContent()).contains("No milestones yet.");
        assertThat(outcome("Desks are patched").locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("Not started");

        addMilestone("Floor boxes cabled", 5, null, "FS", 0, "Desks are patched");
        Locator card = outcome("Desks are patched");
        String forecastWithOne = card.locator(".bc-forecast").textContent();
        assertThat(card.locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("Not started");
        assertThat(card.locator(".bc-float").textContent()).contains("float").doesNotContain("late");
        assertThat(page.locator("svg.bc-timeline g.bc-tl-row").count()).isEqualTo(1);

        addMilestone("Desk ports patched", 6, "Floor boxes cabled", "FS", 2, "Desks are patched");

        Locator timeline = page.locator("svg.bc-timeline");
        assertThat(timeline.getAttribute("data-rows")).isEqualTo("2");
        assertThat(timeline.locator("g.bc-tl-row text:first-of-type").allTextContents())
                .containsExactly("Floor boxes cabled", "Desk ports patched");
        assertThat(timeline.locator("g.bc-tl-needed-by").count()).isEqualTo(1);
        Locator second = milestoneRow("Desk ports patched");
        assertThat(second.locator("td").nth(5).textContent()).isEqualTo("Floor boxes cabled (FS +2 d)");
        assertThat(second.locator("td").nth(6).textContent()).isEqualTo("Desks are patched");

        card = outcome("Desks are patched");
        assertThat(card.locator(".bc-outcome-head .bc-state-name").textContent()).isEqualTo("Off track");
        assertThat(card.locator(".bc-forecast").textContent()).isNotEqualTo(forecastWithOne);
        assertThat(card.locator(".bc-forecast").getAttribute("class")).contains("bc-late");
        assertThat(card.locator(".bc-float").textContent()).contains("late");
        browser.screenshot("plan-after-adding-dependent-milestones");
    }

    @Test
    void blankPhraseIsRefusedNextToThePhraseFieldAndNothingChanges() {
        int planId = newPlan("Blank phrase");
        newOutcome(planId, "Printers work", today.plusWeeks(6));
        browser.open("plans/" + planId);
        Page page = browser.page();

        Locator dialog = browser.openDialog(outcome("Printers work").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Edit outcome")));
        Locator phrase = dialog.getByLabel("Outcome, in the client's words");
        phrase.fill("   "); // passes the browser's "required", is blank to the API
        Locator error = browser.saveExpectingRefusal(dialog);

        assertThat(error.textContent()).isEqualTo("Outcome, in the client's words: must not be blank");
        assertThat(phrase.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phrase.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(error.getAttribute("data-error-of")).isEqualTo(phrase.getAttribute("id"));
        assertThat(phrase.evaluate("input => input.nextElementSibling.classList.contains('bc-field-error')"))
                .as("the message sits right after the input").isEqualTo(true);
        assertThat(phrase.evaluate("input => document.activeElement === input")).isEqualTo(true);
        assertThat(dialog.isVisible()).as("the dialog stays open").isTrue();
        browser.screenshot("plan-refusing-a-blank-phrase");

        browser.reload();
        assertThat(page.locator("h3.bc-outcome-title").allTextContents()).containsExactly("Printers work");
        assertThat(json(api.get(REST + "plans/" + planId)).at("/outcomes/0/outcome/phrase").asText()).isEqualTo("Printers work");
    }

    @Test
    void dependencyCycleIsRefusedNextToThePredecessorsAndNothingChanges() {
        int planId = newPlan("Cycle");
        int first = json(api.post(REST + "plans/" + planId + "/milestones", "{\"name\":\"Survey\",\"durationDays\":2}")).get("id").asInt();
        api.post(REST + "plans/" + planId + "/milestones",
                "{\"name\":\"Cabling\",\"durationDays\":5,\"predecessors\":[{\"predecessorId\":" + first + ",\"type\":\"FS\",\"lagDays\":0}]}");
        browser.open("plans/" + planId);
        Page page = browser.page();

        Locator survey = milestoneRow("Survey");
        Locator dialog = browser.openDialog(survey.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a predecessor")).click();
        Locator row = dialog.locator("[data-list=predecessors] [data-rows] > [data-row]").last();
        row.locator("select[data-key=predecessorId]").selectOption(new SelectOption().setLabel("Cabling"));
        row.locator("select[data-key=type]").selectOption("SS");
        Locator error = browser.saveExpectingRefusal(dialog);

        Locator predecessors = dialog.locator("fieldset[data-list=predecessors]");
        assertThat(predecessors.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(error.textContent()).contains("cycle", "Survey", "Cabling");
        assertThat(error.evaluate("note => note.previousElementSibling.tagName")).as("the message follows the legend").isEqualTo("LEGEND");
        browser.screenshot("plan-refusing-a-dependency-cycle");

        browser.reload();
        assertThat(milestoneRow("Survey").locator("td").nth(5).textContent()).as("Survey comes after nothing").isEqualTo("—");
        assertThat(milestoneRow("Cabling").locator("td").nth(5).textContent()).isEqualTo("Survey (FS)");
    }

    // ------------------------------------------------------------------------------------------

    private static int newPlan(String name) {
        HttpResponse<String> plan = api.post(REST + "plans", "{\"projectKey\":\"NET\",\"name\":\"" + name + "\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        return json(plan).get("id").asInt();
    }

    @Test
    void aLongUnbrokenWordWrapsInsteadOfWideningThePage() {
        String word = "W".repeat(255);
        int planId = newPlan(word.substring(0, 200));
        newOutcome(planId, word, today.plusWeeks(6));
        HttpResponse<String> milestone = api.post(REST + "plans/" + planId + "/milestones",
                "{\"name\":\"" + word + "\",\"durationDays\":3}");
        assertThat(milestone.statusCode()).as(milestone.body()).isEqualTo(201);

        browser.open("plans/" + planId);
        Page page = browser.page();

        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        assertThat((List<?>) widths).satisfies(w -> assertThat(((Number) w.get(0)).intValue())
                .as("page width %s with a 255-character word, window %s", w.get(0), w.get(1))
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue()));
        assertThat(page.locator("article.bc-outcome .bc-phrase").first().isVisible()).isTrue();
        browser.screenshot("plan-with-a-long-word");
    }

    private static void newOutcome(int planId, String phrase, LocalDate neededBy) {
        HttpResponse<String> outcome = api.post(REST + "plans/" + planId + "/outcomes",
                "{\"phrase\":\"" + phrase + "\",\"neededBy\":\"" + neededBy + "\"}");
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
    }

    /** Adds a milestone through the "Add milestone" form, optionally after another one, feeding one outcome. */
    private void addMilestone(String name, int days, String after, String type, int lag, String feeds) {
        Locator dialog = browser.openDialog(button("Add milestone"));
        dialog.locator("input[name=name]").fill(name);
        dialog.getByLabel("Duration").fill(Integer.toString(days));
        if (after != null) {
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a predecessor")).click();
            Locator row = dialog.locator("[data-list=predecessors] [data-rows] > [data-row]").last();
            row.locator("select[data-key=predecessorId]").selectOption(new SelectOption().setLabel(after));
            row.locator("select[data-key=type]").selectOption(type);
            row.locator("input[data-key=lagDays]").fill(Integer.toString(lag));
        }
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(feeds)).check();
        browser.saveAndWaitForReload(dialog);
    }

    private static Locator outcome(String words) {
        return browser.page().locator("article.bc-outcome").filter(new Locator.FilterOptions()
                .setHas(browser.page().locator("h3.bc-outcome-title", new Page.LocatorOptions().setHasText(words))));
    }

    /** The row of the milestone table whose milestone has exactly this name. */
    private static Locator milestoneRow(String name) {
        Page page = browser.page();
        return page.locator(".bc-milestone-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator(".bc-milestone-name:text-is(\"" + name + "\")")));
    }

    private static Locator button(String name) {
        return browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
