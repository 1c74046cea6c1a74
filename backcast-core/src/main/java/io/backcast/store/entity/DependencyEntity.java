package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_DEPENDENCY}: predecessor → successor links between milestones. */
@Preload
@Table("DEPENDENCY")
public interface DependencyEntity extends Entity {

    @NotNull
    MilestoneEntity getPredecessor();
    void setPredecessor(MilestoneEntity predecessor);

    @NotNull
    MilestoneEntity getSuccessor();
    void setSuccessor(MilestoneEntity successor);

    /** FS, SS, FF or SF. */
    @NotNull
    @StringLength(8)
    String getDependencyType();
    void setDependencyType(String dependencyType);

    @NotNull
    int getLagDays();
    void setLagDays(int lagDays);
}
