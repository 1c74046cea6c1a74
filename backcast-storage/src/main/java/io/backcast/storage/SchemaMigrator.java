package io.backcast.storage;

import io.backcast.port.EntityStore;
import io.backcast.store.Schema;
import io.backcast.store.upgrade.SchemaUpgrade;
import io.backcast.store.upgrade.SchemaUpgrades;
import net.java.ao.Query;

import java.util.List;
import java.util.Map;

/**
 * Brings a server's database to {@link Schema#VERSION} the way Jira's Active Objects does for
 * the plugin: every {@link SchemaUpgrade} newer than the stored version runs in order (on an
 * empty database too), then the current entities are migrated and the version recorded.
 * Never drops a table or a column.
 */
public final class SchemaMigrator {

    private final EntityStore store;
    private final List<SchemaUpgrade> upgrades;

    public SchemaMigrator(EntityStore store) {
        this(store, SchemaUpgrades.all());
    }

    SchemaMigrator(EntityStore store, List<SchemaUpgrade> upgrades) {
        this.store = store;
        this.upgrades = upgrades;
    }

    /** Upgrades the database as far as this code knows; returns the version it is at. */
    public int migrate() {
        store.migrate(SchemaVersionEntity.class);
        int current = storedVersion();
        if (current > Schema.VERSION) {
            throw new IllegalStateException("the database is at schema version " + current
                    + ", newer than this Backcast (" + Schema.VERSION + "): upgrade Backcast");
        }
        for (SchemaUpgrade upgrade : upgrades) {
            if (upgrade.version() > current) {
                upgrade.upgrade(store);
                record(upgrade.version());
            }
        }
        store.migrate(Schema.entities());
        record(Schema.VERSION);
        return Schema.VERSION;
    }

    /** The stored model version; 0 for a database Backcast has never used. */
    public int storedVersion() {
        return store.inTransaction(() -> {
            SchemaVersionEntity[] rows = store.find(SchemaVersionEntity.class, Query.select());
            return rows.length == 0 ? 0 : rows[0].getModelVersion();
        });
    }

    private void record(int version) {
        store.inTransaction(() -> {
            SchemaVersionEntity[] rows = store.find(SchemaVersionEntity.class, Query.select());
            if (rows.length == 0) {
                store.create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", version));
            } else {
                rows[0].setModelVersion(version);
                rows[0].save();
            }
            return null;
        });
    }
}
