package io.backcast.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.eclipse.jetty.logging.JettyLogger;
import org.eclipse.jetty.logging.JettyLoggerFactory;
import org.eclipse.jetty.logging.StdErrAppender;
import org.slf4j.LoggerFactory;

/**
 * Everything the server logs or prints while it is open: SLF4J (Jetty's logger, which Jetty,
 * Active Objects and Backcast log through), java.util.logging (Jersey, HikariCP's fallbacks),
 * and whatever reaches {@code System.out} and {@code System.err} (stack traces printed directly).
 * Each still goes where it went before as well. Levels are raised while open: Backcast's loggers
 * to DEBUG, Jetty's and the libraries' to INFO, JUL's root to INFO; {@link #close()} restores them.
 *
 * <p>Loggers are created with the configured level when first used, so open the capture after
 * the server has started (its classes have made their loggers by then).
 */
public final class LogCapture implements AutoCloseable {

    private static final Map<String, String> LEVELS = Map.of("io.backcast", "DEBUG", "org.eclipse.jetty", "INFO",
            "net.java.ao", "INFO", "com.zaxxer", "INFO", "org.glassfish", "INFO", "org.h2", "INFO");

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
    private final StdErrAppender appender;
    private final PrintStream appenderStream;
    private final PrintStream out;
    private final PrintStream err;
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final java.util.logging.Level julLevel;
    private final Handler julHandler;
    private final Map<String, String> previousLevels = new LinkedHashMap<>();
    private final JettyLoggerFactory factory;

    public LogCapture() {
        factory = (JettyLoggerFactory) LoggerFactory.getILoggerFactory();
        appender = (StdErrAppender) ((JettyLogger) LoggerFactory.getLogger(LogCapture.class)).getAppender();
        appenderStream = appender.getStream();
        // a null stream means "System.err at the time of each line"
        appender.setStream(tee(appenderStream != null ? appenderStream : System.err));
        out = System.out;
        err = System.err;
        System.setOut(tee(out));
        System.setErr(tee(err));
        julLevel = julRoot.getLevel();
        julHandler = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                sink.print(format.format(record));
            }

            @Override
            public void flush() {
                sink.flush();
            }

            @Override
            public void close() {
            }
        };
        julHandler.setLevel(java.util.logging.Level.ALL);
        julRoot.addHandler(julHandler);
        julRoot.setLevel(java.util.logging.Level.INFO);
        LEVELS.forEach((name, level) -> {
            previousLevels.put(name, factory.getLoggerLevel(name));
            factory.setLoggerLevel(name, level);
        });
    }

    /** What was logged or printed so far. */
    public String text() {
        sink.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        previousLevels.forEach((name, level) -> {
            if (level != null) {
                factory.setLoggerLevel(name, level);
            }
        });
        julRoot.removeHandler(julHandler);
        julRoot.setLevel(julLevel);
        System.setOut(out);
        System.setErr(err);
        appender.setStream(appenderStream);
    }

    private PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                sink.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                sink.write(bytes, offset, length);
            }

            @Override
            public void flush() {
                original.flush();
                sink.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
