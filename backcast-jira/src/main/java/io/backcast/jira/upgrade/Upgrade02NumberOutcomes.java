package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 2: the core's step of the same name, as the task {@code atlassian-plugin.xml} names. */
public final class Upgrade02NumberOutcomes extends CoreUpgradeTask {

    public Upgrade02NumberOutcomes() {
        super(SchemaUpgrades.to(2));
    }
}
