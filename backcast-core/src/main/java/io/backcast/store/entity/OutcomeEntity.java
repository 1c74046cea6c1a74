package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_OUTCOME}: one row per outcome, with its manual state override if any. */
@Preload
@Table("OUTCOME")
public interface OutcomeEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    @NotNull
    @StringLength(255)
    String getPhrase();
    void setPhrase(String phrase);

    @StringLength(StringLength.UNLIMITED)
    String getWhy();
    void setWhy(String why);

    @NotNull
    Date getNeededBy();
    void setNeededBy(Date neededBy);

    @StringLength(255)
    String getOwner();
    void setOwner(String owner);

    @StringLength(255)
    String getSecondaryOwner();
    void setSecondaryOwner(String secondaryOwner);

    /** Added in schema version 2; rows from version 1 are numbered in creation order. */
    @NotNull
    @Default("0")
    int getSortOrder();
    void setSortOrder(int sortOrder);

    @StringLength(32)
    String getOverrideState();
    void setOverrideState(String overrideState);

    @StringLength(255)
    String getOverrideAuthor();
    void setOverrideAuthor(String overrideAuthor);

    @StringLength(255)
    String getOverrideReason();
    void setOverrideReason(String overrideReason);

    Date getOverrideExpiresAt();
    void setOverrideExpiresAt(Date overrideExpiresAt);
}
