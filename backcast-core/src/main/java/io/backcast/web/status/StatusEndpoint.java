package io.backcast.web.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the client status endpoint ({@link StatusServlet}) is built from, as the core assembles it
 * for a host.
 *
 * @param status        the pages share links open
 * @param rateLimit     openings allowed per token and per address
 * @param notFoundFloor no 404 is answered sooner than this after the request arrived (zero: no floor)
 * @param clock         the rate limits' clock
 * @param neutral       the pages answered when no status page is (not found, too many, failed)
 */
public record StatusEndpoint(ClientStatus status, StatusRateLimit rateLimit, Duration notFoundFloor, Clock clock,
                             StatusPages neutral) {

    public StatusEndpoint {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(notFoundFloor, "notFoundFloor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(neutral, "neutral");
    }
}
