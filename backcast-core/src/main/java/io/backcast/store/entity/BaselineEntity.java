package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_BASELINE}: saved copies of a plan's schedule. */
@Preload
@Table("BASELINE")
public interface BaselineEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);
}
