package io.backcast.service;

import java.time.LocalDate;

import io.backcast.model.OutcomeState;

/** A public check-in on the client page: what it is about, when, the state then, its four parts. No author. */
public record StatusCheckIn(String subject, LocalDate date, OutcomeState state, String lookingBack, String whereWeAre,
                            String ahead, String newCommitments) {
}
