package io.backcast.server;

import static io.backcast.server.HttpTestClient.REST;
import static io.backcast.server.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.storage.Database;

/**
 * The server on PostgreSQL (127.0.0.1:5432 as for the core's storage tests, or
 * {@code BACKCAST_TEST_POSTGRESQL_URL|USER|PASSWORD}), in a database of its own,
 * {@value #DATABASE}, made afresh and dropped afterwards. Unreachable: skipped, unless
 * {@code BACKCAST_REQUIRE_DATABASES=1}.
 */
class PostgresServerTest {

    private static final String DATABASE = "backcast_server_test";
    private static String adminUrl;
    private static String user;
    private static String password;
    private static Database database;

    @BeforeAll
    static void createDatabase() {
        adminUrl = env("BACKCAST_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        user = env("BACKCAST_TEST_POSTGRESQL_USER", "postgres");
        password = env("BACKCAST_TEST_POSTGRESQL_PASSWORD", "");
        DriverManager.setLoginTimeout(5);
        try {
            execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)", "CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            String why = "PostgreSQL at " + adminUrl + " is not usable: " + e.getMessage();
            if ("1".equals(System.getenv("BACKCAST_REQUIRE_DATABASES"))) {
                fail(why + " (BACKCAST_REQUIRE_DATABASES=1)");
            }
            Assumptions.abort(why);
        }
        database = new Database(adminUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + DATABASE), user, password);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void accountsSessionsPlansAndTheDemoWorkOnPostgresql() {
        try (TestServer server = TestServer.start(database, true, TestServer.ADMIN_PASSWORD)) {
            HttpTestClient admin = server.admin();
            HttpResponse<String> plan = admin.post(REST + "plans", "{\"projectKey\":\"PG\",\"name\":\"On PostgreSQL\"}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
            int planId = json(plan).get("id").asInt();
            assertThat(json(admin.get(REST + "plans"))).hasSize(2); // and the demo's
            HttpResponse<String> user = admin.post(REST + "users", "{\"username\":\"pat\",\"password\":\"pat-password-1\",\"role\":\"VIEWER\"}");
            assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
            assertThat(admin.post(REST + "users", "{\"username\":\"PAT\",\"password\":\"pat-password-1\",\"role\":\"VIEWER\"}")
                    .statusCode()).isEqualTo(409);

            HttpTestClient viewer = server.client().login("pat", "pat-password-1");
            assertThat(viewer.get("plans/" + server.server.demoPlan().id()).body()).contains("WiFi&#39;s up");
            assertThat(viewer.post(REST + "plans/" + planId + "/outcomes", "{\"phrase\":\"x\",\"neededBy\":\"2026-06-30\"}")
                    .statusCode()).isEqualTo(403);
            server.clock.advance(TestServer.SESSION_LIFETIME);
            assertThat(viewer.get(REST + "plans").statusCode()).isEqualTo(401);
            assertThat(server.client().login("pat", "pat-password-1").get(REST + "plans/" + planId).statusCode()).isEqualTo(200);
            assertThat(admin.get(REST + "session").statusCode()).as("the admin logged in before the clock moved").isEqualTo(401);
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
