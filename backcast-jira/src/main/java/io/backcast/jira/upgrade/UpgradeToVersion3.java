package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 3, as named in {@code atlassian-plugin.xml}. */
public final class UpgradeToVersion3 extends CoreUpgradeTask {

    public UpgradeToVersion3() {
        super(SchemaUpgrades.to(3));
    }
}
