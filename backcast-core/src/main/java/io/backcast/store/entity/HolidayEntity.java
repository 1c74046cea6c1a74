package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_HOLIDAY}: the holidays of a plan's work calendar. */
@Preload
@Table("HOLIDAY")
public interface HolidayEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    @NotNull
    Date getHolidayDate();
    void setHolidayDate(Date holidayDate);
}
