package io.backcast.model;

/** Where an outcome stands, as the client reads it. */
public enum OutcomeState {
    /** Every deliverable is done. */
    DONE,
    /** The forecast finish is after the needed-by date (negative float). */
    OFF_TRACK,
    /** A warning sign: a latest start passed, little float, blocked critical work, or stale data. */
    AT_RISK,
    /** Work is under way and the forecast meets the needed-by date. */
    ON_TRACK,
    /** No work has started. */
    NOT_STARTED
}
