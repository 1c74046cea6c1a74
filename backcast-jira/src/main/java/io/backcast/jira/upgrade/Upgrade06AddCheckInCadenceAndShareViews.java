package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 6: the core's step of the same name, as the task {@code atlassian-plugin.xml} names. */
public final class Upgrade06AddCheckInCadenceAndShareViews extends CoreUpgradeTask {

    public Upgrade06AddCheckInCadenceAndShareViews() {
        super(SchemaUpgrades.to(6));
    }
}
