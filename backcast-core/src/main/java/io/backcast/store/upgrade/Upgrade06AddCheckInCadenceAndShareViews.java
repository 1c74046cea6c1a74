package io.backcast.store.upgrade;

import io.backcast.model.Plan;
import io.backcast.port.EntityStore;
import io.backcast.store.Schema;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/**
 * Version 6: plans get a check-in cadence ({@code PLAN.CHECK_IN_CADENCE_DAYS}, default 14) for
 * the reminder list, and share links a view log ({@code SHARE_VIEW}: when, and a coarse browser
 * class). Existing plans take 14 days; a database that filled the new column with anything
 * outside 1..365 (none should) is set to 14 as well. The log starts empty: views counted before
 * stay in {@code SHARE_LINK.VIEW_COUNT}.
 */
final class Upgrade06AddCheckInCadenceAndShareViews implements SchemaUpgrade {

    @Override
    public int version() {
        return 6;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
        store.inTransaction(() -> {
            for (PlanEntity plan : store.find(PlanEntity.class, Query.select())) {
                int cadence = plan.getCheckInCadenceDays();
                if (cadence < 1 || cadence > Plan.MAX_CHECK_IN_CADENCE_DAYS) {
                    plan.setCheckInCadenceDays(Plan.DEFAULT_CHECK_IN_CADENCE_DAYS);
                    plan.save();
                }
            }
            return null;
        });
    }
}
