package io.backcast.server;

/**
 * {@code java -jar backcast-server.jar [demo] [--port 8080] [--db JDBC-URL] [--db-user U]
 * [--db-password P] [--data DIR] [--status-rate-limit N,M]}: starts the server and stops it cleanly
 * on Ctrl-C or SIGTERM.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ServerOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(ServerOptions.USAGE);
            return;
        }
        BackcastServer server;
        try {
            server = BackcastServer.start(options.settings(System.getenv(), System.out));
        } catch (Exception e) {
            System.err.println("Backcast could not start: " + describe(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Backcast is stopping: finishing requests in progress…");
            server.close();
            System.out.println("Backcast stopped; the database was closed cleanly.");
        }, "backcast-shutdown"));
        server.join();
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
