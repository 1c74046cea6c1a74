package io.backcast.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.ForecastChange;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ShareLink;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkItem;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.port.WorkSource;
import io.backcast.rollup.BurnUpSeries;
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
import io.backcast.store.CheckInRepository;
import io.backcast.store.DeliverableRepository;
import io.backcast.store.ForecastHistoryRepository;
import io.backcast.store.MilestoneRepository;
import io.backcast.model.NotFoundException;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;
import io.backcast.store.ShareLinkRepository;

/**
 * The plan's use cases, each one transaction with its permission checked: reading a plan
 * needs view permission (a plan the viewer may not see answers as if it did not exist),
 * changing it edit permission. Work is resolved as the viewer may see it, and phrases, states
 * and reasons are worded in the viewer's language ({@link Viewer#locale()}; the host's default
 * {@code phrases} when it has none).
 */
public final class PlanService {

    private final EntityStore store;
    private final WorkSource work;
    private final PlanAccess access;
    private final Clock clock;
    private final PhraseBook phrases;
    private final PlanRepository plans;
    private final OutcomeRepository outcomes;
    private final DeliverableRepository deliverables;
    private final MilestoneRepository milestones;
    private final BaselineRepository baselines;
    private final ForecastHistoryRepository forecasts;
    private final CheckInRepository checkIns;
    private final ShareLinkRepository shareLinks;

    public PlanService(EntityStore store, WorkSource work, AccessPolicy access, Clock clock, PhraseBook phrases) {
        this.store = store;
        this.work = work;
        this.clock = clock;
        this.phrases = phrases;
        this.plans = new PlanRepository(store);
        this.access = new PlanAccess(access, plans, clock);
        this.outcomes = new OutcomeRepository(store);
        this.deliverables = new DeliverableRepository(store);
        this.milestones = new MilestoneRepository(store);
        this.baselines = new BaselineRepository(store);
        this.forecasts = new ForecastHistoryRepository(store);
        this.checkIns = new CheckInRepository(store);
        this.shareLinks = new ShareLinkRepository(store);
    }

    /** The plans the viewer may see. */
    public List<Plan> plans(Viewer viewer) {
        return store.inTransaction(() -> access.visible(viewer, plans.findAll()));
    }

    public Plan plan(Viewer viewer, int planId) {
        return store.inTransaction(() -> access.viewable(viewer, planId));
    }

    public Plan savePlan(Viewer viewer, Plan plan) {
        return store.inTransaction(() -> {
            if (plan.id() == 0) {
                access.requireCreate(viewer, plan.projectKey());
            } else {
                Plan stored = access.changing(viewer, plan.id());
                if (!stored.projectKey().equals(plan.projectKey())) {
                    throw new ValidationException("plan.projectKey", "cannot change: a plan stays with its home project");
                }
            }
            return plans.save(plan);
        });
    }

    /** The plan with its roll-up, schedule and warnings, as the API shows it. */
    public PlanView view(Viewer viewer, int planId) {
        return store.inTransaction(() -> view(viewer, access.granted(viewer, planId)));
    }

