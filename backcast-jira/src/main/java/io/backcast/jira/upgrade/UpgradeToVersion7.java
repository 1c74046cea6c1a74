package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 7, as named in {@code atlassian-plugin.xml}. */
public final class UpgradeToVersion7 extends CoreUpgradeTask {

    public UpgradeToVersion7() {
        super(SchemaUpgrades.to(7));
    }
}
