package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 5, as named in {@code atlassian-plugin.xml}. */
public final class UpgradeToVersion5 extends CoreUpgradeTask {

    public UpgradeToVersion5() {
        super(SchemaUpgrades.to(5));
    }
}
