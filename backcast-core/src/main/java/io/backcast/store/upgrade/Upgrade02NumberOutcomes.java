package io.backcast.store.upgrade;

import java.util.HashMap;
import java.util.Map;

import io.backcast.port.EntityStore;
import io.backcast.store.Schema;
import io.backcast.store.entity.OutcomeEntity;
import net.java.ao.Query;

/**
 * Version 2: outcomes get an explicit order ({@code OUTCOME.SORT_ORDER}, default 0). Existing
 * outcomes are numbered 0, 1, 2… within their plan in the order they were created, so every
 * plan keeps showing its outcomes as before.
 */
final class Upgrade02NumberOutcomes implements SchemaUpgrade {

    @Override
    public int version() {
        return 2;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
        store.inTransaction(() -> {
            Map<Integer, Integer> nextPerPlan = new HashMap<>();
            for (OutcomeEntity outcome : store.find(OutcomeEntity.class, Query.select().order("ID"))) {
                int next = nextPerPlan.merge(outcome.getPlan().getID(), 1, Integer::sum) - 1;
                outcome.setSortOrder(next);
                outcome.save();
            }
            return null;
        });
    }
}
