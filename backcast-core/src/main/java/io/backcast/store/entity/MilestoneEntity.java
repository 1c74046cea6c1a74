package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_MILESTONE}: the milestones of a plan. */
@Preload
@Table("MILESTONE")
public interface MilestoneEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    @NotNull
    int getDurationDays();
    void setDurationDays(int durationDays);

    @NotNull
    @Default("false")
    boolean isExternal();
    void setExternal(boolean external);

    /** Cannot start before this date, or null. Schema version 4 (before: CONSTRAINT_TYPE and CONSTRAINT_DATE). */
    Date getStartNoEarlierThan();
    void setStartNoEarlierThan(Date startNoEarlierThan);

    /** Must finish by this date, or null. Schema version 4. */
    Date getFinishNoLaterThan();
    void setFinishNoLaterThan(Date finishNoLaterThan);

    @StringLength(255)
    String getOwner();
    void setOwner(String owner);

    @StringLength(255)
    String getSecondaryOwner();
    void setSecondaryOwner(String secondaryOwner);

    Date getActualStart();
    void setActualStart(Date actualStart);

    Date getActualFinish();
    void setActualFinish(Date actualFinish);

    @NotNull
    @Default("0")
    int getSortOrder();
    void setSortOrder(int sortOrder);
}
