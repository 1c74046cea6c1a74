package io.backcast.jira.upgrade;

import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.backcast.jira.store.ActiveObjectsEntityStore;
import io.backcast.store.upgrade.SchemaUpgrade;

/**
 * Runs one of the core's schema steps as a Jira Active Objects upgrade task, so both hosts
 * share one schema history. {@code atlassian-plugin.xml} names one no-argument subclass per
 * version, because Active Objects instantiates upgrade tasks by class name; each has the name of
 * the core step it runs ({@code Upgrade07AddPlanChanges}).
 */
public abstract class CoreUpgradeTask implements ActiveObjectsUpgradeTask {

    private final SchemaUpgrade step;

    protected CoreUpgradeTask(SchemaUpgrade step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(String.valueOf(step.version()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.upgrade(new ActiveObjectsEntityStore(ao));
    }
}
