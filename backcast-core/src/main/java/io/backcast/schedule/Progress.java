package io.backcast.schedule;

/** Where a milestone stands. */
public enum Progress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
