package io.backcast.store.upgrade;

import java.util.List;

/**
 * The schema's history, oldest first. Version 1 is the first set of tables; the step to version
 * N is {@code UpgradeNNIntent} (the plugin's upgrade task for it has the same name).
 */
public final class SchemaUpgrades {

    private static final List<SchemaUpgrade> ALL = List.of(
            new Upgrade02NumberOutcomes(),
            new Upgrade03AddRollupPolicy(),
            new Upgrade04SplitConstraints(),
            new Upgrade05AddForecastHistory(),
            new Upgrade06AddCheckInCadenceAndShareViews(),
            new Upgrade07AddPlanChanges(),
            new Upgrade08AddShareLinkLanguage());

    private SchemaUpgrades() {
    }

    public static List<SchemaUpgrade> all() {
        return ALL;
    }

    /** The step that brings the schema to {@code version}. */
    public static SchemaUpgrade to(int version) {
        return ALL.stream()
                .filter(upgrade -> upgrade.version() == version)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schema upgrade to version " + version));
    }
}
