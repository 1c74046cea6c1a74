package io.backcast.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.backcast.service.TestClock;

/** The login token bucket: a burst, then one attempt per refill period, per username and address. */
class LoginThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofSeconds(10));

    @Test
    void allowsABurstThenOneAttemptPerRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt("ann", "10.0.0.1")).isTrue();
        }
        assertThat(throttle.tryAttempt("ann", "10.0.0.1")).isFalse();

        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.tryAttempt("ann", "10.0.0.1")).isTrue();
        assertThat(throttle.tryAttempt("ann", "10.0.0.1")).isFalse();
    }

    @Test
    void countsEachUsernameAndAddressApart() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt("ann", "10.0.0.1");
        }

        assertThat(throttle.tryAttempt("ANN ", "10.0.0.1")).as("same username, normalized").isFalse();
        assertThat(throttle.tryAttempt("ann", "10.0.0.2")).isTrue();
        assertThat(throttle.tryAttempt("bob", "10.0.0.1")).isTrue();
    }

    @Test
    void aSuccessfulLoginStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt("ann", "10.0.0.1");
        }

        throttle.succeeded("ann", "10.0.0.1");

        assertThat(throttle.tryAttempt("ann", "10.0.0.1")).isTrue();
    }
}
