package io.backcast.storage;

import java.sql.SQLException;
import java.util.Map;

import io.backcast.port.EntityStore;
import io.backcast.port.StoreException;
import io.backcast.port.TransientFailures;
import io.backcast.store.Schema;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.Transaction;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * The {@link EntityStore} over Active Objects' own {@link EntityManager}: used by the
 * standalone server and by the tests, with Jira's table and column names. Only Backcast's
 * tables ({@link Schema#ownsTable}) are ever managed: other applications' tables in the same
 * schema are left alone.
 */
public final class EntityManagerStore implements EntityStore, AutoCloseable {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    private EntityManagerStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Connects to the database, a new JDBC connection per use case; creates nothing until {@link SchemaMigrator} runs. */
    public static EntityManagerStore connect(Database database) {
        return new EntityManagerStore(new EntityManager(database.provider(), new Configuration()));
    }

    /**
     * Connects through the host's connection pool, which {@link #close()} disposes of. The pool
     * must hand out connections to {@code database}.
     */
    public static EntityManagerStore connect(Database database, net.java.ao.DisposableDataSource pool) {
        return new EntityManagerStore(new EntityManager(database.provider(pool), new Configuration()));
    }

    /**
     * {@inheritDoc} A transaction the database rolls back for a conflict (deadlock, serialization
     * failure) is run again from the start, a few times ({@link TransientFailures}).
     */
    @Override
    public <T> T inTransaction(Work<T> work) {
        if (inTransaction.get()) {
            return work.run();
        }
        return TransientFailures.retry(() -> runOnce(work));
    }

    private <T> T runOnce(Work<T> work) {
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return work.run();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException("the transaction could not be committed: " + e.getMessage(), e);
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new StoreException("the tables could not be created or changed: " + e.getMessage(), e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        try {
            return entityManager.create(type, values);
        } catch (SQLException e) {
            throw failure("create", type, e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        try {
            return entityManager.get(type, key);
        } catch (SQLException e) {
            throw failure("read", type, e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw failure("find", type, e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return entityManager.count(type, query);
        } catch (SQLException e) {
            throw failure("count", type, e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw new StoreException("could not delete: " + e.getMessage(), e);
        }
    }

    /** Also flushes Active Objects' value caches, which a SQL delete leaves stale. */
    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            int deleted = entityManager.deleteWithSQL(type, criteria, parameters);
            entityManager.flushAll();
            return deleted;
        } catch (SQLException e) {
            throw failure("delete", type, e);
        }
    }

    /** The table name Active Objects uses for an entity, e.g. {@code AO_F1ABAE_OUTCOME}. */
    public String tableName(Class<? extends RawEntity<?>> type) {
        return entityManager.getNameConverters().getTableNameConverter().getName(type);
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    private static StoreException failure(String operation, Class<?> type, SQLException e) {
        return new StoreException("could not " + operation + " " + type.getSimpleName() + ": " + e.getMessage(), e);
    }

    /** Jira's names, and only Backcast's tables managed. Package-private for the tests ({@code RawEntityManagers}). */
    static final class Configuration implements EntityManagerConfiguration {
        private final NameConverters naming = new AtlassianNaming();

        @Override
        @SuppressWarnings("deprecation")
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return naming;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return (tableName, caseSensitive) -> Schema.ownsTable(tableName);
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
