package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 5: the core's step of the same name, as the task {@code atlassian-plugin.xml} names. */
public final class Upgrade05AddForecastHistory extends CoreUpgradeTask {

    public Upgrade05AddForecastHistory() {
        super(SchemaUpgrades.to(5));
    }
}
