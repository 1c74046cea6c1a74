package io.backcast.server;

import static io.backcast.server.HttpTestClient.REST;
import static io.backcast.server.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.backcast.server.demo.DemoPlan;
import io.backcast.storage.Database;

/** Starting, restarting and stopping: health, the first administrator, the demo, data kept across a clean stop. */
class ServerStartupTest {

    @Test
    void servesHealthzWithoutLogin() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> health = server.client().get("healthz");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("ok");
            assertThat(server.output()).contains("Backcast is running at http://127.0.0.1:" + server.server.port() + "/");
        }
    }

    @Test
    void firstStartGeneratesTheAdminPasswordAndPrintsItOnlyOnce(@TempDir Path folder) {
        Database database = TestServer.file(folder);
        String password;
        try (TestServer first = TestServer.start(database, false, null)) {
            Matcher printed = Pattern.compile("password: (\\S+)").matcher(first.output());
            assertThat(printed.find()).as(first.output()).isTrue();
            password = printed.group(1);
            assertThat(password).hasSize(20);
            first.client().login("admin", password);
        }
        try (TestServer second = TestServer.start(database, false, null)) {
            assertThat(second.output()).doesNotContain("password", "administrator");
            second.client().login("admin", password);
        }
    }

    @Test
    void adminPasswordComesFromTheEnvironmentWhenSet() {
        try (TestServer server = TestServer.start(TestServer.inMemory(), false, "from-the-environment")) {
            assertThat(server.output()).contains("BACKCAST_ADMIN_PASSWORD").doesNotContain("from-the-environment");
            server.client().login("admin", "from-the-environment");
        }
    }

    @Test
    void tooShortAdminPasswordStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> TestServer.start(TestServer.inMemory(), false, "short"))
                .cause().hasMessageContaining("BACKCAST_ADMIN_PASSWORD").hasMessageContaining("at least 10 characters");
    }

    @Test
    void demoTwiceInstallsOneDemoPlan(@TempDir Path folder) {
        Database database = TestServer.file(folder);
        int firstId;
        try (TestServer first = TestServer.start(database, true, TestServer.ADMIN_PASSWORD)) {
            firstId = first.server.demoPlan().id();
            assertThat(first.output()).contains("demo plan: http://127.0.0.1:" + first.server.port() + "/plans/" + firstId);
        }
        try (TestServer second = TestServer.start(database, true, TestServer.ADMIN_PASSWORD)) {
            assertThat(second.server.demoPlan().id()).isEqualTo(firstId);
            HttpResponse<String> plans = second.admin().get(REST + "plans");
            assertThat(json(plans)).hasSize(1);
            assertThat(json(plans).get(0).get("name").asText()).isEqualTo(DemoPlan.PLAN_NAME);
        }
    }

    @Test
    void dataWrittenBeforeACleanStopIsThereAfterRestart(@TempDir Path folder) {
        Database database = TestServer.file(folder);
        try (TestServer first = TestServer.start(database, false, TestServer.ADMIN_PASSWORD)) {
            HttpResponse<String> created = first.admin().post(REST + "plans", "{\"projectKey\":\"KEEP\",\"name\":\"Kept\"}");
            assertThat(created.statusCode()).isEqualTo(201);
        }
        assertThat(folder.resolve("backcast.lock.db")).as("H2 closed cleanly").doesNotExist();
        try (TestServer second = TestServer.start(database, false, TestServer.ADMIN_PASSWORD)) {
            assertThat(second.admin().get(REST + "plans").body()).contains("\"Kept\"");
        }
    }

    @Test
    void withoutDemoThereAreNoPlansAndNoWork() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.server.demoPlan()).isNull();
            assertThat(json(server.admin().get(REST + "plans"))).isEmpty();
        }
    }

    @Test
    void aPortInUseStopsTheStartButTheGeneratedPasswordIsShownAllTheSame() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            ServerSettings settings = new ServerSettings(false, "127.0.0.1", taken.getLocalPort(), TestServer.inMemory(), null,
                    null, null, new PrintStream(output, true, StandardCharsets.UTF_8));

            assertThatThrownBy(() -> BackcastServer.start(settings)).isInstanceOf(IOException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
            assertThat(output.toString(StandardCharsets.UTF_8)).containsPattern("password: \\S{20}");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        TestServer server = TestServer.start();
        server.close();
        server.close();
    }
}
