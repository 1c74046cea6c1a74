package io.backcast.rollup;

import java.time.LocalDate;

import io.backcast.model.OutcomeState;
import io.backcast.model.StateOverride;

/**
 * An outcome's roll-up: what the client reads.
 *
 * @param outcomeId     the outcome
 * @param progress      deliverable-weighted mean of its measured deliverables, 0..1, or {@code null}
 * @param state         the state shown: the override's while one holds, else the computed one
 * @param computedState the state the rules give
 * @param override      the override in force, or {@code null}
 * @param reason        why, as data
 * @param reasonText    why, in words
 * @param phrase        the outcome's words, its state and the reason
 * @param forecast      the forecast finish, or {@code null}
 */
public record OutcomeRollup(int outcomeId, Double progress, OutcomeState state, OutcomeState computedState,
                            StateOverride override, Reason reason, String reasonText, String phrase,
                            LocalDate forecast) {

    public boolean isOverridden() {
        return override != null;
    }
}
