package io.backcast.jira.store;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.backcast.port.EntityStore;
import io.backcast.port.StoreException;
import io.backcast.port.TransientFailures;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The core's {@link EntityStore} over Jira's {@link ActiveObjects} service: each operation is
 * passed straight through. Failures of Active Objects become {@link StoreException}s naming
 * the operation; exceptions thrown by a transaction's own work come out unchanged.
 */
public final class ActiveObjectsEntityStore implements EntityStore {

    /** Whether this thread runs inside a transaction: only the outermost is run again on a conflict. */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    private final ActiveObjects ao;

    public ActiveObjectsEntityStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        if (inTransaction.get()) {
            return runOnce(work); // joins the outer transaction, which alone is run again
        }
        inTransaction.set(true);
        try {
            return TransientFailures.retry(() -> runOnce(work));
        } finally {
            inTransaction.remove();
        }
    }

    private <T> T runOnce(Work<T> work) {
        ObservedWork<T> observed = new ObservedWork<>(work);
        try {
            return ao.executeInTransaction(observed);
        } catch (RuntimeException e) {
            if (observed.failure != null) {
                throw observed.failure;
            }
            throw failed("run the transaction", null, e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void migrate(Class<? extends RawEntity<?>>... entities) {
        call("migrate the tables", null, () -> {
            ao.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call("create", type, () -> ao.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call("read", type, () -> ao.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call("find", type, () -> ao.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call("count", type, () -> ao.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call("delete entities", null, () -> {
            ao.delete(entities);
            return null;
        });
    }

    /** Also flushes Active Objects' value caches, which a SQL delete leaves stale (as its javadoc advises). */
    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call("delete rows of", type, () -> {
            int deleted = ao.deleteWithSQL(type, criteria, parameters);
            ao.flushAll();
            return deleted;
        });
    }

    /** Runs one Active Objects call; {@code what} and {@code type} name it if it fails. */
    private static <R> R call(String what, Class<?> type, Supplier<R> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw failed(what, type, e);
        }
    }

    private static StoreException failed(String what, Class<?> type, RuntimeException cause) {
        String subject = type == null ? what : what + " " + type.getSimpleName();
        return new StoreException("Active Objects could not " + subject + ": " + cause.getMessage(), cause);
    }

    /** Runs the work and remembers what it threw, to tell the work's failures from the host's. */
    private static final class ObservedWork<T> implements TransactionCallback<T> {
        private final Work<T> work;
        private RuntimeException failure;

        ObservedWork(Work<T> work) {
            this.work = Objects.requireNonNull(work, "work");
        }

        @Override
        public T doInTransaction() {
            try {
                return work.run();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }
}
