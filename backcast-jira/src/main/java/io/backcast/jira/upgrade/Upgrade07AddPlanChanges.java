package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 7: the core's step of the same name, as the task {@code atlassian-plugin.xml} names. */
public final class Upgrade07AddPlanChanges extends CoreUpgradeTask {

    public Upgrade07AddPlanChanges() {
        super(SchemaUpgrades.to(7));
    }
}
