package io.backcast.rollup;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkItem;

/**
 * Everything a plan's roll-up reads: its outcomes and deliverables in order, and each
 * deliverable's work as its work source resolved it.
 */
public record RollupInput(List<Outcome> outcomes, List<Deliverable> deliverables,
                          Map<Integer, ? extends Collection<WorkItem>> work) {

    public RollupInput {
        outcomes = List.copyOf(outcomes);
        deliverables = List.copyOf(deliverables);
        work = Map.copyOf(work);
        java.util.Set<Integer> outcomeIds = new java.util.HashSet<>();
        outcomes.forEach(outcome -> outcomeIds.add(outcome.id()));
        for (Deliverable deliverable : deliverables) {
            if (!outcomeIds.contains(deliverable.outcomeId())) {
                throw new ValidationException("deliverable.outcomeId", "names outcome " + deliverable.outcomeId()
                        + ", which is not in the roll-up");
            }
        }
    }

    public Collection<WorkItem> workOf(int deliverableId) {
        Collection<WorkItem> items = work.get(deliverableId);
        return items == null ? List.of() : items;
    }
}
