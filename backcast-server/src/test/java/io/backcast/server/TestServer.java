package io.backcast.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.backcast.server.account.Role;
import io.backcast.service.TestClock;
import io.backcast.storage.Database;
import io.backcast.web.status.StatusRateLimit;

/** A real server on a free port, with its own H2 database, for one test class or one test. */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    public final TestClock clock;
    public final BackcastServer server;
    private final ByteArrayOutputStream output;

    private TestServer(TestClock clock, BackcastServer server, ByteArrayOutputStream output) {
        this.clock = clock;
        this.server = server;
        this.output = output;
    }

    /** A fresh in-memory database; the administrator's password is {@link #ADMIN_PASSWORD}. */
    public static TestServer start() {
        return start(inMemory(), false, ADMIN_PASSWORD);
    }

    public static Database inMemory() {
        return new Database("jdbc:h2:mem:backcast-" + UUID.randomUUID(), "sa", "");
    }

    /** An H2 file database in {@code folder}, which a second server can open after the first closed. */
    public static Database file(Path folder) {
        return new Database("jdbc:h2:file:" + folder.toAbsolutePath().resolve("backcast").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    public static TestServer start(Database database, boolean demo, String adminPassword) {
        return start(database, demo, adminPassword, null);
    }

    /** @param statusRateLimit the client status page's limits; {@code null} for the default */
    public static TestServer start(Database database, boolean demo, String adminPassword, StatusRateLimit statusRateLimit) {
        return start(database, demo, adminPassword, statusRateLimit, null);
    }

    /**
     * @param statusRateLimit     the client status page's limits; {@code null} for the default
     * @param statusNotFoundFloor the least time of its 404s; {@code null} for the default, zero for none
     */
    public static TestServer start(Database database, boolean demo, String adminPassword, StatusRateLimit statusRateLimit,
                                   Duration statusNotFoundFloor) {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ServerSettings settings = new ServerSettings(demo, "127.0.0.1", 0, database, SESSION_LIFETIME, clock,
                adminPassword, new PrintStream(output, true, StandardCharsets.UTF_8), statusRateLimit,
                statusNotFoundFloor);
        try {
            return new TestServer(clock, BackcastServer.start(settings), output);
        } catch (Exception e) {
            throw new IllegalStateException("the test server did not start", e);
        }
    }

    /** What the server printed at start. */
    public String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    public HttpTestClient client() {
        return new HttpTestClient(server.uri());
    }

    /** A client logged in as a new account with this role. */
    public HttpTestClient clientWithRole(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        server.accounts().create(name, ADMIN_PASSWORD, role);
        HttpTestClient client = client();
        client.login(name, ADMIN_PASSWORD);
        return client;
    }

    public HttpTestClient admin() {
        HttpTestClient client = client();
        client.login("admin", ADMIN_PASSWORD);
        return client;
    }

    @Override
    public void close() {
        server.close();
    }
}
