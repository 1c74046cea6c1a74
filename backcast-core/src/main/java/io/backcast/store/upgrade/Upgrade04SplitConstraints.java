package io.backcast.store.upgrade;

import io.backcast.port.EntityStore;
import io.backcast.store.Schema;
import net.java.ao.Query;

/**
 * Version 4: a milestone may have both a start-no-earlier-than and a finish-no-later-than date
 * ({@code MILESTONE.START_NO_EARLIER_THAN}, {@code FINISH_NO_LATER_THAN}) instead of one typed
 * constraint ({@code CONSTRAINT_TYPE}, {@code CONSTRAINT_DATE}, which stay, unused). Each
 * stored constraint moves to its new column.
 */
final class Upgrade04SplitConstraints implements SchemaUpgrade {

    @Override
    public int version() {
        return 4;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
        store.inTransaction(() -> {
            // a database that never had the old columns has no milestones from before them either
            if (store.count(Upgrade04MilestoneSnapshot.class, Query.select()) == 0) {
                return null;
            }
            for (Upgrade04MilestoneSnapshot row : store.find(Upgrade04MilestoneSnapshot.class,
                    Query.select().where("CONSTRAINT_TYPE IS NOT NULL"))) {
                if ("START_NO_EARLIER_THAN".equals(row.getConstraintType())) {
                    row.setStartNoEarlierThan(row.getConstraintDate());
                } else {
                    row.setFinishNoLaterThan(row.getConstraintDate());
                }
                row.save();
            }
            return null;
        });
    }
}
