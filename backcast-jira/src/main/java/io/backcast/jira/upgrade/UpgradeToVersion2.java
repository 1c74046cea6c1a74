package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 2, as named in {@code atlassian-plugin.xml}. */
public final class UpgradeToVersion2 extends CoreUpgradeTask {

    public UpgradeToVersion2() {
        super(SchemaUpgrades.to(2));
    }
}
