package io.backcast.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.backcast.model.Baseline;
import io.backcast.model.Deliverable;
import io.backcast.model.ForecastChange;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkItem;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.port.WorkSource;
import io.backcast.rollup.PhraseBook;
import io.backcast.rollup.RollupEngine;
import io.backcast.rollup.RollupInput;
import io.backcast.schedule.Baselines;
import io.backcast.schedule.Schedule;
import io.backcast.schedule.Slip;
import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.PlanStatus;
import io.backcast.schedule.Planner;
import io.backcast.schedule.SlipImpact;
import io.backcast.store.BaselineRepository;
import io.backcast.store.DeliverableRepository;
import io.backcast.store.ForecastHistoryRepository;
import io.backcast.store.MilestoneRepository;
import io.backcast.store.NotFoundException;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;

/**
 * The plan's use cases, each one transaction with its permission checked: reading a plan
 * needs view permission (a plan the viewer may not see answers as if it did not exist),
 * changing it edit permission. Work is resolved as the viewer may see it.
 */
public final class PlanService {

    private final EntityStore store;
    private final WorkSource work;
    private final AccessPolicy access;
    private final Clock clock;
    private final PhraseBook phrases;
    private final PlanRepository plans;
    private final OutcomeRepository outcomes;
    private final DeliverableRepository deliverables;
    private final MilestoneRepository milestones;
    private final BaselineRepository baselines;
    private final ForecastHistoryRepository forecasts;

