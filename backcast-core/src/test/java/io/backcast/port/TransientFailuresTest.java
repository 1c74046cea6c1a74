package io.backcast.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.backcast.port.StoreException;

/** Rolled-back transactions (SQLSTATE 40…) are run again; every other failure is not. */
class TransientFailuresTest {

    private static RuntimeException deadlock() {
        // as Active Objects hands an H2 deadlock on: wrapped in its proxy's exception
        return new UndeclaredThrowableException(new SQLTransactionRollbackException("Deadlock detected", "40001"));
    }

    @Test
    void runsADeadlockedUseCaseAgainUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = TransientFailures.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givesUpAfterFourAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> TransientFailures.retry(() -> {
            attempts.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(UndeclaredThrowableException.class);
        assertThat(attempts).hasValue(TransientFailures.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> TransientFailures.retry(() -> {
            attempts.incrementAndGet();
            throw new StoreException("the database cannot be reached", new SQLException("refused", "08001"));
        })).isInstanceOf(StoreException.class);
        assertThat(attempts).hasValue(1);
        assertThat(TransientFailures.isTransient(new IllegalStateException("no"))).isFalse();
        assertThat(TransientFailures.isTransient(new StoreException("x", new SQLException("serialization", "40P01")))).isTrue();
    }
}
