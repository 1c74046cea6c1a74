package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 4, as named in {@code atlassian-plugin.xml}. */
public final class UpgradeToVersion4 extends CoreUpgradeTask {

    public UpgradeToVersion4() {
        super(SchemaUpgrades.to(4));
    }
}
