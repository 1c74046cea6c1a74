package io.backcast.jira.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.function.Consumer;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.backcast.jira.ModelVersions;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.PlanEntity;
import io.backcast.store.upgrade.SchemaUpgrade;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class CoreUpgradeTaskTest {

    /** A schema step that does what the test says. */
    private record Step(int version, Consumer<EntityStore> action) implements SchemaUpgrade {
        @Override
        public void upgrade(EntityStore store) {
            action.accept(store);
        }
    }

    private static CoreUpgradeTask taskFor(SchemaUpgrade step) {
        return new CoreUpgradeTask(step) {
        };
    }

    @Test
    void reportsTheVersionOfItsStepAsTheModelVersion() {
        CoreUpgradeTask task = taskFor(new Step(7, store -> { }));

        try (ModelVersions versions = new ModelVersions()) {
            assertThat(versions.textOf(task.getModelVersion())).isEqualTo("7");
        }
    }

    @Test
    void runsItsStepOnTheActiveObjectsItIsGiven() {
        Query query = Query.select();
        ActiveObjects ao = mock(ActiveObjects.class);
        when(ao.count(PlanEntity.class, query)).thenReturn(4);
        int[] countedByStep = new int[1];
        CoreUpgradeTask task = taskFor(new Step(2, store -> countedByStep[0] = store.count(PlanEntity.class, query)));

        task.upgrade(mock(ModelVersion.class), ao);

        verify(ao).count(PlanEntity.class, query);
        assertThat(countedByStep[0]).isEqualTo(4);
    }
}
