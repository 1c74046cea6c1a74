package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_PLAN}: one row per plan. */
@Preload
@Table("PLAN")
public interface PlanEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getProjectKey();
    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    @StringLength(255)
    String getClientName();
    void setClientName(String clientName);

    /** ISO weekday numbers, comma-separated: {@code "1,2,3,4,5"} is Monday to Friday. */
    @NotNull
    @StringLength(32)
    String getWorkingDays();
    void setWorkingDays(String workingDays);

    /** Roll-up policy, added in schema version 3: COUNT, STORY_POINTS or ORIGINAL_ESTIMATE. */
    @NotNull
    @Default("COUNT")
    @StringLength(32)
    String getWeightMethod();
    void setWeightMethod(String weightMethod);

    /** STATUS_CATEGORY or STATUS_CATEGORY_AND_RESOLUTION. */
    @NotNull
    @Default("STATUS_CATEGORY")
    @StringLength(48)
    String getDoneRule();
    void setDoneRule(String doneRule);

    @NotNull
    @Default("false")
    boolean isPartialCredit();
    void setPartialCredit(boolean partialCredit);

    @NotNull
    @Default("5")
    int getAtRiskFloatDays();
    void setAtRiskFloatDays(int atRiskFloatDays);

    @NotNull
    @Default("14")
    int getStaleAfterDays();
    void setStaleAfterDays(int staleAfterDays);

    /** Days between check-ins before an outcome is on the reminder list; added in schema version 6. */
    @NotNull
    @Default("14")
    int getCheckInCadenceDays();
    void setCheckInCadenceDays(int checkInCadenceDays);
}
