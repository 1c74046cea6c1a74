package io.backcast.store;

/** The storage contracts on H2, the server's embedded default. Always runs. */
class H2StorageTest extends StorageSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.of(Database.Kind.H2);
    }
}
