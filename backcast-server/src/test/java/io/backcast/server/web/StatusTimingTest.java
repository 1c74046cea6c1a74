package io.backcast.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.backcast.port.Viewer;
import io.backcast.server.TestServer;
import io.backcast.server.account.Tokens;
import io.backcast.service.ShareService.NewShareLink;
import io.backcast.web.status.StatusRateLimit;

/**
 * An invalid share token must not tell, by how long its 404 takes, why it is invalid: unknown
 * tokens, near misses of real ones (well-formed, one character off, so their hash matches
 * nothing), revoked and expired tokens.
 *
 * <p><b>How it measures.</b> {@value #PER_KIND} tokens of each kind, each asked for once per
 * round (no cache can favour a kind), shuffled together and sent one at a time over one
 * keep-alive connection after a warm-up; each request is timed from send to last byte.
 * Interleaving spreads whatever else the machine does (GC, the JIT, a neighbouring build on a
 * 2-core CI runner) over all kinds alike, and the median ignores the slow outliers such
 * disturbances make. A disturbed round is measured again, up to {@value #ATTEMPTS} times; a
 * real difference shows in every round.
 *
 * <p><b>Two measurements.</b>
 * <ol>
 * <li>Without the server's 404 floor, the application's own work: hash, look-up by hash, state
 *     checked in memory. The medians must lie within 30 % of the fastest, at least
 *     {@value #FLOOR_MICROS} µs: on loopback a 404 takes 1–3 ms on a busy 2-core machine, and a
 *     found row (revoked, expired) costs a little more to read than a missing one (measured:
 *     5–20 % of a 404, see docs/SERVER.md; the floor below hides it). Generous against noise,
 *     yet meaningful: valid links are measured too, and their page (load the plan, roll it up,
 *     render: the work a careless implementation would do for a revoked link) must cost several
 *     times the tolerance, so a leak of that size could not hide inside it.</li>
 * <li>As the server runs, with its 5 ms floor under every 404: the medians must lie within
 *     {@value #FLOOR_MICROS} µs or 5 %, what scheduling alone moves them by.</li>
 * </ol>
 */
class StatusTimingTest {

    static final int PER_KIND = 120;
    static final int WARM_UP = 300;
    static final int ATTEMPTS = 3;
    static final long FLOOR_MICROS = 300;

    enum Kind { UNKNOWN, NEAR_MISS, REVOKED, EXPIRED, VALID }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void unknownNearMissRevokedAndExpiredTokensCostTheSameWork() {
        try (Fixture fixture = Fixture.start(Duration.ZERO)) {
            Map<Kind, Double> medians = measure(fixture, "without the floor", StatusTimingTest::tolerance);
            double slowestInvalid = medians.entrySet().stream().filter(e -> e.getKey() != Kind.VALID)
                    .mapToDouble(Map.Entry::getValue).max().orElseThrow();
            assertThat(medians.get(Kind.VALID) - slowestInvalid)
                    .as("the work of a page (valid minus invalid median, µs) is several times the tolerance, so the"
                            + " test would see it: %s", describe(medians))
                    .isGreaterThan(3 * tolerance(medians));
        }
    }

    @Test
    void unknownNearMissRevokedAndExpiredTokensAnswerAfterTheSameTime() {
        try (Fixture fixture = Fixture.start(null)) {
            Map<Kind, Double> medians = measure(fixture, "with the default floor",
                    m -> Math.max(FLOOR_MICROS, 0.05 * fastestInvalid(m)));
            assertThat(fastestInvalid(medians)).as("no 404 median under the 5 ms floor").isGreaterThanOrEqualTo(5_000);
        }
    }

    /** A server with {@value #PER_KIND} tokens of each kind. */
    private record Fixture(TestServer server, Map<Kind, List<String>> tokens) implements AutoCloseable {

