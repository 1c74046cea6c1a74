package io.backcast.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.port.Viewer;
import io.backcast.server.HttpTestClient;
import io.backcast.server.LogCapture;
import io.backcast.server.TestServer;
import io.backcast.server.account.Tokens;
import io.backcast.server.demo.DemoPlan;
import io.backcast.service.ShareService.NewShareLink;
import io.backcast.web.status.StatusRateLimit;
import io.backcast.web.status.StatusServlet;

/**
 * {@code /s/{token}} on the whole server with real share links (demo plan, H2): no login, the
 * status headers, one 404 for unknown, revoked and expired links, revocation at once and expiry
 * at its instant, the rate limits, and no token in any log line. The rate limit is off here but
 * in {@link #limitsRequestsPerTokenAndPerAddress} (its own server: the clock never moves by
 * itself, so a shared limit would carry over from one test to the next).
 */
class ShareLinksTest {

    private static TestServer server;
    private static int planId;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD, StatusRateLimit.OFF);
        planId = server.server.demoPlan().id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static NewShareLink share(TestServer server, int planId, Instant expiresAt) {
        return server.server.shares().create(new Viewer("admin"), planId, DemoPlan.CLIENT_NAME, expiresAt, null);
    }

    private static void revoke(NewShareLink link) {
        server.server.shares().revoke(new Viewer("admin"), link.link().id());
    }

    @Test
    void aValidLinkOpensTheStatusPageWithoutALoginAndWithTheStatusHeaders() {
        NewShareLink link = share(server, planId, null);

        HttpResponse<String> page = server.client().get("s/" + link.token());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(DemoPlan.PLAN_NAME.replace("'", "&#39;"));
        assertStatusHeaders(page);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(server.server.shares().link(new Viewer("admin"), link.link().id()).viewCount()).isEqualTo(1);
    }

    @Test
    void aLinksPageIsInTheLanguageChosenWhenItWasMadeWhateverTheVisitorsBrowserAsks() {
        HttpTestClient admin = server.admin();
        HttpResponse<String> made = admin.post(HttpTestClient.REST + "plans/" + planId + "/share-links",
                "{\"label\":\"Acme\",\"language\":\"EN\"}");
        HttpResponse<String> klingon = admin.post(HttpTestClient.REST + "plans/" + planId + "/share-links",
                "{\"label\":\"Acme\",\"language\":\"tlh\"}");
        String token = HttpTestClient.json(made).get("token").asText();

        HttpResponse<String> french = server.client().speaking("fr").get("s/" + token);
        HttpResponse<String> english = server.client().speaking("en-GB").get("s/" + token);

        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(HttpTestClient.json(made).get("link").get("language").asText()).isEqualTo("en");
        assertThat(klingon.statusCode()).isEqualTo(400);
        assertThat(HttpTestClient.json(klingon).get("field").asText()).isEqualTo("shareLink.language");
        assertThat(french.body()).contains("<html lang=\"en\"").isEqualTo(english.body());
    }

    @Test
    void aLoggedInEditorGetsTheSameAnonymousPageAndNoSessionIsTouched() {
        NewShareLink link = share(server, planId, null);
        HttpTestClient admin = server.admin();

        HttpResponse<String> asEditor = admin.get("s/" + link.token());
        HttpResponse<String> anonymous = server.client().get("s/" + link.token());

        assertThat(asEditor.statusCode()).isEqualTo(200);
        assertThat(asEditor.body()).isEqualTo(anonymous.body()).doesNotContain("admin", admin.csrfToken());
        assertThat(asEditor.headers().allValues("Set-Cookie")).isEmpty();
        assertStatusHeaders(asEditor);
    }

    @Test
    void unknownRevokedAndExpiredTokensGetTheSame404PageAndHeaders() {
        NewShareLink revoked = share(server, planId, null);
        NewShareLink expired = share(server, planId, server.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(server.client().get("s/" + revoked.token()).statusCode()).isEqualTo(200);
        assertThat(server.client().get("s/" + expired.token()).statusCode()).isEqualTo(200);
        revoke(revoked);
        server.clock.advance(Duration.ofMinutes(1));
        try {
            HttpResponse<String> unknown = server.client().get("s/" + Tokens.newToken());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertStatusHeaders(unknown);
            assertThat(unknown.body()).contains("This link does not open a status page")
                    .doesNotContain(DemoPlan.PLAN_NAME, DemoPlan.CLIENT_NAME, "<script", "href=\"/\"");

            Map<String, HttpResponse<String>> others = Map.of(
                    "revoked", server.client().get("s/" + revoked.token()),
                    "expired", server.client().get("s/" + expired.token()),
                    "malformed", server.client().get("s/not-a-token"),
                    "empty", server.client().get("s/"),
                    "a valid token's hash", server.client().get("s/" + Tokens.sha256(revoked.token())),
                    "logged in, unknown", server.admin().get("s/" + Tokens.newToken()));
            others.forEach((kind, answer) -> {
                assertThat(answer.statusCode()).as(kind).isEqualTo(404);
                assertThat(answer.body()).as(kind).isEqualTo(unknown.body());
                assertThat(StatusServletTest.headers(answer)).as(kind).isEqualTo(StatusServletTest.headers(unknown));
            });
        } finally {
            server.clock.advance(Duration.ofMinutes(-1));
        }
    }

    @Test
    void aRevokedLinkStopsWorkingAtOnce() {
        NewShareLink link = share(server, planId, null);
        HttpTestClient client = server.client();
        assertThat(client.get("s/" + link.token()).statusCode()).isEqualTo(200);

        revoke(link);

        assertThat(client.get("s/" + link.token()).statusCode()).isEqualTo(404);
        assertThat(server.client().get("s/" + link.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiringLinkWorksUntilItsExpiryInstantAndNotFromIt() {
        Instant expiry = server.clock.instant().plus(Duration.ofHours(1));
        NewShareLink link = share(server, planId, expiry);
        Duration back = Duration.ZERO;
        try {
            Duration toLastMillisecond = Duration.between(server.clock.instant(), expiry).minusMillis(1);
            server.clock.advance(toLastMillisecond);
            back = back.plus(toLastMillisecond);
            assertThat(server.client().get("s/" + link.token()).statusCode()).as("a millisecond before").isEqualTo(200);

            server.clock.advance(Duration.ofMillis(1));
            back = back.plusMillis(1);
            assertThat(server.client().get("s/" + link.token()).statusCode()).as("at the expiry instant").isEqualTo(404);
        } finally {
            server.clock.advance(back.negated());
        }
    }

    @Test
    void otherMethodsAre405WithTheNeutralPageAndNeedNoCsrfToken() {
        NewShareLink link = share(server, planId, null);
        HttpResponse<String> unknown = server.client().get("s/" + Tokens.newToken());

        HttpResponse<String> post = server.client().send("POST", "s/" + link.token(), "application/x-www-form-urlencoded", "a=b");
        HttpResponse<String> delete = server.admin().send("DELETE", "s/" + link.token(), null, null);

        for (HttpResponse<String> answer : List.of(post, delete)) {
            assertThat(answer.statusCode()).isEqualTo(405);
            assertThat(answer.body()).isEqualTo(unknown.body());
            assertStatusHeaders(answer);
        }
        assertThat(server.client().get("s/" + link.token()).statusCode()).as("the link still works").isEqualTo(200);
    }

    @Test
    void addressesJettyRefusesBeforeTheServletStillGetTheStatusHeadersAndTheNeutralPage() {
        HttpResponse<String> unknown = server.client().get("s/" + Tokens.newToken());
        HttpResponse<String> unparsable = server.client().getRaw("/s/%2e%2e/%2e%2e/" + Tokens.newToken());
        assertThat(unparsable.statusCode()).isEqualTo(400);
        assertThat(unparsable.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(unparsable.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(unparsable.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        for (String raw : List.of("/s/%2e%2e/x", "/s/" + Tokens.newToken() + "%2F..%2F..", "/s/%ff%fe" + Tokens.newToken())) {
            HttpResponse<String> answer = server.client().getRaw(raw);
            assertThat(answer.statusCode()).as(raw).isIn(400, 404);
            assertThat(answer.headers().firstValue("Cache-Control")).as(raw).hasValue("no-store");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(raw).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("X-Robots-Tag")).as(raw).hasValue("noindex");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(raw).hasValue(StatusServlet.CSP);
            assertThat(answer.body()).as(raw).isEqualTo(unknown.body());
        }
    }

    @Test
    void theStylesheetTheStatusPageLoadsIsServedWithoutALogin() {
        HttpResponse<String> css = server.client().get("static/backcast.css");

        assertThat(css.statusCode()).isEqualTo(200);
    }

    @Test
    void noTokenReachesAnyLogWhileLinksAreMadeOpenedRevokedAndRefused() {
        String logged;
        NewShareLink valid;
        NewShareLink revoked;
        NewShareLink expired;
        String unknown = Tokens.newToken();
        Duration moved = Duration.ZERO;
        String madeThroughTheApi;
        try (LogCapture logs = new LogCapture()) {
            valid = share(server, planId, null);
            revoked = share(server, planId, null);
            expired = share(server, planId, server.clock.instant().plus(Duration.ofMinutes(5)));
            HttpTestClient admin = server.admin();
            HttpResponse<String> made = admin.post(HttpTestClient.REST + "plans/" + planId + "/share-links",
                    "{\"label\":\"Acme\"}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            madeThroughTheApi = HttpTestClient.json(made).get("token").asText();
            int madeId = HttpTestClient.json(made).get("link").get("id").asInt();
            assertThat(admin.get(HttpTestClient.REST + "plans/" + planId + "/share-links").body()).doesNotContain(madeThroughTheApi);
            assertThat(server.client().get("s/" + madeThroughTheApi).statusCode()).isEqualTo(200);
            assertThat(admin.delete(HttpTestClient.REST + "share-links/" + madeId).statusCode()).isBetween(200, 204);
            assertThat(server.client().get("s/" + madeThroughTheApi).statusCode()).isEqualTo(404);
            assertThat(server.client().get("s/" + madeThroughTheApi + "%00").statusCode()).isIn(400, 404);
            HttpTestClient client = server.client();
            for (int round = 0; round < 3; round++) {
                assertThat(client.get("s/" + valid.token()).statusCode()).isEqualTo(200);
                assertThat(admin.get("s/" + valid.token()).statusCode()).isEqualTo(200);
                assertThat(client.getRaw("/s/" + valid.token() + "?utm=x").statusCode()).isEqualTo(200);
                assertThat(client.get("s/" + unknown).statusCode()).isEqualTo(404);
                assertThat(client.get("s/" + valid.token() + "/more").statusCode()).isEqualTo(404);
                assertThat(client.getRaw("/s/" + valid.token() + "/../x").statusCode()).isIn(400, 404);
                assertThat(client.getRaw("/s/%2e%2e/" + valid.token()).statusCode()).isIn(400, 404);
                assertThat(client.send("POST", "s/" + valid.token(), "application/json", "{}").statusCode()).isEqualTo(405);
                assertThat(client.get("s/" + expired.token()).statusCode()).isIn(200, 404);
            }
            revoke(revoked);
            server.clock.advance(Duration.ofMinutes(5));
            moved = Duration.ofMinutes(5);
            assertThat(client.get("s/" + revoked.token()).statusCode()).isEqualTo(404);
            assertThat(client.get("s/" + expired.token()).statusCode()).isEqualTo(404);
            logged = logs.text();
        } finally {
            server.clock.advance(moved.negated());
        }

        for (String token : List.of(valid.token(), revoked.token(), expired.token(), unknown, madeThroughTheApi)) {
            assertThat(logged).as("the log").doesNotContain(token, token.substring(0, 20), token.substring(20),
                    Tokens.sha256(token));
        }
        assertThat(logged).doesNotContain("/s/");
        assertThat(valid.toString()).doesNotContain(valid.token());
    }

    @Test
    void limitsRequestsPerTokenAndPerAddress() {
        try (TestServer limited = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD,
                new StatusRateLimit(3, 5))) {
            NewShareLink link = share(limited, limited.server.demoPlan().id(), null);
            HttpTestClient client = limited.client();
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("s/" + link.token()).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> tooMany = client.get("s/" + link.token());
            assertThat(tooMany.statusCode()).isEqualTo(429);
            assertThat(tooMany.headers().firstValue("Retry-After")).hasValue("20");
            assertThat(tooMany.body()).contains("Too many requests").doesNotContain(DemoPlan.PLAN_NAME);
            assertStatusHeaders(tooMany);

            assertThat(client.get("s/" + Tokens.newToken()).statusCode()).as("5th from this address").isEqualTo(404);
            assertThat(client.get("s/" + Tokens.newToken()).statusCode()).as("6th from this address").isEqualTo(429);

            limited.clock.advance(Duration.ofSeconds(20));
            assertThat(client.get("s/" + link.token()).statusCode()).isEqualTo(200);
            assertThat(limited.server.shares().link(new Viewer("admin"), link.link().id()).viewCount())
                    .as("refused requests are no views").isEqualTo(4);
        }
    }

    static void assertStatusHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; style-src 'self'; "
                + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.headers().map()).doesNotContainKeys("Location", "Set-Cookie");
    }
}
