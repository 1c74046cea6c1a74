package io.backcast.store;

import io.backcast.storage.Database;

/** The storage contracts on H2, the server's embedded default. Always runs. */
class H2StorageTest extends StorageSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.of(Database.Kind.H2);
    }
}
