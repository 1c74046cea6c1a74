package io.backcast.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.backcast.port.StoreException;
import io.backcast.server.LogCapture;
import io.backcast.server.account.Tokens;
import io.backcast.service.TestClock;
import io.backcast.web.status.ClientStatus;
import io.backcast.web.status.StatusEndpoint;
import io.backcast.web.status.StatusPages;
import io.backcast.web.status.StatusRateLimit;
import io.backcast.web.status.StatusServlet;

/**
 * {@link StatusServlet} alone in a Jetty, in front of a made-up application: the neutral
 * answers, the headers, the limits, and failures that must not carry the token into a log.
 * (The whole server with real share links: {@code ShareLinksTest}.)
 */
class StatusServletTest {

    private static final String VALID = Tokens.newToken();
    private static final String PAGE = "<!DOCTYPE html><html><body><h1>Status</h1></body></html>";

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Map<String, AtomicInteger> opened = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Server jetty;
    private URI base;

    /** The made-up application: VALID opens the page; "boom…" and "db…" fail, naming the token. */
    private final ClientStatus application = (token, userAgent) -> {
        opened.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
        if (token.startsWith("boom")) {
            throw new IllegalStateException("no view for token " + token, new RuntimeException("hash " + Tokens.sha256(token)));
        }
        if (token.startsWith("slow")) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(3).toNanos()); // a look-up that does more
            return Optional.empty();
        }
        if (token.startsWith("db")) {
            throw new StoreException("SELECT … WHERE TOKEN = '" + token + "'", null);
        }
        return token.equals(VALID) ? Optional.of(PAGE.getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    };

    @AfterEach
    void stop() throws Exception {
        if (jetty != null) {
            jetty.stop();
        }
    }

    private void start(StatusRateLimit limit) throws Exception {
        start(limit, Duration.ZERO);
    }

    private void start(StatusRateLimit limit, Duration notFoundFloor) throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new StatusServlet(new StatusEndpoint(application, limit, notFoundFloor, clock, new StatusPages("/static")))), "/s/*");
        jetty.setHandler(context);
        jetty.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @Test
    void validTokenGetsThePageAndEverythingElseTheSameNeutral404() throws Exception {
        start(StatusRateLimit.OFF);

        HttpResponse<String> page = get("s/" + VALID);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(PAGE);
        assertStatusHeaders(page);

        HttpResponse<String> unknown = get("s/" + Tokens.newToken());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertStatusHeaders(unknown);
        assertThat(unknown.body()).contains("This link does not open a status page").doesNotContain("<script");
        for (String other : List.of("s/", "s", "s/short", "s/" + VALID + "x", "s/" + VALID.substring(1), "s/a/b",
                "s/" + "x".repeat(StatusServlet.MAX_TOKEN_LENGTH + 1))) {
            HttpResponse<String> answer = get(other);
            assertThat(answer.statusCode()).as(other).isEqualTo(404);
            assertThat(answer.body()).as(other).isEqualTo(unknown.body());
            assertThat(headers(answer)).as(other).isEqualTo(headers(unknown));
        }
        assertThat(opened).as("over-long values are never looked up").doesNotContainKey("x".repeat(StatusServlet.MAX_TOKEN_LENGTH + 1));
        assertThat(opened).containsKeys("", "short", "a/b");
    }

    @Test
    void headAnswersLikeGetWithoutABodyAndOtherMethodsAre405WithTheNeutralPage() throws Exception {
        start(StatusRateLimit.OFF);
        HttpResponse<String> unknown = get("s/" + Tokens.newToken());

        HttpResponse<String> head = send(HttpRequest.newBuilder(base.resolve("s/" + VALID)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertStatusHeaders(head);

        HttpResponse<String> post = send(HttpRequest.newBuilder(base.resolve("s/" + VALID)).POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(post.body()).isEqualTo(unknown.body());
        assertStatusHeaders(post);
    }

    @Test
    void limitsRequestsPerTokenWhetherValidOrNotAndPerAddressWith429AndRetryAfter() throws Exception {
        start(new StatusRateLimit(5, 8));
        String unknown = Tokens.newToken();
        for (int i = 0; i < 5; i++) {
            assertThat(get("s/" + unknown).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> limited = get("s/" + unknown);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("12");
        assertThat(limited.body()).contains("Too many requests").doesNotContain("does not open");
        assertStatusHeaders(limited);

        // the same address, other tokens: two left of its 8 a minute (6 spent above)
        assertThat(get("s/" + VALID).statusCode()).isEqualTo(200);
        assertThat(get("s/" + Tokens.newToken()).statusCode()).isEqualTo(404);
        HttpResponse<String> addressLimited = get("s/" + VALID);
        assertThat(addressLimited.statusCode()).isEqualTo(429);
        assertThat(addressLimited.body()).isEqualTo(limited.body());

        clock.advance(Duration.ofSeconds(12));
        assertThat(get("s/" + unknown).statusCode()).as("a token's request is back after Retry-After").isEqualTo(404);
        assertThat(opened.get(unknown).get()).as("refused requests never reach the application").isEqualTo(6);
    }

    @Test
    void failuresAnswerNeutralPagesAndLogNeitherTheTokenNorItsHashNorTheAddress() throws Exception {
        start(StatusRateLimit.OFF);
        String boom = "boom" + Tokens.newToken();
        String db = "db" + Tokens.newToken();
        String logged;
        HttpResponse<String> failed;
        HttpResponse<String> unavailable;
        try (LogCapture logs = new LogCapture()) {
            failed = get("s/" + boom);
            unavailable = get("s/" + db);
            logged = logs.text();
        }

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("could not be shown").doesNotContain(boom, "Exception");
        assertStatusHeaders(failed);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.body()).doesNotContain(db, "SELECT");
        assertStatusHeaders(unavailable);

        assertThat(logged).contains("a client status page failed: java.lang.IllegalStateException: no view for token [token]",
                "hash [token hash]", "a client status page could not be read: io.backcast.port.StoreException");
        for (String secret : List.of(boom, db, Tokens.sha256(boom), Tokens.sha256(db), boom.substring(4), db.substring(2))) {
            assertThat(logged).as("the log").doesNotContain(secret);
        }
        assertThat(logged).doesNotContain("/s/");
    }

    @Test
    void theFloorHidesALookUpThatTakesLongerForSomeInvalidTokens() throws Exception {
        start(StatusRateLimit.OFF, Duration.ofMillis(15));
        List<Long> fast = new java.util.ArrayList<>();
        List<Long> slow = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fast.add(timed("s/" + Tokens.newToken()));
            slow.add(timed("s/slow" + Tokens.newToken()));
        }
        long fastMedian = fast.stream().sorted().toList().get(20);
        long slowMedian = slow.stream().sorted().toList().get(20);

        assertThat(fast.stream().mapToLong(Long::longValue).min().orElseThrow()).as("no 404 before the floor")
                .isGreaterThanOrEqualTo(Duration.ofMillis(15).toNanos());
        assertThat(Math.abs(slowMedian - fastMedian)).as("3 ms more work, hidden: medians %d and %d µs", fastMedian / 1000,
                slowMedian / 1000).isLessThan(Duration.ofMillis(1).toNanos());
    }

    private long timed(String path) {
        long started = System.nanoTime();
        assertThat(get(path).statusCode()).isEqualTo(404);
        return System.nanoTime() - started;
    }

    private static void assertStatusHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; style-src 'self'; "
                + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.headers().map()).doesNotContainKeys("Set-Cookie", "Location");
    }

    /** The headers but the date. */
    static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
