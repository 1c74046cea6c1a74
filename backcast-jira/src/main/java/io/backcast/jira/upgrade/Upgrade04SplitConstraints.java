package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 4: the core's step of the same name, as the task {@code atlassian-plugin.xml} names. */
public final class Upgrade04SplitConstraints extends CoreUpgradeTask {

    public Upgrade04SplitConstraints() {
        super(SchemaUpgrades.to(4));
    }
}
