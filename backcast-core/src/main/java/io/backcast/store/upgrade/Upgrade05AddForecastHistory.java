package io.backcast.store.upgrade;

import io.backcast.port.EntityStore;
import io.backcast.store.Schema;

/**
 * Version 5: a forecast history ({@code FORECAST_CHANGE}: when a milestone's or outcome's
 * forecast moved and by how much). A new table only: no data to move, and history starts with
 * the first forecast recorded after the upgrade.
 */
final class Upgrade05AddForecastHistory implements SchemaUpgrade {

    @Override
    public int version() {
        return 5;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
    }
}
