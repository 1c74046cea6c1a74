package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 3: the core's step of the same name, as the task {@code atlassian-plugin.xml} names. */
public final class Upgrade03AddRollupPolicy extends CoreUpgradeTask {

    public Upgrade03AddRollupPolicy() {
        super(SchemaUpgrades.to(3));
    }
}
