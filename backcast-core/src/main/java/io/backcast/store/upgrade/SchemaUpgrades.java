package io.backcast.store.upgrade;

import java.util.List;

/** The schema's history, oldest first. Version 1 is the first set of tables. */
public final class SchemaUpgrades {

    private static final List<SchemaUpgrade> ALL = List.of(new NumberOutcomesUpgrade(), new AddRollupPolicyUpgrade(),
            new SplitConstraintsUpgrade(), new AddForecastHistoryUpgrade(), new AddCheckInsAndShareViewsUpgrade(),
            new AddPlanChangesUpgrade(), new Upgrade08AddShareLinkLanguage());

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
