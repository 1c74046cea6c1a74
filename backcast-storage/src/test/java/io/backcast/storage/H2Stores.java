package io.backcast.storage;

import java.util.UUID;

/** Stores for the use-case tests: each a new in-memory H2 database with Backcast's schema. */
public final class H2Stores {

    private H2Stores() {
    }

    /** A new, empty in-memory database (named after the test, for its logs), migrated to the current schema. */
    public static EntityManagerStore migrated(String name) {
        EntityManagerStore store = EntityManagerStore.connect(
                new Database("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        new SchemaMigrator(store).migrate();
        return store;
    }
}
