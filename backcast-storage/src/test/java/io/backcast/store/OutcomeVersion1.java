package io.backcast.store;

import java.util.Date;

import io.backcast.store.entity.PlanEntity;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The outcome table as schema version 1 had it: no SORT_ORDER. For the upgrade test only. */
@Table("OUTCOME")
interface OutcomeVersion1 extends Entity {

    @NotNull
    PlanEntity getPlan();

    @NotNull
    @StringLength(255)
    String getPhrase();

    @StringLength(StringLength.UNLIMITED)
    String getWhy();

    @NotNull
    Date getNeededBy();
}
