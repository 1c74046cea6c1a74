package io.backcast.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.RollupPolicy;
import io.backcast.model.WorkItem;

/**
 * Rolls Jira work up to deliverables and outcomes under one plan's policy. Pure: no I/O, and
 * today and now are parameters. {@link IncrementalRollup} keeps a plan's roll-up current one
 * changed item at a time; its result always equals {@link #rollUp(RollupInput, ScheduleView,
 * LocalDate, Instant)} on the same input.
 */
public final class RollupEngine {

    private final RollupPolicy policy;
    private final PhraseBook phrases;
    private final DeliverableCalculator deliverables;
    private final OutcomeAssessor assessor;

    public RollupEngine(RollupPolicy policy, PhraseBook phrases) {
        this.policy = policy;
        this.phrases = phrases;
        this.deliverables = new DeliverableCalculator(policy);
        this.assessor = new OutcomeAssessor(policy);
    }

    public RollupPolicy policy() {
        return policy;
    }

    public PhraseBook phrases() {
        return phrases;
    }

    /** One deliverable's progress from the work its links found. */
    public DeliverableRollup rollUp(Deliverable deliverable, Collection<WorkItem> work) {
        return deliverables.rollUp(deliverable, work);
    }

    /** One outcome's progress, state, reason and phrase from its deliverables' roll-ups (in order). */
    public OutcomeRollup rollUp(Outcome outcome, List<DeliverableRollup> outcomeDeliverables, ScheduleView schedule,
                                LocalDate today, Instant now) {
        OutcomeAssessor.Assessment assessment = assessor.assess(outcome, outcomeDeliverables,
                schedule.of(outcome.id()), today, now);
        String reasonText = phrases.reason(assessment.reason(), assessment.override(), today);
        String phrase = phrases.phrase(outcome, assessment.state(), assessment.override() != null, reasonText,
                assessment.progress(), assessment.forecast(), today);
        return new OutcomeRollup(outcome.id(), assessment.progress(), assessment.state(), assessment.computedState(),
                assessment.override(), assessment.reason(), reasonText, phrase, assessment.forecast());
    }

    /** A whole plan, from scratch. */
    public PlanRollup rollUp(RollupInput input, ScheduleView schedule, LocalDate today, Instant now) {
        return rollUp(input, rollUpDeliverables(input), schedule, today, now);
    }

    /** Every deliverable of a plan, in order. */
    public Map<Integer, DeliverableRollup> rollUpDeliverables(RollupInput input) {
        Map<Integer, DeliverableRollup> rolled = new LinkedHashMap<>();
        for (Deliverable deliverable : input.deliverables()) {
            rolled.put(deliverable.id(), rollUp(deliverable, input.workOf(deliverable.id())));
        }
        return rolled;
    }

    /**
     * A whole plan from its deliverables' roll-ups (as {@link #rollUpDeliverables} gave them): the
     * planner needs those first, to know how far each milestone's work has come.
     */
    public PlanRollup rollUp(RollupInput input, Map<Integer, DeliverableRollup> rolledDeliverables, ScheduleView schedule,
                             LocalDate today, Instant now) {
        Map<Integer, List<DeliverableRollup>> byOutcome = new HashMap<>();
        for (Deliverable deliverable : input.deliverables()) {
            byOutcome.computeIfAbsent(deliverable.outcomeId(), id -> new ArrayList<>()).add(rolledDeliverables.get(deliverable.id()));
        }
        Map<Integer, OutcomeRollup> rolledOutcomes = new LinkedHashMap<>();
        for (Outcome outcome : input.outcomes()) {
            rolledOutcomes.put(outcome.id(), rollUp(outcome, byOutcome.getOrDefault(outcome.id(), List.of()),
                    schedule, today, now));
        }
        return new PlanRollup(rolledOutcomes, rolledDeliverables);
    }
}
