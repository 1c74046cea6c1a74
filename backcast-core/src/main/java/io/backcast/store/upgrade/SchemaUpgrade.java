package io.backcast.store.upgrade;

import io.backcast.port.EntityStore;

/**
 * One step of the schema's history: brings a store from {@code version() - 1} to
 * {@link #version()}. Both hosts run the same steps: the server through
 * {@code io.backcast.storage.SchemaMigrator} (backcast-storage), the plugin through Active Objects upgrade tasks
 * that wrap them. A step also runs on an empty database (Jira runs every upgrade task on a
 * first install), so it must cope with empty tables.
 */
public interface SchemaUpgrade {

    /** The model version after this step. */
    int version();

    /** Carries out the step. Schema changes first, then data changes in one transaction. */
    void upgrade(EntityStore store);
}
