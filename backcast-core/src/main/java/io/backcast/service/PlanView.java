package io.backcast.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.backcast.model.Deliverable;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.rollup.OutcomeRollup;
import io.backcast.rollup.PhraseBook;
import io.backcast.schedule.PlanStatus;
import io.backcast.schedule.ScheduleWarning;

/**
 * Everything the plan page and the plan's API show, computed once per request from stored data
 * and the viewer's Jira work.
 *
 * @param plan       the plan
 * @param rule       the roll-up rule in words, shown beside every progress figure
 * @param today      the day it was computed for
 * @param outcomes   outcomes in order, with deliverables
 * @param milestones milestones in order, with their schedule
 * @param warnings   what the planner warns about
 * @param canEdit    whether the viewer may edit
 */
public record PlanView(Plan plan, String rule, LocalDate today, List<OutcomeView> outcomes,
                       List<MilestoneView> milestones, List<ScheduleWarning> warnings, boolean canEdit) {

    public PlanView {
        outcomes = List.copyOf(outcomes);
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
    }

    /** Puts a plan's stored parts and its computed status together, outcome by outcome, in the plan's order. */
    public static PlanView of(Plan plan, List<Outcome> outcomes, List<Deliverable> deliverables, List<Milestone> milestones,
                              PlanStatus status, PhraseBook phrases, LocalDate today, boolean canEdit) {
        List<OutcomeView> outcomeViews = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            List<DeliverableView> deliverableViews = new ArrayList<>();
            for (Deliverable deliverable : deliverables) {
                if (deliverable.outcomeId() == outcome.id()) {
                    deliverableViews.add(new DeliverableView(deliverable, status.rollup().deliverable(deliverable.id())));
                }
            }
            OutcomeRollup rolled = status.rollup().outcome(outcome.id());
            outcomeViews.add(new OutcomeView(outcome, rolled, phrases.state(rolled.state()),
                    status.schedule().outcome(outcome.id()), deliverableViews));
        }
        List<MilestoneView> milestoneViews = new ArrayList<>();
        for (Milestone milestone : milestones) {
            milestoneViews.add(new MilestoneView(milestone, status.schedule().milestone(milestone.id())));
        }
        return new PlanView(plan, phrases.rule(plan.policy()), today, outcomeViews, milestoneViews,
                status.schedule().warnings(), canEdit);
    }
}
