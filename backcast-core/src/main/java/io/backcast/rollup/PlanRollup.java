package io.backcast.rollup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plan's roll-up: every outcome and deliverable by id, in the plan's order. */
public record PlanRollup(Map<Integer, OutcomeRollup> outcomes, Map<Integer, DeliverableRollup> deliverables) {

    public PlanRollup {
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        deliverables = Collections.unmodifiableMap(new LinkedHashMap<>(deliverables));
    }

    public OutcomeRollup outcome(int outcomeId) {
        return outcomes.get(outcomeId);
    }

    public DeliverableRollup deliverable(int deliverableId) {
        return deliverables.get(deliverableId);
    }
}
