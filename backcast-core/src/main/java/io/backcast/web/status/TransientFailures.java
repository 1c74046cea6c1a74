package io.backcast.web.status;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a use case again when its transaction was rolled back by the database for a reason that
 * goes away by itself: a deadlock or a serialization failure (SQLSTATE class 40, e.g. H2's
 * "Deadlock detected" 40001, PostgreSQL's 40001 and 40P01). Nothing of a rolled-back transaction
 * was kept, so running it again is safe. Up to {@value #ATTEMPTS} attempts, each after a short
 * random pause so that the transactions that collided do not collide again.
 */
public final class TransientFailures {

    static final int ATTEMPTS = 4;

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
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000, 2_000_000L * attempt));
            }
        }
    }

    /** Whether a failure is a rolled-back transaction that may succeed when run again. */
    static boolean isTransient(Throwable failure) {
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
