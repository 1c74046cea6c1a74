package io.backcast.port;

import java.util.Map;

import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * What a host provides for storage: the Active Objects operations Backcast uses, and
 * transactions. The server and the tests adapt {@code net.java.ao.EntityManager}
 * ({@code io.backcast.storage.EntityManagerStore} in backcast-storage); the Jira plugin adapts Atlassian's
 * {@code ActiveObjects} service. Failures surface as {@link StoreException}.
 */
public interface EntityStore {

    /**
     * Runs one use case in one transaction: everything it wrote is committed when it returns,
     * and nothing is when it throws. A transaction started inside another joins it.
     */
    <T> T inTransaction(Work<T> work);

    /** Creates the tables and columns these entities need; never drops anything. */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /** The entity with this key, or {@code null} when there is none. */
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    /** Deletes the rows matching an Active Objects criteria string, such as {@code "PLAN_ID = ?"}. */
    <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** A unit of work run inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run();
    }
}
