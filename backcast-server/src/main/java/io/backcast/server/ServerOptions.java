package io.backcast.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import io.backcast.storage.Database;
import io.backcast.web.status.StatusRateLimit;

/**
 * The command line: {@code [demo] [--port 8080] [--host ADDR] [--db JDBC-URL] [--db-user U]
 * [--db-password P] [--data DIR] [--status-rate-limit N,M]}. Without {@code --db} the data is an H2 file database
 * {@code DIR/backcast} (DIR defaults to {@code ./data}). The database password may also come
 * from {@code BACKCAST_DB_PASSWORD}, which keeps it out of the process list.
 */
public record ServerOptions(boolean demo, boolean help, String host, int port, String dbUrl, String dbUser,
                            String dbPassword, Path dataDir, StatusRateLimit statusRateLimit) {

    public static final String USAGE = """
            Usage: java -jar backcast-server.jar [demo] [options]
              demo                 install the demo plan (once) and serve the demo's Jira work
              --port N             HTTP port (default 8080; 0 picks a free one)
              --host ADDR          listen on this address only (default: every interface)
              --db JDBC-URL        the database, e.g. jdbc:postgresql://db.example.com/backcast
                                   (default: the H2 file database DIR/backcast)
              --db-user U          database user
              --db-password P      database password (or set BACKCAST_DB_PASSWORD)
              --data DIR           folder of the default H2 database (default ./data)
              --status-rate-limit N,M
                                   requests per minute to a client status page, per share token
                                   and per client address (default 60,120; 'off' for load tests)
              --help               this text
            Environment: BACKCAST_ADMIN_PASSWORD sets the password of the first administrator,
            'admin', created on the first start (otherwise one is generated and printed once).""";

    public static ServerOptions parse(String... args) {
        boolean demo = false;
        boolean help = false;
        String host = null;
        int port = 8080;
        String dbUrl = null;
        String dbUser = null;
        String dbPassword = null;
        Path dataDir = Path.of("data");
        StatusRateLimit statusRateLimit = StatusRateLimit.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            switch (name) {
                case "demo" -> demo = true;
                case "--help", "-h" -> help = true;
                case "--port", "--host", "--db", "--db-user", "--db-password", "--data", "--status-rate-limit" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--port" -> port = port(value);
                        case "--host" -> host = value;
                        case "--db" -> dbUrl = value;
                        case "--db-user" -> dbUser = value;
                        case "--db-password" -> dbPassword = value;
                        case "--status-rate-limit" -> statusRateLimit = StatusRateLimit.parse(value);
                        default -> dataDir = Path.of(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new ServerOptions(demo, help, host, port, dbUrl, dbUser, dbPassword, dataDir, statusRateLimit);
    }

    /** The database these options name: {@code --db}, or the H2 file under {@code --data}. */
    /** Parsed statements each embedded-database connection keeps. */
    static final int H2_QUERY_CACHE_SIZE = 128;

    public Database database(Map<String, String> env) {
        String password = dbPassword != null ? dbPassword : env.get("BACKCAST_DB_PASSWORD");
        if (dbUrl != null) {
            return new Database(dbUrl, dbUser, password);
        }
        String file = dataDir.toAbsolutePath().normalize().resolve("backcast").toString().replace('\\', '/');
        // Backcast closes the database itself after the last request has been answered; each
        // connection keeps its parsed statements (H2 keeps 8 by default, fewer than a page asks)
        return new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE,
                dbUser == null ? "sa" : dbUser, password);
    }

    public ServerSettings settings(Map<String, String> env, PrintStream out) {
        return new ServerSettings(demo, host, port, database(env), null, null, env.get("BACKCAST_ADMIN_PASSWORD"), out,
                statusRateLimit, null);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number between 0 and 65535 (was " + value + ")");
    }
}
