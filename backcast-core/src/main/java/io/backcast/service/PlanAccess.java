package io.backcast.service;

import java.time.Clock;

import io.backcast.model.Plan;
import io.backcast.port.AccessPolicy;
import io.backcast.port.Viewer;
import io.backcast.model.NotFoundException;
import io.backcast.store.PlanRepository;

/**
 * The one access guard of every use case (design §6): reading a plan, or anything in it, needs
 * view permission, and a plan the viewer may not see answers exactly as if it did not exist;
 * changing it needs edit permission, and a change is noted in the same transaction so that
 * kept client pages are built again ({@link PlanRepository#revision}). Each use case asks once.
 */
final class PlanAccess {

    /** What a refused change says: the message bundle's sentence of this key. */
    enum Refusal {
        CHANGE("error.forbidden.change"),
        SHARE("error.forbidden.share");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    /**
     * A plan the viewer may see, and whether they may also change it.
     *
     * @param plan     the plan
     * @param canEdit  whether the viewer may change it
     */
    record Granted(Plan plan, boolean canEdit) {
    }

    private final AccessPolicy policy;
    private final PlanRepository plans;
    private final Clock clock;

    PlanAccess(AccessPolicy policy, PlanRepository plans, Clock clock) {
        this.policy = policy;
        this.plans = plans;
        this.clock = clock;
    }

    /** The plan, when the viewer may see it; else "plan N does not exist". */
    Plan viewable(Viewer viewer, int planId) {
        return viewable(viewer, planId, "plan", planId);
    }

    /**
     * The plan, when the viewer may see it; else the thing asked for ({@code kind} {@code id},
     * e.g. a check-in) "does not exist", so that nothing tells a hidden plan's contents apart
     * from nothing.
     */
    Plan viewable(Viewer viewer, int planId, String kind, int id) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException(kind, id));
        if (!policy.canView(viewer, plan)) {
            throw new NotFoundException(kind, id);
        }
        return plan;
    }

    /** The plan and what the viewer may do with it: one check for a page that shows and offers. */
    Granted granted(Viewer viewer, int planId) {
        Plan plan = viewable(viewer, planId);
        return new Granted(plan, policy.canEdit(viewer, plan));
    }

    /** The plan, when the viewer may change it; nothing is noted (a read for editors only). */
    Plan editable(Viewer viewer, int planId, Refusal refusal) {
        return editable(viewer, planId, "plan", planId, refusal);
    }

    Plan editable(Viewer viewer, int planId, String kind, int id, Refusal refusal) {
        Plan plan = viewable(viewer, planId, kind, id);
        requireEdit(viewer, plan, refusal);
        return plan;
    }

    /** As {@link #editable}, and notes in the same transaction that the plan changes. */
    Plan changing(Viewer viewer, int planId) {
        Plan plan = editable(viewer, planId, Refusal.CHANGE);
        noteChange(plan);
        return plan;
    }

    /** Notes that a plan changes, in the caller's transaction, when its access was checked otherwise. */
    void noteChange(Plan plan) {
        plans.recordChange(plan.id(), clock.instant());
    }

    /** Whether someone may see a plan: a share link opens only while its maker may. */
    boolean mayView(Viewer viewer, Plan plan) {
        return policy.canView(viewer, plan);
    }

    /** The plans, of those given, that the viewer may see. */
    java.util.List<Plan> visible(Viewer viewer, java.util.List<Plan> all) {
        return all.stream().filter(plan -> policy.canView(viewer, plan)).toList();
    }

    /** Whether the viewer may change the plan (the viewer may see it: checked before). */
    boolean canEdit(Viewer viewer, Plan plan) {
        return policy.canEdit(viewer, plan);
    }

    /** Whether the viewer may start a plan in a project. */
    void requireCreate(Viewer viewer, String projectKey) {
        if (!policy.canCreatePlan(viewer, projectKey)) {
            throw new ForbiddenException("error.forbidden.createPlan", java.util.Map.of("project", projectKey));
        }
    }

    private void requireEdit(Viewer viewer, Plan plan, Refusal refusal) {
        if (!policy.canEdit(viewer, plan)) {
            throw new ForbiddenException(refusal.key);
        }
    }
}
