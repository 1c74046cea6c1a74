package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_MILESTONE_OUTCOME}: which outcomes a milestone feeds. */
@Preload
@Table("MILESTONE_OUTCOME")
public interface MilestoneOutcomeEntity extends Entity {

    @NotNull
    MilestoneEntity getMilestone();
    void setMilestone(MilestoneEntity milestone);

    @NotNull
    OutcomeEntity getOutcome();
    void setOutcome(OutcomeEntity outcome);
}
