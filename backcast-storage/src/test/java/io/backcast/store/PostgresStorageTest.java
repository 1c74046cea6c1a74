package io.backcast.store;

import io.backcast.storage.Database;

/** The storage contracts on PostgreSQL at 127.0.0.1:5432, database {@code test}. */
class PostgresStorageTest extends StorageSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.of(Database.Kind.POSTGRESQL);
    }
}
