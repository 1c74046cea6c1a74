package io.backcast.server;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

import io.backcast.server.account.Sessions;
import io.backcast.storage.Database;
import io.backcast.web.status.StatusRateLimit;
import io.backcast.web.status.StatusServlet;

/**
 * How one server runs.
 *
 * @param demo            install the demo plan and serve the demo's Jira work
 * @param host            the address to listen on; {@code null} for every interface
 * @param port            the HTTP port; 0 picks a free one
 * @param database        where the data lives
 * @param sessionLifetime how long a login lasts
 * @param clock           the server's time (tests move it)
 * @param adminPassword   the first administrator's password ({@code BACKCAST_ADMIN_PASSWORD}); {@code null} generates one
 * @param out             where the start-up lines go
 * @param statusRateLimit how often the client status page may be asked for; {@code null} for {@link StatusRateLimit#DEFAULT}
 * @param statusNotFoundFloor no 404 of the client status page is answered sooner than this after
 *                        its request arrived, so the time it takes cannot tell why a link does not
 *                        open; {@code null} for {@link #DEFAULT_STATUS_NOT_FOUND_FLOOR}, zero for none
 */
public record ServerSettings(boolean demo, String host, int port, Database database, Duration sessionLifetime,
                             Clock clock, String adminPassword, PrintStream out, StatusRateLimit statusRateLimit,
                             Duration statusNotFoundFloor) {

    /** Well above what the look-up of an invalid token takes (under a millisecond), far below what a person notices. */
    public static final Duration DEFAULT_STATUS_NOT_FOUND_FLOOR = StatusServlet.DEFAULT_NOT_FOUND_FLOOR;

    /** With the default status page rate limit and floor. */
    public ServerSettings(boolean demo, String host, int port, Database database, Duration sessionLifetime,
                          Clock clock, String adminPassword, PrintStream out) {
        this(demo, host, port, database, sessionLifetime, clock, adminPassword, out, null, null);
    }

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535 (was " + port + ")");
        }
        if (database == null) {
            throw new IllegalArgumentException("a database is required");
        }
        sessionLifetime = sessionLifetime == null ? Sessions.DEFAULT_LIFETIME : sessionLifetime;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        out = out == null ? System.out : out;
        statusRateLimit = statusRateLimit == null ? StatusRateLimit.DEFAULT : statusRateLimit;
        statusNotFoundFloor = statusNotFoundFloor == null ? DEFAULT_STATUS_NOT_FOUND_FLOOR : statusNotFoundFloor;
        if (statusNotFoundFloor.isNegative() || statusNotFoundFloor.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("the status page's 404 floor must be between 0 and 1 s");
        }
    }
}