    public PlanService(EntityStore store, WorkSource work, AccessPolicy access, Clock clock, PhraseBook phrases) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.clock = clock;
        this.phrases = phrases;
        this.plans = new PlanRepository(store);
        this.outcomes = new OutcomeRepository(store);
        this.deliverables = new DeliverableRepository(store);
        this.milestones = new MilestoneRepository(store);
        this.baselines = new BaselineRepository(store);
        this.forecasts = new ForecastHistoryRepository(store);
    }

    /** The plans the viewer may see. */
    public List<Plan> plans(Viewer viewer) {
        return plans.findAll().stream().filter(plan -> access.canView(viewer, plan)).toList();
    }

    public Plan plan(Viewer viewer, int planId) {
        return viewable(viewer, planId);
    }

    public Plan savePlan(Viewer viewer, Plan plan) {
        return store.inTransaction(() -> {
            if (plan.id() == 0) {
                if (!access.canCreatePlan(viewer, plan.projectKey())) {
                    throw new ForbiddenException("You may not create plans for project " + plan.projectKey() + ".");
                }
            } else {
                Plan stored = changing(viewer, plan.id());
                if (!stored.projectKey().equals(plan.projectKey())) {
                    throw new ValidationException("plan.projectKey", "cannot change: a plan stays with its home project");
                }
            }
            return plans.save(plan);
        });
    }

    /** The plan as its page shows it: roll-up, schedule, warnings. */
    public PlanView view(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            Plan plan = viewable(viewer, planId);
            List<Outcome> planOutcomes = outcomes.findByPlan(planId);
            List<Deliverable> planDeliverables = deliverables.findByPlan(planId);
            List<Milestone> planMilestones = milestones.findByPlan(planId);
            LocalDate today = LocalDate.now(clock);
            PlanStatus status = status(viewer, plan, planOutcomes, planDeliverables, planMilestones);
            return PlanView.of(plan, planOutcomes, planDeliverables, planMilestones, status, phrases, today,
                    access.canEdit(viewer, plan));
        });
    }

    /** Saves the plan's current schedule as a baseline, to measure slip against later. */
    public Baseline saveBaseline(Viewer viewer, int planId, String name) {
        return store.inTransaction(() -> {
            Plan plan = changing(viewer, planId);
            Schedule schedule = status(viewer, plan).schedule();
            return baselines.add(Baselines.capture(schedule, planId, name, clock.instant()));
        });
    }

    /** The plan's baselines, newest first. */
    public List<Baseline> baselines(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            viewable(viewer, planId);
            return baselines.findByPlan(planId);
        });
    }

    /** Each milestone's and outcome's slip against a baseline, in working days (positive: later). */
    public List<Slip> slips(Viewer viewer, int planId, int baselineId) {
        return store.inTransaction(() -> {
            Plan plan = viewable(viewer, planId);
            Baseline baseline = baselines.find(baselineId).filter(b -> b.planId() == planId)
                    .orElseThrow(() -> new NotFoundException("baseline", baselineId));
            return Baselines.slips(baseline, status(viewer, plan).schedule(), plan.calendar());
        });
    }

    /**
     * Records every forecast that moved since it was last recorded. Forecasts depend on the
     * work the viewer may see, so only an editor records them.
     */
    public List<ForecastChange> recordForecasts(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            Plan plan = editable(viewer, planId);
            return forecasts.record(planId, status(viewer, plan).schedule(), plan.calendar(), clock.instant());
        });
    }

    /** When forecasts moved and by how much, newest first. */
    public List<ForecastChange> forecastHistory(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            viewable(viewer, planId);
            return forecasts.historyOfPlan(planId);
        });
    }

    public Outcome outcome(Viewer viewer, int outcomeId) {
        return store.inTransaction(() -> {
            Outcome outcome = outcomes.get(outcomeId);
            viewable(viewer, outcome.planId());
            return outcome;
        });
    }

    public Deliverable deliverable(Viewer viewer, int deliverableId) {
        return store.inTransaction(() -> {
            Deliverable deliverable = deliverables.get(deliverableId);
            viewable(viewer, outcomes.get(deliverable.outcomeId()).planId());
            return deliverable;
        });
    }

    public Milestone milestone(Viewer viewer, int milestoneId) {
        return store.inTransaction(() -> {
            Milestone milestone = milestones.get(milestoneId);
            viewable(viewer, milestone.planId());
            return milestone;
        });
    }

    public Outcome saveOutcome(Viewer viewer, Outcome outcome) {
        return store.inTransaction(() -> {
            changing(viewer, outcome.id() == 0 ? outcome.planId() : outcomes.get(outcome.id()).planId());
            return outcomes.save(outcome);
        });
    }

    public void deleteOutcome(Viewer viewer, int outcomeId) {
        store.inTransaction(() -> {
            changing(viewer, outcomes.get(outcomeId).planId());
            outcomes.delete(outcomeId);
            return null;
        });
    }

    public Deliverable saveDeliverable(Viewer viewer, Deliverable deliverable) {
        return store.inTransaction(() -> {
            changing(viewer, outcomes.get(deliverable.outcomeId()).planId());
            if (deliverable.id() != 0) {
                editable(viewer, outcomes.get(deliverables.get(deliverable.id()).outcomeId()).planId());
            }
            return deliverables.save(deliverable);
        });
    }

    public void deleteDeliverable(Viewer viewer, int deliverableId) {
        store.inTransaction(() -> {
            changing(viewer, outcomes.get(deliverables.get(deliverableId).outcomeId()).planId());
            deliverables.delete(deliverableId);
            return null;
        });
    }

    /** Saves a milestone; a link that closes a cycle is a conflict and nothing is kept. */
    public Milestone saveMilestone(Viewer viewer, Milestone milestone) {
        return store.inTransaction(() -> {
            Plan plan = changing(viewer, milestone.id() == 0 ? milestone.planId() : milestones.get(milestone.id()).planId());
            Milestone saved = milestones.save(milestone);
            try {
                new Planner().plan(new PlanNetwork(plan.calendar(), milestones.findByPlan(plan.id()),
                        outcomes.findByPlan(plan.id())), LocalDate.now(clock));
            } catch (ValidationException e) {
                if (e.getMessage().startsWith("milestone.predecessors form a cycle")) {
                    throw new ConflictException(e.field(), e.getMessage().substring("milestone.predecessors ".length()));
                }
                throw e;
            }
            return saved;
        });
    }

    public void deleteMilestone(Viewer viewer, int milestoneId) {
        store.inTransaction(() -> {
            changing(viewer, milestones.get(milestoneId).planId());
            milestones.delete(milestoneId);
            return null;
        });
    }

    /** What if a milestone finished {@code days} working days later. */
    public SlipImpact slip(Viewer viewer, int planId, int milestoneId, int days) {
        return store.inTransaction(() -> {
            Plan plan = viewable(viewer, planId);
            return new Planner().slip(new PlanNetwork(plan.calendar(), milestones.findByPlan(planId),
                    outcomes.findByPlan(planId)), LocalDate.now(clock), milestoneId, days);
        });
    }

    private PlanStatus status(Viewer viewer, Plan plan) {
        return status(viewer, plan, outcomes.findByPlan(plan.id()), deliverables.findByPlan(plan.id()),
                milestones.findByPlan(plan.id()));
    }

    /** Rolls the viewer's work up and plans: the one computation every view of a plan starts from. */
    private PlanStatus status(Viewer viewer, Plan plan, List<Outcome> planOutcomes, List<Deliverable> planDeliverables,
                              List<Milestone> planMilestones) {
        Map<Integer, List<WorkItem>> found = new HashMap<>();
        for (Deliverable deliverable : planDeliverables) {
            found.put(deliverable.id(), deliverable.isLinked() ? work.workFor(deliverable.workLinks(), viewer) : List.of());
        }
        RollupEngine engine = new RollupEngine(plan.policy(), phrases);
        return PlanStatus.of(engine, new PlanNetwork(plan.calendar(), planMilestones, planOutcomes),
                new RollupInput(planOutcomes, planDeliverables, found), LocalDate.now(clock), clock.instant());
    }

    private Plan viewable(Viewer viewer, int planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!access.canView(viewer, plan)) {
            throw new NotFoundException("plan", planId);
        }
        return plan;
    }

    /**
     * As {@link #editable}, and notes in the same transaction that the plan changes, so that
     * cached client pages of it are built again (see {@link PlanRepository#revision}).
     */
    private Plan changing(Viewer viewer, int planId) {
        Plan plan = editable(viewer, planId);
        plans.recordChange(planId, clock.instant());
        return plan;
    }

    private Plan editable(Viewer viewer, int planId) {
        Plan plan = viewable(viewer, planId);
        if (!access.canEdit(viewer, plan)) {
            throw new ForbiddenException("You may view this plan but not change it.");
        }
        return plan;
    }
}
