package io.backcast.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.backcast.service.TestClock;

/** The token buckets of the status page: a minute's worth at once, then a steady trickle, per key. */
class RateLimiterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void allowsAMinutesWorthAtOnceThenOneEveryShareOfAMinute() {
        RateLimiter limiter = new RateLimiter(clock, 60);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("k")).as("request %d", i).isZero();
        }
        assertThat(limiter.tryAcquire("k")).as("seconds to wait").isEqualTo(1);

        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.tryAcquire("k")).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("k")).isZero();
        assertThat(limiter.tryAcquire("k")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("k")).as("after a quiet spell, request %d", i).isZero();
        }
        assertThat(limiter.tryAcquire("k")).isPositive();
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextRequest() {
        RateLimiter limiter = new RateLimiter(clock, 6); // one every 10 s
        for (int i = 0; i < 6; i++) {
            limiter.tryAcquire("k");
        }
        assertThat(limiter.tryAcquire("k")).isEqualTo(10);
        clock.advance(Duration.ofMillis(2_500));
        assertThat(limiter.tryAcquire("k")).isEqualTo(8);
    }

    @Test
    void countsEachKeyApart() {
        RateLimiter limiter = new RateLimiter(clock, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");

        assertThat(limiter.tryAcquire("a")).isPositive();
        assertThat(limiter.tryAcquire("b")).isZero();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(clock, 0);
        assertThat(limiter.enabled()).isFalse();
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.tryAcquire("k")).isZero();
        }
        assertThat(limiter.size()).isZero();
    }

    @Test
    void aFloodOfNewKeysIsForgottenNotKeptWithoutBound() {
        RateLimiter limiter = new RateLimiter(clock, 60);
        for (int i = 0; i < RateLimiter.MAX_BUCKETS * 2; i++) {
            limiter.tryAcquire("key-" + i);
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(1));
            }
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(RateLimiter.MAX_BUCKETS);

        clock.advance(Duration.ofMinutes(2));
        limiter.tryAcquire("one more");
        assertThat(limiter.size()).isLessThanOrEqualTo(RateLimiter.MAX_BUCKETS);
    }
}
