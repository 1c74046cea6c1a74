package io.backcast.store.upgrade;

import io.backcast.port.EntityStore;
import io.backcast.store.Schema;

/**
 * Version 7: a log of plan changes ({@code PLAN_CHANGE}: one row per use case that changed what
 * a plan shows), whose length per plan is the plan's revision, and an index on
 * {@code SHARE_VIEW.SHARE_LINK_ID}. A new table and an index only: every plan starts at
 * revision 0, and the first edit after the upgrade counts from there.
 */
final class Upgrade07AddPlanChanges implements SchemaUpgrade {

    @Override
    public int version() {
        return 7;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
    }
}
