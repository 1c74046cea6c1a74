package io.backcast.model;

import java.time.Instant;

/**
 * A person's manual setting of an outcome's state, shown as an override: who, why, and until
 * when it holds.
 */
public record StateOverride(OutcomeState state, String author, String reason, Instant expiresAt) {

    public StateOverride {
        state = Check.required("override.state", state);
        author = Check.shortText("override.author", author);
        reason = Check.shortText("override.reason", reason);
        expiresAt = Check.instant("override.expiresAt", expiresAt);
    }

    /** Whether the override still holds at {@code now}; it ends at its expiry instant. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
