package io.backcast.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.StatusCategory;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.rollup.BurnUpSeries;
import io.backcast.rollup.PhraseBook;
import io.backcast.rollup.RollupEngine;
import io.backcast.rollup.RollupInput;
import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.PlanStatus;
import io.backcast.service.DeliverableView;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanPageView;
import io.backcast.service.PlanSharing;
import io.backcast.service.PlanView;

/**
 * Plans for the page tests, built the way {@code PlanService.view} builds them: real model
 * values, the real roll-up and the real planner ({@link PlanStatus#of}), English phrases.
 */
final class SamplePlans {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 12); // a Wednesday
    static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"onmouseover=alert(2) x=\"";

    private SamplePlans() {
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    static Instant at(int month, int dayOfMonth) {
        return Instant.parse(String.format("2025-%02d-%02dT15:00:00Z", month, dayOfMonth));
    }

    static WorkItem item(long id, String key, StatusCategory status, Double points, Instant updated) {
        WorkItem item = WorkItem.task(id, key, updated).withStoryPoints(points);
        return status == StatusCategory.DONE ? item.done() : item.withStatus(status, null);
    }

    /**
     * A network fit-out for a client: four outcomes (one done, one unlinked), six milestones
     * (one done, one external point, a critical chain), story-point weights with estimates,
     * an epic counted through its children, and a manual override on one outcome.
     */
    /** The plan page of a view: no baseline, no sharing, each outcome's burn-up read in UTC. */
    static PlanPageView page(PlanView view) {
        return page(view, PlanSharing.NONE);
    }

    static PlanPageView page(PlanView view, PlanSharing sharing) {
        Map<Integer, BurnUpSeries> burnUps = new HashMap<>();
        for (OutcomeView outcome : view.outcomes()) {
            burnUps.put(outcome.outcome().id(), burnUp(outcome));
        }
        return new PlanPageView(view, List.of(), sharing, burnUps);
    }

    /** An outcome's burn-up, read in UTC. */
    static BurnUpSeries burnUp(OutcomeView outcome) {
        return BurnUpSeries.of(outcome.deliverables().stream().map(DeliverableView::rollup).filter(Objects::nonNull).toList(),
                ZoneOffset.UTC);
    }

    static PlanView fitOut(boolean canEdit) {
        Plan plan = new Plan(7, "FIT", "Level 3 fit-out", "Acme Health", io.backcast.model.WorkCalendar.MONDAY_TO_FRIDAY,
                RollupPolicy.DEFAULT.withWeightMethod(WeightMethod.STORY_POINTS));
        Outcome wifi = new Outcome(100, 7, "WiFi's up", "Clinicians chart at the bedside from day one.", day(4, 4),
                "ana", "ben", 1, null, Map.of());
        Outcome machines = new Outcome(101, 7, "Machines are on the network", null, day(4, 18), "ben", null, 2, null, Map.of());
        Outcome secure = new Outcome(102, 7, "Users reach the web servers securely", null, day(5, 2), null, null, 3,
                new StateOverride(OutcomeState.AT_RISK, "carla", "Vendor has not confirmed the firewall model",
                        Instant.parse("2025-03-28T00:00:00Z")), Map.of());
        Outcome survey = Outcome.create(7, "Site survey signed off", day(3, 7)).withId(103).withSortOrder(0);
        List<Outcome> outcomes = List.of(survey, wifi, machines, secure);

        Milestone surveyed = Milestone.create(7, "Site survey", 3).withId(1).withActuals(day(3, 3), day(3, 5))
                .withOutcomes(Set.of(103)).withSortOrder(1);
        Milestone handover = Milestone.create(7, "Building handed over", 0).withId(2).withExternal(true)
                .withConstraints(day(3, 14), null).withOwners("Client facilities", null)
                .withPredecessors(List.of(Dependency.after(1))).withSortOrder(2);
        Milestone cabled = Milestone.create(7, "Network cabled", 10).withId(3)
                .withPredecessors(List.of(Dependency.after(2))).withOutcomes(Set.of(100, 101)).withOwners("dan", "eve")
                .withSortOrder(3);
        Milestone aps = Milestone.create(7, "Access points installed", 5).withId(4)
                .withPredecessors(List.of(Dependency.after(3))).withOutcomes(Set.of(100)).withSortOrder(4);
        Milestone switches = Milestone.create(7, "Switches configured", 4).withId(5)
                .withPredecessors(List.of(new Dependency(3, DependencyType.SS, 2))).withOutcomes(Set.of(101)).withSortOrder(5);
        Milestone firewall = Milestone.create(7, "Firewall rules approved", 3).withId(6)
                .withConstraints(null, day(4, 25)).withOutcomes(Set.of(102)).withSortOrder(6);
        List<Milestone> milestones = List.of(surveyed, handover, cabled, aps, switches, firewall);

        Deliverable report = Deliverable.create(103, "Survey report").withId(9).withMilestone(1)
                .withWorkLinks(List.of(WorkLink.issue("FIT-1")));
        Deliverable apsInstalled = Deliverable.create(100, "Access points installed").withId(10).withWeight(2).withMilestone(4)
                .withWorkLinks(List.of(WorkLink.jql("project = NET AND labels = ap")));
        Deliverable certified = Deliverable.create(100, "Cabling certified").withId(11).withMilestone(3)
                .withWorkLinks(List.of(WorkLink.epic("NET-10")));
        Deliverable ports = Deliverable.create(101, "Switch ports configured").withId(12).withMilestone(5)
                .withWorkLinks(List.of(WorkLink.issue("NET-30"), WorkLink.issue("NET-31")));
        Deliverable patched = Deliverable.create(101, "Desks patched").withId(13)
                .withWorkLinks(List.of(WorkLink.jql("project = NET AND component = desks")));
        Deliverable rules = Deliverable.create(102, "Firewall rules in place").withId(14).withMilestone(6);
        List<Deliverable> deliverables = List.of(report, apsInstalled, certified, ports, patched, rules);

        Map<Integer, List<WorkItem>> work = new HashMap<>();
        work.put(9, List.of(item(1, "FIT-1", StatusCategory.DONE, 3.0, at(3, 5))));
        work.put(10, List.of(
                item(2, "NET-1", StatusCategory.DONE, 3.0, at(3, 4)),
                item(3, "NET-2", StatusCategory.DONE, 2.0, at(3, 10)),
                item(4, "NET-3", StatusCategory.IN_PROGRESS, null, at(3, 11)),
                item(5, "NET-4", StatusCategory.TO_DO, 5.0, at(3, 6))));
        WorkItem epic = item(20, "NET-10", StatusCategory.IN_PROGRESS, null, at(3, 11)).asEpic();
        work.put(11, List.of(epic,
                item(21, "NET-11", StatusCategory.DONE, 2.0, at(3, 7)).inEpic(20L),
                item(22, "NET-12", StatusCategory.TO_DO, 2.0, at(3, 7)).inEpic(20L).withImpediments(true, false)));
        work.put(12, List.of(item(30, "NET-30", StatusCategory.TO_DO, 1.0, at(3, 3)),
                item(31, "NET-31", StatusCategory.TO_DO, 1.0, at(3, 3))));
        work.put(13, List.of());
        return view(plan, outcomes, deliverables, milestones, work, TODAY, canEdit);
    }

    /** Every name a user can type is hostile markup. */
    static PlanView hostile() {
        Plan plan = new Plan(8, "EVIL", SCRIPT + " plan " + ATTRIBUTE, SCRIPT + ATTRIBUTE,
                io.backcast.model.WorkCalendar.MONDAY_TO_FRIDAY, RollupPolicy.DEFAULT);
        Outcome outcome = new Outcome(200, 8, SCRIPT + " outcome " + ATTRIBUTE, "why " + SCRIPT + ATTRIBUTE, day(4, 4),
                SCRIPT, ATTRIBUTE, 0, new StateOverride(OutcomeState.AT_RISK, ATTRIBUTE, SCRIPT,
                Instant.parse("2025-03-28T00:00:00Z")), Map.of(OutcomeState.ON_TRACK, "{outcome} " + SCRIPT));
        Milestone milestone = Milestone.create(8, SCRIPT + " milestone " + ATTRIBUTE, 5).withId(30)
                .withOwners(SCRIPT, ATTRIBUTE).withOutcomes(Set.of(200));
        Milestone second = Milestone.create(8, ATTRIBUTE + "second", 0).withId(31)
                .withPredecessors(List.of(Dependency.after(30))).withOutcomes(Set.of(200));
        Deliverable deliverable = Deliverable.create(200, SCRIPT + " deliverable " + ATTRIBUTE).withId(40).withMilestone(30)
                .withWorkLinks(List.of(WorkLink.jql("summary ~ \"" + SCRIPT + "\" " + ATTRIBUTE)));
        WorkItem sneaky = new WorkItem(50, io.backcast.model.IssueKey.of("EVIL-1"), SCRIPT + ATTRIBUTE,
                io.backcast.model.Hierarchy.STANDARD, StatusCategory.DONE, "Done", null, null, null, null, null, null,
                false, false, at(3, 10));
        return view(plan, List.of(outcome), List.of(deliverable), List.of(milestone, second),
                Map.of(40, List.of(sneaky)), TODAY, true);
    }

    /** A plan with nothing in it yet. */
    static PlanView empty(boolean canEdit) {
        Plan plan = Plan.create("NEW", "Fresh start").withId(9);
        return view(plan, List.of(), List.of(), List.of(), Map.of(), TODAY, canEdit);
    }

    /** One point milestone due today, feeding one outcome needed today. */
    static PlanView singleDay() {
        Plan plan = Plan.create("ONE", "One day").withId(10);
        Outcome outcome = Outcome.create(10, "Go live", TODAY).withId(300);
        Milestone cutover = Milestone.create(10, "Cutover", 0).withId(60).withOutcomes(Set.of(300));
        return view(plan, List.of(outcome), List.of(), List.of(cutover), Map.of(), TODAY, false);
    }

    /** A programme over decades: a 5,000-day milestone and an outcome needed 30 years out. */
    static PlanView longRange() {
        Plan plan = Plan.create("LONG", "Long haul").withId(11);
        Outcome outcome = Outcome.create(11, "Network replaced", TODAY.plusYears(30)).withId(400);
        Milestone build = Milestone.create(11, "Build", 5_000).withId(70).withOutcomes(Set.of(400));
        Milestone retire = Milestone.create(11, "Retire the old network", 200).withId(71)
                .withPredecessors(List.of(Dependency.after(70))).withOutcomes(Set.of(400));
        return view(plan, List.of(outcome), List.of(), List.of(build, retire), Map.of(), TODAY, false);
    }

    static PlanView view(Plan plan, List<Outcome> outcomes, List<Deliverable> deliverables, List<Milestone> milestones,
                         Map<Integer, List<WorkItem>> work, LocalDate today, boolean canEdit) {
        PhraseBook phrases = PhraseBook.english();
        RollupEngine engine = new RollupEngine(plan.policy(), phrases);
        PlanStatus status = PlanStatus.of(engine, new PlanNetwork(plan.calendar(), milestones, outcomes),
                new RollupInput(outcomes, deliverables, work), today, today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        .plusSeconds(9 * 3600));
        return PlanView.of(plan, outcomes, deliverables, milestones, status, phrases, today, canEdit);
    }
}
