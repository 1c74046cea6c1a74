package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_F1ABAE_PLAN_CHANGE} (schema version 7): one row each time a use case changed
 * what a plan shows (its calendar, outcomes, deliverables, links, milestones, baselines or
 * check-ins). Rows are only ever added, so concurrent edits never contend for a row; the newest
 * row's id is the plan's revision, which every node compares to know whether a cached client
 * page is still the plan's.
 */
@Preload
@Table("PLAN_CHANGE")
public interface PlanChangeEntity extends Entity {

    @NotNull
    @Indexed
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date changedAt);
}
