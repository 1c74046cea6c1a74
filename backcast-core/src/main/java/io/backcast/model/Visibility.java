package io.backcast.model;

/** Who may read a check-in. */
public enum Visibility {
    /** Shown on the client status page too. */
    PUBLIC,
    /** Shown to the team only. */
    INTERNAL
}
