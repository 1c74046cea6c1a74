package io.backcast.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock in UTC that the test moves by hand. Safe to read from other threads (a server's, say)
 * while the test moves it. In the core's test-jar for the other modules' tests.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    public TestClock(Instant now) {
        this.now = new AtomicReference<>(now);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
