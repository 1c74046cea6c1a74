package io.backcast.store.upgrade;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * The milestone table as {@link SplitConstraintsUpgrade} reads it: the version-3 constraint
 * columns and the version-4 ones. Frozen: never migrated, never changed.
 */
@Table("MILESTONE")
public interface MilestoneConstraintsVersion3 extends Entity {

    String getConstraintType();

    Date getConstraintDate();

    void setStartNoEarlierThan(Date startNoEarlierThan);

    void setFinishNoLaterThan(Date finishNoLaterThan);
}
