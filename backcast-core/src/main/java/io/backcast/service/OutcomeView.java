package io.backcast.service;

import java.util.List;

import io.backcast.model.Outcome;
import io.backcast.rollup.OutcomeRollup;
import io.backcast.schedule.OutcomeForecast;

/**
 * An outcome as the plan page and the API show it.
 *
 * @param outcome      the outcome
 * @param rollup       progress, state, reason and phrase
 * @param stateName    the state in words ("At risk")
 * @param forecast     its forecast from the planner
 * @param deliverables its deliverables with their roll-ups, in order
 */
public record OutcomeView(Outcome outcome, OutcomeRollup rollup, String stateName, OutcomeForecast forecast,
                          List<DeliverableView> deliverables) {

    public OutcomeView {
        deliverables = List.copyOf(deliverables);
    }
}
