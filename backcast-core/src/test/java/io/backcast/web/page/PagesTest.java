package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.backcast.model.Plan;

/** The plan list, login and error pages, and the layout they share with the plan page. */
class PagesTest {

    private static final Pages PAGES = new Pages();
    private static final PageContext SERVER = new PageContext("", "ana", "X-Backcast-CSRF", "t0k3n");
    private static final PageContext ANONYMOUS = new PageContext("", null, "X-Backcast-CSRF", "t0k3n");

    @Test
    void thePlanListLinksEveryPlanUnderTheBasePath() {
        List<Plan> plans = List.of(SamplePlans.fitOut(false).plan(), SamplePlans.empty(false).plan());
        Document page = Jsoup.parse(PAGES.planList(plans, new PageContext("/jira/", "ana", "X-Atlassian-Token", "no-check")));
        assertThat(page.select("table.bc-plan-list tbody tr a")).extracting(a -> a.attr("href"))
                .containsExactly("/jira/plans/7", "/jira/plans/9");
        assertThat(page.select("table.bc-plan-list tbody tr a")).extracting(Element::text)
                .containsExactly("Level 3 fit-out", "Fresh start");
        assertThat(page.select("table.bc-plan-list tbody tr")).extracting(r -> r.select("td").eachText())
                .containsExactly(List.of("Acme Health", "FIT"), List.of("—", "NEW"));
        assertThat(page.selectFirst("nav.bc-nav a").attr("aria-current")).isEqualTo("page");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/jira/static/backcast.css");
    }

    @Test
    void anEmptyPlanListSaysSo() {
        Document page = Jsoup.parse(PAGES.planList(List.of(), SERVER));
        assertThat(page.select("table")).isEmpty();
        assertThat(page.selectFirst(".bc-empty").text()).isEqualTo("No plans yet, or none you may see.");
    }

    @Test
    void everyPageSharesTheHeaderWithTheUserAndALogoutFormThatPostsTheCsrfToken() {
        for (String html : List.of(PAGES.planList(List.of(), SERVER), PAGES.error(500, null, SERVER),
                PAGES.plan(SamplePlans.page(SamplePlans.empty(false)), SERVER))) {
            Document page = Jsoup.parse(html);
            assertThat(page.selectFirst(".bc-user-name").text()).isEqualTo("Signed in as ana");
            Element logout = page.selectFirst("header form.bc-logout");
            assertThat(logout.attr("action")).isEqualTo("/logout");
            assertThat(logout.attr("method")).isEqualTo("post");
            assertThat(logout.selectFirst("input[type=hidden][name=csrf]").val()).isEqualTo("t0k3n");
            assertThat(page.selectFirst("meta[name=backcast-csrf-header]").attr("content")).isEqualTo("X-Backcast-CSRF");
            assertThat(page.selectFirst("a.bc-skip").attr("href")).isEqualTo("#bc-main");
            assertThat(page.getElementById("bc-main")).isNotNull();
            assertThat(page.select("script")).extracting(s -> s.attr("src")).containsExactly("/static/backcast.js");
        }
    }

    @Test
    void theLoginFormPostsUsernamePasswordAndCsrfToTheLoginPath() {
        Document page = Jsoup.parse(PAGES.login(ANONYMOUS, null));
        Element form = page.selectFirst("form.bc-login-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/login");
        assertThat(form.select("input")).extracting(i -> i.attr("name")).containsExactly("csrf", "username", "password");
        assertThat(form.selectFirst("[name=csrf]").val()).isEqualTo("t0k3n");
        assertThat(form.selectFirst("[name=password]").attr("type")).isEqualTo("password");
        assertThat(form.selectFirst("[name=password]").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.selectFirst("label[for=bc-login-username]").text()).isEqualTo("Username");
        assertThat(page.select("[role=alert]")).isEmpty();
        assertThat(page.select(".bc-user, form.bc-logout, nav.bc-nav")).as("nobody is logged in").isEmpty();
    }

    @Test
    void theLoginPageShowsTheLastErrorAsAnAlertTiedToTheForm() {
        Document page = Jsoup.parse(PAGES.login(new PageContext("/base", null, "h", "t"), "Wrong <b>password</b>"));
        Element alert = page.selectFirst("[role=alert]");
        assertThat(alert.text()).isEqualTo("Wrong <b>password</b>");
        assertThat(page.select("b")).isEmpty();
        assertThat(page.selectFirst("#bc-login-username").attr("aria-describedby")).isEqualTo(alert.id());
        assertThat(page.selectFirst("form.bc-login-form").attr("action")).isEqualTo("/base/login");
    }

    @Test
    void anErrorPageNamesTheStatusAndShowsTheMessageAsText() {
        Document page = Jsoup.parse(PAGES.error(404, "No plan <script>alert(1)</script>", SERVER));
        assertThat(page.title()).isEqualTo("Not found · Backcast");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
        assertThat(page.selectFirst(".bc-eyebrow").text()).isEqualTo("Error 404");
        assertThat(page.selectFirst(".bc-error-page p:nth-of-type(2)").text()).isEqualTo("No plan <script>alert(1)</script>");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst(".bc-error-page a").attr("href")).isEqualTo("/");
    }

    @Test
    void anUnknownStatusGetsTheGeneralTitleAndABlankMessageAReassurance() {
        Document page = Jsoup.parse(PAGES.error(418, " ", ANONYMOUS));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertThat(page.selectFirst(".bc-error-page p:nth-of-type(2)").text()).startsWith("Nothing was changed.");
    }

    @Test
    void theContextTrimsTheBasePathsTrailingSlashAndNamesTheApiAndAssets() {
        PageContext ctx = new PageContext("/jira/", "ana", "X-Atlassian-Token", "no-check");
        assertThat(ctx.basePath()).isEqualTo("/jira");
        assertThat(ctx.restBase()).isEqualTo("/jira/rest/backcast/1.0");
        assertThat(ctx.staticBase()).isEqualTo("/jira/static");
        assertThat(new PageContext(null, null, null, null).basePath()).isEmpty();
        assertThat(new PageContext("", " ", "h", "t").loggedIn()).isFalse();
    }

    @Test
    void oneEngineRendersTheSamePageFromManyThreads() throws Exception {
        String expected = PAGES.plan(SamplePlans.page(SamplePlans.fitOut(true)), SERVER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> PAGES.plan(SamplePlans.page(SamplePlans.fitOut(true)), SERVER)));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
