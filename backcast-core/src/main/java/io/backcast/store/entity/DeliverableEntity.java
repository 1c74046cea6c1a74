package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_DELIVERABLE}: the deliverables of outcomes. */
@Preload
@Table("DELIVERABLE")
public interface DeliverableEntity extends Entity {

    @NotNull
    OutcomeEntity getOutcome();
    void setOutcome(OutcomeEntity outcome);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    @NotNull
    @Default("1")
    double getWeight();
    void setWeight(double weight);

    /** The milestone it is tied to, or null. */
    MilestoneEntity getMilestone();
    void setMilestone(MilestoneEntity milestone);

    @NotNull
    @Default("0")
    int getSortOrder();
    void setSortOrder(int sortOrder);
}
