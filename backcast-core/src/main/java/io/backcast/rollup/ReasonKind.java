package io.backcast.rollup;

/** The one reason an outcome's phrase gives, by kind. Each has a message in the bundle. */
public enum ReasonKind {
    OVERRIDE,
    ALL_DONE,
    FORECAST_LATE,
    LATE_START,
    LOW_FLOAT,
    IMPEDED_CRITICAL,
    STALE,
    FORECAST,
    PROGRESS,
    NEEDED_BY,
    NO_DELIVERABLES
}
