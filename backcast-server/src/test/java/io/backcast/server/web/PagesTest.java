package io.backcast.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.server.HttpTestClient;
import io.backcast.server.TestServer;
import io.backcast.server.demo.DemoPlan;

/** The HTML pages of the demo: plan list, plan page, errors, static files. */
class PagesTest {

    private static TestServer server;
    private static HttpTestClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD);
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void planListLinksToTheDemoPlan() {
        HttpResponse<String> page = admin.get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains(DemoPlan.PLAN_NAME.replace("'", "&#39;"), "/plans/" + server.server.demoPlan().id());
    }

    @Test
    void planPageShowsTheOutcomePhrases() {
        HttpResponse<String> page = admin.get("plans/" + server.server.demoPlan().id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("WiFi&#39;s up", "Machines are on the network", "Users can access the web servers securely");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void unknownPlanIsA404Page() {
        HttpResponse<String> page = admin.get("plans/99999");
        HttpResponse<String> nonsense = admin.get("plans/abc");
        HttpResponse<String> nowhere = admin.get("no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html").doesNotContain("Exception");
        assertThat(nonsense.statusCode()).isEqualTo(404);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("<html");
    }

    @Test
    void loginPageCarriesThePreSessionTokenInItsForm() {
        HttpTestClient client = server.client();

        HttpResponse<String> page = client.get("login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"csrf\"", client.cookie("backcast_login"));
    }

    @Test
    void staticFilesNeedNoLoginButNothingOutsideTheFolderOrAListingIsServed() {
        HttpTestClient anonymous = server.client();

        assertThat(anonymous.get("static/").statusCode()).isEqualTo(404);
        for (String escape : new String[] {"static/../i18n/messages.properties", "static/%2e%2e/i18n/messages.properties",
                "static/..%2fi18n/messages.properties", "static/i18n/messages.properties"}) {
            HttpResponse<String> response = anonymous.get(escape);
            assertThat(response.statusCode()).as(escape).isNotEqualTo(200);
            assertThat(response.body()).as(escape).doesNotContain("format.date");
        }
        assertThat(anonymous.get("static/nothing.css").statusCode()).isEqualTo(404);
        HttpResponse<String> css = anonymous.get("static/backcast.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("ETag")).isPresent();
        assertThat(anonymous.get("static/backcast.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("favicon.ico").statusCode()).isIn(200, 204);
    }
}
