package io.backcast.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The plan table as schema version 2 had it: no roll-up policy. For the upgrade test only. */
@Table("PLAN")
interface PlanVersion2 extends Entity {

    @NotNull
    @StringLength(255)
    String getProjectKey();

    @NotNull
    @StringLength(255)
    String getName();

    @StringLength(255)
    String getClientName();

    @NotNull
    @StringLength(32)
    String getWorkingDays();
}
