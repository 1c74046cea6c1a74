package io.backcast.jira.web;

import static io.backcast.jira.web.JiraOnJetty.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.annotations.security.UnrestrictedAccess;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.WorkLink;
import io.backcast.service.PlanService;

/** The plugin's client status page over real HTTP, under Jira's context path, without a login. */
class JiraStatusServletTest {

    private JiraOnJetty jira;
    private int planId;

    @BeforeEach
    void aSharedPlanInJira() throws Exception {
        jira = new JiraOnJetty();
        PlanService plans = jira.backcast().core().plans();
        Plan plan = plans.savePlan(ADA, Plan.create("FIT", "Level 3 fit-out").withClientName("Acme Health"));
        planId = plan.id();
        Outcome wifi = plans.saveOutcome(ADA, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2026, 4, 3)));
        plans.saveDeliverable(ADA, Deliverable.create(wifi.id(), "Access points installed")
                .withWorkLinks(List.of(WorkLink.issue("NET-417"))));
    }

    @AfterEach
    void stop() throws Exception {
        jira.close();
    }

    private String share() {
        return jira.backcast().core().shares().create(ADA, planId, "Acme facilities team", null, Set.of()).token();
    }

    private HttpResponse<String> status(String token) throws Exception {
        return jira.get("plugins/servlet/backcast/status/" + token);
    }

    @Test
    void aShareLinkOpensTheOutcomeLevelPageWithoutALoginAndWithTheStatusHeaders() throws Exception {
        jira.logIn(null);

        HttpResponse<String> page = status(share());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Level 3 fit-out", "Acme Health", "WiFi&#39;s up", "every deliverable is done")
                .doesNotContain("NET-417", "Access points installed", ADA.userKey());
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("X-Robots-Tag")).contains("noindex");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'"));
    }

    @Test
    void theStylesheetThePageLinksIsServedUnderTheJiraContextPath() throws Exception {
        String body = status(share()).body();
        Matcher stylesheet = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(body);

        assertThat(stylesheet.find()).isTrue();
        URI css = jira.at("plugins/servlet/backcast/status/x").resolve(stylesheet.group(1));
        HttpResponse<String> answer = jira.get(css);
        assertThat(css.getPath()).isEqualTo("/jira/plugins/servlet/backcast/static/backcast.css");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void unknownAndRevokedLinksAnswerTheSame404() throws Exception {
        String token = share();
        jira.backcast().core().shares().revoke(ADA, jira.backcast().core().shares().links(ADA, planId).get(0).id());

        HttpResponse<String> revoked = status(token);
        HttpResponse<String> unknown = status("A".repeat(43));

        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(unknown.body()).contains("This link does not open a status page");
    }

    @Test
    void bothServletsAreOpenToAnonymousUsersAsJiraTenRequires() {
        assertThat(JiraStatusServlet.class.isAnnotationPresent(UnrestrictedAccess.class)).isTrue();
        assertThat(JiraStaticServlet.class.isAnnotationPresent(UnrestrictedAccess.class)).isTrue();
    }
}
