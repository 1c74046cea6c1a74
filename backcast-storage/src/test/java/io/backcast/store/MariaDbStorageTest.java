package io.backcast.store;

import io.backcast.storage.Database;

/** The storage contracts on MariaDB at 127.0.0.1:3306, database {@code test}. */
class MariaDbStorageTest extends StorageSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.of(Database.Kind.MARIADB);
    }
}
