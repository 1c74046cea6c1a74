package io.backcast.store;

import java.util.Date;

import io.backcast.store.entity.PlanEntity;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The milestone table as schema version 3 had it: one typed constraint. For the upgrade test only. */
@Table("MILESTONE")
interface MilestoneVersion3 extends Entity {

    @NotNull
    PlanEntity getPlan();

    @NotNull
    @StringLength(255)
    String getName();

    @NotNull
    int getDurationDays();

    @StringLength(32)
    String getConstraintType();

    Date getConstraintDate();
}
