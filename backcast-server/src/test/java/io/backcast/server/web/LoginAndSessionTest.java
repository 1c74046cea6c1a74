package io.backcast.server.web;

import static io.backcast.server.HttpTestClient.REST;
import static io.backcast.server.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.server.HttpTestClient;
import io.backcast.server.TestServer;
import io.backcast.server.account.Role;

/** Logging in and out through the form, the session cookie, its expiry, and the login throttle. */
class LoginAndSessionTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void loginWithTheBootstrapPasswordOpensAnHttpOnlyStrictSession() {
        HttpTestClient client = server.client();

        HttpResponse<String> answer = client.submitLogin("admin", TestServer.ADMIN_PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/");
        List<String> cookies = answer.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("backcast_session=").contains("; Path=/;", "; HttpOnly", "; SameSite=Strict").doesNotContain("Secure"));
        assertThat(client.cookie("backcast_session")).hasSize(43);
        assertThat(client.get(REST + "plans").statusCode()).isEqualTo(200);
        assertThat(json(client.get(REST + "session")).get("username").asText()).isEqualTo("admin");
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        HttpResponse<String> answer = server.client().submitLogin("  ADMIN ", TestServer.ADMIN_PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(303);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericAnswer() {
        HttpResponse<String> wrongPassword = server.client().submitLogin("admin", "not-the-password");
        HttpResponse<String> unknownUser = server.client().submitLogin("nobody-" + System.nanoTime(), "not-the-password");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("Wrong username or password.");
        assertThat(unknownUser.body()).contains("Wrong username or password.");
        assertThat(wrongPassword.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("backcast_session="));
    }

    @Test
    void loginWithoutThePreSessionTokenIsRefused() {
        HttpTestClient client = server.client();

        HttpResponse<String> answer = client.form("login", Map.of("username", "admin", "password", TestServer.ADMIN_PASSWORD));
        HttpResponse<String> forged = client.form("login", Map.of("username", "admin", "password", TestServer.ADMIN_PASSWORD,
                "csrf", "A".repeat(43)));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(client.cookie("backcast_session")).isNull();
    }

    @Test
    void repeatedFailuresForOneUsernameAreThrottled() {
        String name = "throttled-" + System.nanoTime();
        server.server.accounts().create(name, TestServer.ADMIN_PASSWORD, Role.VIEWER);
        HttpTestClient client = server.client();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(client.submitLogin(name, "wrong-password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = client.submitLogin(name, TestServer.ADMIN_PASSWORD);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many login attempts");
        assertThat(client.cookie("backcast_session")).isNull();
        assertThat(server.client().submitLogin("admin", TestServer.ADMIN_PASSWORD).statusCode())
                .as("other usernames are not affected").isEqualTo(303);
    }

    @Test
    void pagesRedirectToTheLoginFormWhenNotLoggedIn() {
        HttpResponse<String> list = server.client().get("");
        HttpResponse<String> plan = server.client().get("plans/1?x=1");

        assertThat(list.statusCode()).isEqualTo(303);
        assertThat(list.headers().firstValue("Location")).hasValue("/login");
        assertThat(plan.statusCode()).isEqualTo(303);
        assertThat(plan.headers().firstValue("Location")).hasValue("/login?next=%2Fplans%2F1%3Fx%3D1");
    }

    @Test
    void loginReturnsToThePageAskedForButNeverToAnotherSite() {
        assertThat(LoginServlet.safeNext("/plans/3")).isEqualTo("/plans/3");
        assertThat(LoginServlet.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(LoginServlet.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(LoginServlet.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(LoginServlet.safeNext("/plans/1\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(LoginServlet.safeNext(null)).isEqualTo("/");
    }

    @Test
    void sessionExpiresAfterItsLifetime() {
        HttpTestClient client = server.clientWithRole(Role.EDITOR);
        assertThat(client.get(REST + "plans").statusCode()).isEqualTo(200);

        server.clock.advance(TestServer.SESSION_LIFETIME.minusMinutes(1));
        assertThat(client.get(REST + "plans").statusCode()).isEqualTo(200);
        server.clock.advance(Duration.ofMinutes(1));

        HttpResponse<String> expired = client.get(REST + "plans");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json(expired).get("message").asText()).isEqualTo("Log in first.");
        assertThat(client.get("").statusCode()).isEqualTo(303);
    }

    @Test
    void logoutNeedsTheCsrfTokenAndEndsTheSession() {
        HttpTestClient client = server.clientWithRole(Role.VIEWER);

        HttpResponse<String> refused = client.form("logout", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(client.get(REST + "plans").statusCode()).isEqualTo(200);

        String token = client.cookie("backcast_session");
        HttpResponse<String> out = client.form("logout", Map.of("csrf", client.csrfToken()));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).hasValue("/login");
        assertThat(client.get(REST + "plans").statusCode()).isEqualTo(401);

        HttpTestClient thief = server.client();
        thief.useSessionCookie(token);
        assertThat(thief.get(REST + "plans").statusCode()).as("the old cookie is dead on the server too").isEqualTo(401);
    }

    @Test
    void loggingInAgainReplacesTheOldSession() {
        HttpTestClient viewer = server.clientWithRole(Role.VIEWER);
        String first = viewer.cookie("backcast_session");
        String name = json(viewer.get(REST + "session")).get("username").asText();
        HttpTestClient client = server.client();
        client.get("login");
        client.useSessionCookie(first);

        HttpResponse<String> answer = client.form("login", Map.of("username", name, "password", TestServer.ADMIN_PASSWORD,
                "csrf", client.cookie("backcast_login")));

        assertThat(answer.statusCode()).isEqualTo(303);
        String second = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("backcast_session="))
                .map(c -> c.substring("backcast_session=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        assertThat(second).isNotEqualTo(first).hasSize(43);
        HttpTestClient old = server.client();
        old.useSessionCookie(first);
        assertThat(old.get(REST + "plans").statusCode()).isEqualTo(401);
    }
}
