package io.backcast.jira.web;

import static io.backcast.jira.web.JiraOnJetty.ADA;
import static io.backcast.jira.web.JiraOnJetty.RITA;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core's REST API in Jira ({@code /rest/backcast/1.0}), with Jira's logged-in user as the
 * viewer and Jira's project permissions deciding: a plan made, shared and revoked over HTTP,
 * and the share link opening (then not opening) the client status page.
 */
class JiraRestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "rest/backcast/1.0/";

    private JiraOnJetty jira;

    @BeforeEach
    void start() throws Exception {
        jira = new JiraOnJetty();
    }

    @AfterEach
    void stop() throws Exception {
        jira.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private int newPlanWithAnOutcome() throws Exception {
        HttpResponse<String> plan = jira.post(API + "plans",
                "{\"projectKey\":\"FIT\",\"name\":\"Level 3 fit-out\",\"clientName\":\"Acme Health\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        int planId = json(plan).get("id").asInt();
        HttpResponse<String> outcome = jira.post(API + "plans/" + planId + "/outcomes",
                "{\"phrase\":\"Machines are on the network\",\"neededBy\":\"2026-05-29\"}");
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
        return planId;
    }

    @Test
    void aProjectAdministratorSharesAPlanAndTheLinkOpensItsStatusPageUntilRevoked() throws Exception {
        jira.logIn(ADA);
        int planId = newPlanWithAnOutcome();

        HttpResponse<String> made = jira.post(API + "plans/" + planId + "/share-links", "{\"label\":\"Acme facilities\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String token = json(made).get("token").asText();
        int linkId = json(made).get("link").get("id").asInt();
        assertThat(token).hasSize(43);

        HttpResponse<String> page = jira.get("plugins/servlet/backcast/status/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Machines are on the network");

        assertThat(jira.delete(API + "share-links/" + linkId).statusCode()).isEqualTo(200);
        assertThat(jira.get("plugins/servlet/backcast/status/" + token).statusCode()).isEqualTo(404);
        assertThat(json(jira.get(API + "plans/" + planId + "/share-links")).get(0).get("viewCount").asInt()).isEqualTo(1);
    }

    @Test
    void someoneWhoMayOnlyBrowseTheProjectReadsThePlanButMayNotShareIt() throws Exception {
        jira.logIn(ADA);
        int planId = newPlanWithAnOutcome();
        jira.logIn(RITA);

        HttpResponse<String> plan = jira.get(API + "plans/" + planId);
        HttpResponse<String> share = jira.post(API + "plans/" + planId + "/share-links", "{\"label\":\"Mine\"}");

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(share.statusCode()).isEqualTo(403);
        assertThat(json(share).get("message").asText()).isEqualTo("Only the plan's editors may share it.");
    }

    @Test
    void withoutAJiraLoginTheApiAnswers401InJson() throws Exception {
        jira.logIn(null);

        HttpResponse<String> plans = jira.get(API + "plans");

        assertThat(plans.statusCode()).isEqualTo(401);
        assertThat(plans.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws Exception {
        jira.logIn(ADA);
        int planId = newPlanWithAnOutcome();

        HttpResponse<String> bad = jira.post(API + "plans/" + planId + "/share-links", "{\"label\":\"\"}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).startsWith("shareLink.label");
        assertThat(json(jira.get(API + "plans/" + planId + "/share-links"))).isEmpty();
    }
}
