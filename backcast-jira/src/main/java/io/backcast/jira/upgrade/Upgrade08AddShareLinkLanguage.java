package io.backcast.jira.upgrade;

import io.backcast.store.upgrade.SchemaUpgrades;

/** Schema version 8 (a share link's page language), as named in {@code atlassian-plugin.xml}. */
public final class Upgrade08AddShareLinkLanguage extends CoreUpgradeTask {

    public Upgrade08AddShareLinkLanguage() {
        super(SchemaUpgrades.to(8));
    }
}