    /**
     * Everything the plan page shows, from one transaction and one permission check: the plan
     * view, the newest baseline's dates as ghosts, the share links with their views (editors
     * only), the check-ins, the reminders, what the viewer may check in on, and each outcome's
     * burn-up.
     */
    public PlanPageView page(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            PlanAccess.Granted granted = access.granted(viewer, planId);
            PlanView view = view(viewer, granted);
            List<BaselineDate> ghosts = baselines.findByPlan(planId).stream().findFirst().map(Baseline::dates).orElse(List.of());
            return new PlanPageView(view, ghosts, sharing(viewer, granted, view), burnUps(view));
        });
    }

    private PlanView view(Viewer viewer, PlanAccess.Granted granted) {
        Plan plan = granted.plan();
        List<Outcome> planOutcomes = outcomes.findByPlan(plan.id());
        List<Deliverable> planDeliverables = deliverables.findByPlan(plan.id());
        List<Milestone> planMilestones = milestones.findByPlan(plan.id());
        PlanStatus status = status(viewer, plan, planOutcomes, planDeliverables, planMilestones);
        return PlanView.of(plan, planOutcomes, planDeliverables, planMilestones, status, phrases.in(viewer.locale()), LocalDate.now(clock),
                granted.canEdit());
    }

    private PlanSharing sharing(Viewer viewer, PlanAccess.Granted granted, PlanView view) {
        Plan plan = granted.plan();
        List<ShareLink> links = granted.canEdit() ? shareLinks.findByPlan(plan.id()) : null;
        Instant now = clock.instant();
        Set<Integer> open = links == null ? Set.of()
                : links.stream().filter(link -> link.opensAt(now)).map(ShareLink::id).collect(Collectors.toSet());
        List<CheckIn> planCheckIns = checkIns.findByPlan(plan.id());
        List<Outcome> planOutcomes = view.outcomes().stream().map(OutcomeView::outcome).toList();
        List<Milestone> planMilestones = view.milestones().stream().map(MilestoneView::milestone).toList();
        return new PlanSharing(links, open, planCheckIns,
                CheckInRules.reminders(plan, planOutcomes, planCheckIns, view.today()),
                CheckInRules.rights(viewer, granted.canEdit(), planOutcomes, planMilestones), plan.checkInCadenceDays());
    }

    private Map<Integer, BurnUpSeries> burnUps(PlanView view) {
        Map<Integer, BurnUpSeries> series = new HashMap<>();
        for (OutcomeView outcome : view.outcomes()) {
            series.put(outcome.outcome().id(), BurnUpSeries.of(outcome.deliverables().stream().map(DeliverableView::rollup)
                    .filter(Objects::nonNull).toList(), clock.getZone()));
        }
        return series;
    }

    /** Saves the plan's current schedule as a baseline, to measure slip against later. */
    public Baseline saveBaseline(Viewer viewer, int planId, String name) {
        return store.inTransaction(() -> {
            Plan plan = access.changing(viewer, planId);
            Schedule schedule = status(viewer, plan).schedule();
            return baselines.add(Baselines.capture(schedule, planId, name, clock.instant()));
        });
    }

    /** The plan's baselines, newest first. */
    public List<Baseline> baselines(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            access.viewable(viewer, planId);
            return baselines.findByPlan(planId);
        });
    }

    /** Each milestone's and outcome's slip against a baseline, in working days (positive: later). */
    public List<Slip> slips(Viewer viewer, int planId, int baselineId) {
        return store.inTransaction(() -> {
            Plan plan = access.viewable(viewer, planId);
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
            Plan plan = access.editable(viewer, planId, PlanAccess.Refusal.CHANGE);
            Schedule schedule = status(viewer, plan).schedule();
            return forecasts.add(Baselines.forecastMoves(planId, schedule, forecasts.lastForecasts(planId), plan.calendar(),
                    clock.instant()));
        });
    }

    /** When forecasts moved and by how much, newest first. */
    public List<ForecastChange> forecastHistory(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            access.viewable(viewer, planId);
            return forecasts.historyOfPlan(planId);
        });
    }

    public Outcome outcome(Viewer viewer, int outcomeId) {
        return store.inTransaction(() -> {
            Outcome outcome = outcomes.get(outcomeId);
            access.viewable(viewer, outcome.planId());
            return outcome;
        });
    }

    public Deliverable deliverable(Viewer viewer, int deliverableId) {
        return store.inTransaction(() -> {
            Deliverable deliverable = deliverables.get(deliverableId);
            access.viewable(viewer, outcomes.get(deliverable.outcomeId()).planId());
            return deliverable;
        });
    }

    public Milestone milestone(Viewer viewer, int milestoneId) {
        return store.inTransaction(() -> {
            Milestone milestone = milestones.get(milestoneId);
            access.viewable(viewer, milestone.planId());
            return milestone;
        });
    }

    public Outcome saveOutcome(Viewer viewer, Outcome outcome) {
        return store.inTransaction(() -> {
            access.changing(viewer, outcome.id() == 0 ? outcome.planId() : outcomes.get(outcome.id()).planId());
            return outcomes.save(outcome);
        });
    }

    public void deleteOutcome(Viewer viewer, int outcomeId) {
        store.inTransaction(() -> {
            access.changing(viewer, outcomes.get(outcomeId).planId());
            outcomes.delete(outcomeId);
            return null;
        });
    }

    public Deliverable saveDeliverable(Viewer viewer, Deliverable deliverable) {
        return store.inTransaction(() -> {
            access.changing(viewer, outcomes.get(deliverable.outcomeId()).planId());
            if (deliverable.id() != 0) {
                access.editable(viewer, outcomes.get(deliverables.get(deliverable.id()).outcomeId()).planId(),
                        PlanAccess.Refusal.CHANGE);
            }
            return deliverables.save(deliverable);
        });
    }

    public void deleteDeliverable(Viewer viewer, int deliverableId) {
        store.inTransaction(() -> {
            access.changing(viewer, outcomes.get(deliverables.get(deliverableId).outcomeId()).planId());
            deliverables.delete(deliverableId);
            return null;
        });
    }

    /** Saves a milestone; a link that closes a cycle is a conflict and nothing is kept. */
    public Milestone saveMilestone(Viewer viewer, Milestone milestone) {
        return store.inTransaction(() -> {
            Plan plan = access.changing(viewer, milestone.id() == 0 ? milestone.planId() : milestones.get(milestone.id()).planId());
            Milestone saved = milestones.save(milestone);
            try {
                new Planner().plan(new PlanNetwork(plan.calendar(), milestones.findByPlan(plan.id()),
                        outcomes.findByPlan(plan.id())), LocalDate.now(clock));
            } catch (ValidationException e) {
                if (e.getMessage().startsWith("milestone.predecessors form a cycle")) {
                    throw ConflictException.of(e);
                }
                throw e;
            }
            return saved;
        });
    }

    public void deleteMilestone(Viewer viewer, int milestoneId) {
        store.inTransaction(() -> {
            access.changing(viewer, milestones.get(milestoneId).planId());
            milestones.delete(milestoneId);
            return null;
        });
    }

    /** What if a milestone finished {@code days} working days later. */
    public SlipImpact slip(Viewer viewer, int planId, int milestoneId, int days) {
        return store.inTransaction(() -> {
            Plan plan = access.viewable(viewer, planId);
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
        RollupEngine engine = new RollupEngine(plan.policy(), phrases.in(viewer.locale()));
        return PlanStatus.of(engine, new PlanNetwork(plan.calendar(), planMilestones, planOutcomes),
                new RollupInput(planOutcomes, planDeliverables, found), LocalDate.now(clock), clock.instant());
    }
}
