package io.backcast.store.upgrade;

import io.backcast.port.EntityStore;
import io.backcast.store.Schema;

/**
 * Version 3: plans get a roll-up policy ({@code PLAN.WEIGHT_METHOD}, {@code DONE_RULE},
 * {@code PARTIAL_CREDIT}, {@code AT_RISK_FLOAT_DAYS}, {@code STALE_AFTER_DAYS}); existing plans
 * take the defaults: count items, done by status category, no partial credit, at risk under 5
 * days of float or after 14 quiet days. Outcomes may word their states themselves
 * ({@code OUTCOME_PHRASE}). Columns with defaults only: no data to move.
 */
final class Upgrade03AddRollupPolicy implements SchemaUpgrade {

    @Override
    public int version() {
        return 3;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
    }
}
