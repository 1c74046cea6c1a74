package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 6, as named in {@code atlassian-plugin.xml}. */
public final class UpgradeToVersion6 extends CoreUpgradeTask {

    public UpgradeToVersion6() {
        super(SchemaUpgrades.to(6));
    }
}