        static Fixture start(Duration notFoundFloor) {
            TestServer server = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD, StatusRateLimit.OFF,
                    notFoundFloor);
            int planId = server.server.demoPlan().id();
            Viewer admin = new Viewer("admin");
            Map<Kind, List<String>> tokens = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                tokens.put(kind, new ArrayList<>());
            }
            for (int i = 0; i < PER_KIND; i++) {
                tokens.get(Kind.UNKNOWN).add(Tokens.newToken());
                NewShareLink valid = ShareLinksTest.share(server, planId, null);
                tokens.get(Kind.NEAR_MISS).add(nearMiss(valid.token()));
                tokens.get(Kind.VALID).add(valid.token());
                NewShareLink revoked = ShareLinksTest.share(server, planId, null);
                server.server.shares().revoke(admin, revoked.link().id());
                tokens.get(Kind.REVOKED).add(revoked.token());
                NewShareLink expired = ShareLinksTest.share(server, planId, server.clock.instant().plus(Duration.ofMinutes(1)));
                tokens.get(Kind.EXPIRED).add(expired.token());
            }
            server.clock.advance(Duration.ofMinutes(2));
            return new Fixture(server, tokens);
        }

        /** The same token but its last character: well-formed, and its hash matches nothing. */
        private static String nearMiss(String token) {
            char last = token.charAt(token.length() - 1);
            return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** Warms up, then measures up to {@value #ATTEMPTS} rounds until the spread is within the tolerance; asserts it is. */
    private static Map<Kind, Double> measure(Fixture fixture, String what, ToDoubleFunction<Map<Kind, Double>> tolerance) {
        Random random = new Random(20260302);
        for (int i = 0; i < WARM_UP; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            time(fixture, fixture.tokens().get(kind).get(random.nextInt(PER_KIND)), kind);
        }
        Map<Kind, Double> medians = null;
        List<String> rounds = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            medians = round(fixture, random);
            rounds.add(describe(medians));
            if (spread(medians) <= tolerance.applyAsDouble(medians)) {
                break;
            }
        }
        String report = String.join("\n", rounds);
        System.out.println("StatusTimingTest, " + what + ": " + report);
        assertThat(spread(medians)).as("spread of the invalid kinds' medians (µs) within %.0f µs, %s:\n%s",
                tolerance.applyAsDouble(medians), what, report).isLessThanOrEqualTo(tolerance.applyAsDouble(medians));
        return medians;
    }

    /** One round: every token of every kind once, shuffled; the median per kind, in µs. */
    private static Map<Kind, Double> round(Fixture fixture, Random random) {
        List<Map.Entry<Kind, String>> requests = new ArrayList<>();
        fixture.tokens().forEach((kind, tokens) -> tokens.forEach(token -> requests.add(Map.entry(kind, token))));
        Collections.shuffle(requests, random);
        Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
        for (Map.Entry<Kind, String> request : requests) {
            nanos.computeIfAbsent(request.getKey(), k -> new ArrayList<>())
                    .add(time(fixture, request.getValue(), request.getKey()));
        }
        Map<Kind, Double> medians = new EnumMap<>(Kind.class);
        nanos.forEach((kind, times) -> medians.put(kind, median(times) / 1000.0));
        return medians;
    }

    private static long time(Fixture fixture, String token, Kind kind) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.server().server.uri() + "s/" + token))
                .timeout(Duration.ofSeconds(20)).GET().build();
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            assertThat(answer.statusCode()).as(kind.name()).isEqualTo(kind == Kind.VALID ? 200 : 404);
            return took;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static double spread(Map<Kind, Double> medians) {
        var invalid = medians.entrySet().stream().filter(e -> e.getKey() != Kind.VALID).mapToDouble(Map.Entry::getValue)
                .summaryStatistics();
        return invalid.getMax() - invalid.getMin();
    }

    /** Without the floor: 30 % of the fastest invalid median, at least {@value #FLOOR_MICROS} µs. */
    static double tolerance(Map<Kind, Double> medians) {
        return Math.max(FLOOR_MICROS, 0.3 * fastestInvalid(medians));
    }

    private static double fastestInvalid(Map<Kind, Double> medians) {
        return medians.entrySet().stream().filter(e -> e.getKey() != Kind.VALID)
                .mapToDouble(Map.Entry::getValue).min().orElseThrow();
    }

    private static String describe(Map<Kind, Double> medians) {
        return medians.entrySet().stream().map(e -> String.format("%s %.0f µs", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", "medians: ", String.format("; spread %.0f µs", spread(medians))));
    }
}
