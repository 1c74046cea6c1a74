package io.backcast.port;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction again when the database rolled it back by the database for a reason that
 * goes away by itself: a deadlock or a serialization failure (SQLSTATE class 40, e.g. H2's
 * "Deadlock detected" 40001, PostgreSQL's 40001 and 40P01). Nothing of a rolled-back transaction
 * was kept, so running it again is safe: each {@link EntityStore} does so for its outermost
 * transaction, so every use case gets it. Up to {@value #ATTEMPTS} attempts, each after a short
 * random pause so that the transactions that collided do not collide again.
 */
public final class TransientFailures {

    public static final int ATTEMPTS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(TransientFailures.class);

    private TransientFailures() {
    }

    public static <T> T retry(Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.info("The database rolled a transaction back ({}); running it again, attempt {} of {}",
                        firstLine(e), attempt + 1, ATTEMPTS);
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000, 2_000_000L * attempt));
            }
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Whether a failure is a rolled-back transaction that may succeed when run again. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
