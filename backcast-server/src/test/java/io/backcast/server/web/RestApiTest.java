package io.backcast.server.web;

import static io.backcast.server.HttpTestClient.REST;
import static io.backcast.server.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.server.HttpTestClient;
import io.backcast.server.TestServer;
import io.backcast.server.account.Role;

/** The REST API over real HTTP: sessions, CSRF, created resources and JSON errors that change nothing. */
class RestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static HttpTestClient editor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        editor = server.clientWithRole(Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutSessionEveryCallIs401Json() {
        HttpTestClient anonymous = server.client();

        for (HttpResponse<String> response : List.of(anonymous.get(REST + "plans"),
                anonymous.post(REST + "plans", "{\"projectKey\":\"ABC\",\"name\":\"x\"}"), anonymous.get(REST + "no/such/thing"))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).get("message").asText()).isEqualTo("Log in first.");
        }
    }

    @Test
    void aBrowserAskingForLanguagesBackcastLacksIsAnsweredInEnglish() {
        for (String languages : List.of("fr-CH, fr;q=0.9, de;q=0.8", "en;q=nonsense", "en-GB")) {
            HttpTestClient browser = server.client().speaking(languages);

            HttpResponse<String> api = browser.get(REST + "plans");
            HttpResponse<String> login = browser.get("login");

            assertThat(json(api).get("message").asText()).as(languages).isEqualTo("Log in first.");
            assertThat(login.body()).as(languages).contains("<html lang=\"en\"", "Log in to Backcast");
        }
    }

    @Test
    void dotSegmentsCannotSneakPastTheLoginCheck() {
        HttpTestClient anonymous = server.client();

        for (String path : List.of("/static/../rest/backcast/1.0/plans", "/healthz/../rest/backcast/1.0/users",
                "/static/%2e%2e/rest/backcast/1.0/plans", "/static/..%2frest/backcast/1.0/plans")) {
            HttpResponse<String> response = anonymous.getRaw(path);
            assertThat(response.statusCode()).as(path).isIn(400, 401);
            assertThat(response.body()).as(path).doesNotContain("projectKey", "username\":");
        }
    }

    @Test
    void mutationWithoutCsrfHeaderIs403AndChangesNothing() {
        HttpTestClient client = server.clientWithRole(Role.EDITOR);
        int before = json(client.get(REST + "plans")).size();
        client.forgetCsrfToken();

        HttpResponse<String> response = client.post(REST + "plans", "{\"projectKey\":\"CSRF\",\"name\":\"Sneaky\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("message").asText()).isEqualTo("missing or wrong CSRF token");
        assertThat(json(client.get(REST + "plans")).size()).isEqualTo(before);
    }

    @Test
    void csrfTokenOfAnotherSessionIs403() {
        HttpTestClient other = server.clientWithRole(Role.EDITOR);
        HttpTestClient client = server.clientWithRole(Role.EDITOR);
        client.useCsrfToken(other.csrfToken());

        HttpResponse<String> response = client.post(REST + "plans", "{\"projectKey\":\"CSRF\",\"name\":\"Forged\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(editor.get(REST + "plans")).toString()).doesNotContain("Forged");
    }

    @Test
    void createsPlanOutcomeAndMilestone() {
        HttpResponse<String> plan = editor.post(REST + "plans", "{\"projectKey\":\"NET\",\"name\":\"Office move\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        int planId = json(plan).get("id").asInt();

        HttpResponse<String> outcome = editor.post(REST + "plans/" + planId + "/outcomes",
                "{\"phrase\":\"WiFi's up\",\"neededBy\":\"2026-06-30\"}");
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
        int outcomeId = json(outcome).get("id").asInt();

        HttpResponse<String> milestone = editor.post(REST + "plans/" + planId + "/milestones",
                "{\"name\":\"Network cabled\",\"durationDays\":10,\"outcomeIds\":[" + outcomeId + "]}");
        assertThat(milestone.statusCode()).as(milestone.body()).isEqualTo(201);

        JsonNode view = json(editor.get(REST + "plans/" + planId));
        assertThat(view.get("outcomes")).hasSize(1);
        assertThat(view.get("milestones")).hasSize(1);
        assertThat(view.toString()).contains("WiFi's up", "Network cabled");
    }

    @Test
    void malformedJsonIs400AndCreatesNothing() {
        int planId = newPlan("Malformed");

        HttpResponse<String> response = editor.post(REST + "plans/" + planId + "/outcomes", "{\"phrase\": \"WiFi's up\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).startsWith("body is not valid JSON");
        assertThat(json(response).get("field").asText()).isEqualTo("body");
        assertThat(json(editor.get(REST + "plans/" + planId)).get("outcomes")).isEmpty();
    }

    @Test
    void invalidDateIs400NamingTheField() {
        int planId = newPlan("Dates");

        HttpResponse<String> response = editor.post(REST + "plans/" + planId + "/outcomes",
                "{\"phrase\":\"WiFi's up\",\"neededBy\":\"2026-02-30\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("neededBy");
        assertThat(json(response).get("message").asText()).isNotBlank();
        assertThat(json(editor.get(REST + "plans/" + planId)).get("outcomes")).isEmpty();
    }

    @Test
    void unknownIdIs404Json() {
        HttpResponse<String> plan = editor.get(REST + "plans/987654");
        HttpResponse<String> outcome = editor.delete(REST + "outcomes/987654");

        assertThat(plan.statusCode()).isEqualTo(404);
        assertThat(json(plan).get("message").asText()).isEqualTo("plan 987654 does not exist");
        assertThat(outcome.statusCode()).isEqualTo(404);
        assertThat(json(outcome).get("message").asText()).isEqualTo("outcome 987654 does not exist");
    }

    @Test
    void dependencyCycleIs409AndKeepsThePlanAsItWas() {
        int planId = newPlan("Cycle");
        int survey = json(editor.post(REST + "plans/" + planId + "/milestones", "{\"name\":\"Survey\",\"durationDays\":2}")).get("id").asInt();
        int cabling = json(editor.post(REST + "plans/" + planId + "/milestones",
                "{\"name\":\"Cabling\",\"durationDays\":5,\"predecessors\":[{\"predecessorId\":" + survey + "}]}")).get("id").asInt();

        HttpResponse<String> cycle = editor.put(REST + "milestones/" + survey,
                "{\"name\":\"Survey\",\"durationDays\":2,\"predecessors\":[{\"predecessorId\":" + cabling + "}]}");

        assertThat(cycle.statusCode()).as(cycle.body()).isEqualTo(409);
        assertThat(json(cycle).get("message").asText()).contains("cycle", "Survey", "Cabling");
        assertThat(json(cycle).get("field").isNull()).isFalse();
        JsonNode milestones = json(editor.get(REST + "plans/" + planId)).get("milestones");
        assertThat(milestones.toString()).doesNotContain("\"predecessorId\":" + cabling);
    }

    @Test
    void viewerMayReadButNotEdit() {
        int planId = newPlan("Read only");
        HttpTestClient viewer = server.clientWithRole(Role.VIEWER);

        assertThat(viewer.get(REST + "plans/" + planId).statusCode()).isEqualTo(200);
        HttpResponse<String> edit = viewer.post(REST + "plans/" + planId + "/outcomes", "{\"phrase\":\"Sneaky\",\"neededBy\":\"2026-06-30\"}");
        HttpResponse<String> create = viewer.post(REST + "plans", "{\"projectKey\":\"VIEW\",\"name\":\"Mine\"}");

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(json(edit).get("message").asText()).isEqualTo("You may view this plan but not change it.");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(json(editor.get(REST + "plans/" + planId)).get("outcomes")).isEmpty();
        assertThat(json(editor.get(REST + "plans")).toString()).doesNotContain("\"VIEW\"");
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAnswerJson() {
        HttpResponse<String> unknown = editor.get(REST + "no/such/thing");
        HttpResponse<String> outside = editor.get("rest/other/1.0/plans");
        HttpResponse<String> method = editor.send("DELETE", REST + "plans", null, null);
        HttpResponse<String> mediaType = editor.send("POST", REST + "plans", "text/plain", "{}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("message").asText()).isEqualTo("There is nothing at this address.");
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(json(outside).get("status").asInt()).isEqualTo(404);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(json(method).get("message").asText()).contains("DELETE");
        assertThat(mediaType.statusCode()).isEqualTo(415);
        assertThat(json(mediaType).get("message").asText()).contains("application/json");
        for (HttpResponse<String> response : List.of(unknown, outside, method, mediaType)) {
            assertThat(response.body()).doesNotContain("<html", "Exception", "at io.");
        }
    }

    @Test
    void oversizedBodiesAre413JsonWithOrWithoutContentLength() throws IOException {
        HttpTestClient.RawResponse declared = editor.postHeadersOnly(REST + "plans", 1_100_000);
        HttpResponse<String> chunked = editor.postChunked(REST + "plans",
                "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.headers().get("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(declared.body()).get("message").asText()).isEqualTo("The request is too large.");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json(chunked).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void traceIsRefused() {
        assertThat(editor.send("TRACE", REST + "plans", null, null).statusCode()).isEqualTo(405);
    }

    @Test
    void sessionEndpointTellsTheCsrfHeaderAndToken() {
        JsonNode session = json(editor.get(REST + "session"));

        assertThat(session.get("csrfHeader").asText()).isEqualTo("X-Backcast-CSRF");
        assertThat(session.get("csrfToken").asText()).isEqualTo(editor.csrfToken()).hasSize(43);
        assertThat(session.get("role").asText()).isEqualTo("EDITOR");
    }

    private static int newPlan(String name) {
        HttpResponse<String> plan = editor.post(REST + "plans", "{\"projectKey\":\"TST\",\"name\":\"" + name + "\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        return json(plan).get("id").asInt();
    }
}
