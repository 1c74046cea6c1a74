package io.backcast.store.upgrade;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * A frozen entity snapshot for {@link Upgrade04SplitConstraints}: the milestone table as that step
 * reads and writes it, the version-3 constraint columns and the version-4 ones. Never migrated,
 * never changed, whatever later versions do to {@code MilestoneEntity}.
 */
@Table("MILESTONE")
public interface Upgrade04MilestoneSnapshot extends Entity {

    String getConstraintType();

    Date getConstraintDate();

    void setStartNoEarlierThan(Date startNoEarlierThan);

    void setFinishNoLaterThan(Date finishNoLaterThan);
}
