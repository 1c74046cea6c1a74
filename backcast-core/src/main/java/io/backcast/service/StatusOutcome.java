package io.backcast.service;

import java.time.LocalDate;

import io.backcast.model.OutcomeState;

/** One outcome on the client page: its words, state, progress, dates and one reason. */
public record StatusOutcome(String name, String phrase, OutcomeState state, String stateName, Double progress,
                            String reason, LocalDate neededBy, LocalDate forecast, String owner, String secondaryOwner) {
}
