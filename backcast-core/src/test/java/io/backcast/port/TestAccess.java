package io.backcast.port;

import java.util.function.Predicate;

import io.backcast.model.Plan;

/** Access policies for tests: who may view and who may edit (and so create plans), by viewer. */
public final class TestAccess {

    private TestAccess() {
    }

    public static AccessPolicy of(Predicate<Viewer> canView, Predicate<Viewer> canEdit) {
        return new AccessPolicy() {
            @Override
            public boolean canView(Viewer viewer, Plan plan) {
                return canView.test(viewer);
            }

            @Override
            public boolean canEdit(Viewer viewer, Plan plan) {
                return canEdit.test(viewer);
            }

            @Override
            public boolean canCreatePlan(Viewer viewer, String projectKey) {
                return canEdit.test(viewer);
            }
        };
    }

    /** Everyone views and edits everything. */
    public static AccessPolicy everyoneEdits() {
        return of(viewer -> true, viewer -> true);
    }
}
