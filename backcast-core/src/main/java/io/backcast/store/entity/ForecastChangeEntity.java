package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_F1ABAE_FORECAST_CHANGE} (schema version 5): the forecast history, one row each
 * time a milestone's or outcome's forecast finish moved (or was first recorded).
 */
@Preload
@Table("FORECAST_CHANGE")
public interface ForecastChangeEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    /** OUTCOME or MILESTONE. */
    @NotNull
    @StringLength(16)
    String getSubjectKind();
    void setSubjectKind(String subjectKind);

    @NotNull
    @Indexed
    int getSubjectId();
    void setSubjectId(int subjectId);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date changedAt);

    /** Null for a subject's first record. */
    Date getPreviousForecast();
    void setPreviousForecast(Date previousForecast);

    @NotNull
    Date getNewForecast();
    void setNewForecast(Date newForecast);

    /** Working days from the previous forecast to the new one; 0 for a first record. */
    @NotNull
    int getSlipDays();
    void setSlipDays(int slipDays);
}
