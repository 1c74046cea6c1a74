package io.backcast.schedule;

/**
 * Something a plan should know that does not stop it from being planned.
 *
 * @param kind      what kind of warning
 * @param subjectId the outcome's or milestone's id
 * @param message   in words, naming the outcome or milestone
 */
public record ScheduleWarning(Kind kind, int subjectId, String message) {

    public enum Kind {
        /** An outcome's needed-by date is already past. */
        NEEDED_BY_PASSED,
        /** A milestone that has not started is past its latest start. */
        LATEST_START_PASSED
    }
}
