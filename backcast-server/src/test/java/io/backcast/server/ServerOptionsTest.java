package io.backcast.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.backcast.storage.Database;
import io.backcast.web.status.StatusRateLimit;

/** The command line. */
class ServerOptionsTest {

    @Test
    void defaultsToPort8080AndTheH2FileUnderData() {
        ServerOptions options = ServerOptions.parse();

        assertThat(options.demo()).isFalse();
        assertThat(options.port()).isEqualTo(8080);
        Database database = options.database(Map.of());
        assertThat(database.kind()).isEqualTo(Database.Kind.H2);
        assertThat(database.url()).isEqualTo("jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize().resolve("backcast")
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128");
    }

    @Test
    void readsDemoPortDatabaseAndDataFolder() {
        ServerOptions options = ServerOptions.parse("--port", "9090", "demo", "--db=jdbc:postgresql://127.0.0.1/test",
                "--db-user", "postgres", "--data", "/var/lib/backcast");

        assertThat(options.demo()).isTrue();
        assertThat(options.port()).isEqualTo(9090);
        Database database = options.database(Map.of("BACKCAST_DB_PASSWORD", "secret"));
        assertThat(database.kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(database.user()).isEqualTo("postgres");
        assertThat(database.password()).isEqualTo("secret");
        assertThat(options.dataDir()).isEqualTo(Path.of("/var/lib/backcast"));
    }

    @Test
    void theCommandLinePasswordWinsOverTheEnvironment() {
        Database database = ServerOptions.parse("--db", "jdbc:postgresql://h/db", "--db-password", "given")
                .database(Map.of("BACKCAST_DB_PASSWORD", "env"));

        assertThat(database.password()).isEqualTo("given");
    }

    @Test
    void rejectsUnknownArgumentsAndBadPorts() {
        assertThatThrownBy(() -> ServerOptions.parse("--prot", "1")).hasMessage("unknown argument: --prot");
        assertThatThrownBy(() -> ServerOptions.parse("--port", "http")).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> ServerOptions.parse("--port", "70000")).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> ServerOptions.parse("--db")).hasMessage("--db needs a value");
        assertThatThrownBy(() -> ServerOptions.parse("--db", "postgres://x").database(Map.of()))
                .hasMessageContaining("JDBC URL");
    }

    @Test
    void statusRateLimitDefaultsTo60PerTokenAnd120PerAddressAndCanBeChangedOrTurnedOff() {
        assertThat(ServerOptions.parse().statusRateLimit()).isEqualTo(new StatusRateLimit(60, 120));
        assertThat(ServerOptions.parse("--status-rate-limit", "30,200").statusRateLimit()).isEqualTo(new StatusRateLimit(30, 200));
        assertThat(ServerOptions.parse("--status-rate-limit=100").statusRateLimit()).isEqualTo(new StatusRateLimit(100, 200));
        assertThat(ServerOptions.parse("--status-rate-limit", "off").statusRateLimit()).isEqualTo(StatusRateLimit.OFF);
        assertThat(ServerOptions.parse("--status-rate-limit", "off").settings(Map.of(), null).statusRateLimit())
                .isEqualTo(StatusRateLimit.OFF);
        assertThatThrownBy(() -> ServerOptions.parse("--status-rate-limit", "lots")).hasMessageContaining("'off', N or N,M");
        assertThatThrownBy(() -> ServerOptions.parse("--status-rate-limit", "-1,5")).hasMessageContaining("negative");
    }
}
