package io.backcast.store;

/** Every storage contract; each per-database test class runs them all. */
abstract class StorageSuite extends StorageFixture.OnDatabase implements PlanStorageContract, OutcomeStorageContract,
        DeliverableStorageContract, MilestoneStorageContract, PlanRecordsStorageContract, PlanCascadeStorageContract,
        TransactionStorageContract, SchemaStorageContract, ForecastHistoryStorageContract {
}
