package io.backcast.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One move of a milestone's or an outcome's forecast finish, as the forecast history keeps it:
 * when it moved and by how much, so a slip can be traced back to the day it appeared rather
 * than only measured against a baseline.
 *
 * @param id               0 until stored
 * @param planId           the plan of the outcome or milestone
 * @param subjectKind      outcome or milestone
 * @param subjectId        which one
 * @param changedAt        when the new forecast was recorded
 * @param previousForecast the forecast before, or {@code null} for the subject's first record
 * @param newForecast      the forecast from then on
 * @param slipDays         working days from the previous forecast to the new one (positive: later);
 *                         0 for the first record
 */
public record ForecastChange(int id, int planId, SubjectKind subjectKind, int subjectId, Instant changedAt,
                             LocalDate previousForecast, LocalDate newForecast, int slipDays) {

    public ForecastChange {
        id = Check.id("forecastChange.id", id);
        planId = Check.reference("forecastChange.planId", planId);
        subjectKind = Check.required("forecastChange.subjectKind", subjectKind);
        subjectId = Check.reference("forecastChange.subjectId", subjectId);
        changedAt = Check.instant("forecastChange.changedAt", changedAt);
        previousForecast = Check.optionalDate("forecastChange.previousForecast", previousForecast);
        newForecast = Check.date("forecastChange.newForecast", newForecast);
        checkSlip(previousForecast, newForecast, slipDays);
    }

    /** The slip must agree with the two dates: none for a first record, and in the direction the forecast moved. */
    private static void checkSlip(LocalDate previous, LocalDate next, int slipDays) {
        if (previous == null) {
            if (slipDays != 0) {
                throw new ValidationException("forecastChange.slipDays", "must be 0 for a first forecast (was " + slipDays + ")");
            }
            return;
        }
        if (next.equals(previous)) {
            throw new ValidationException("forecastChange.newForecast", "must differ from the previous forecast (" + previous + ")");
        }
        if (next.isAfter(previous) && slipDays < 0) {
            throw new ValidationException("forecastChange.slipDays", "must not be negative when the forecast moved later (was " + slipDays + ")");
        }
        if (next.isBefore(previous) && slipDays > 0) {
            throw new ValidationException("forecastChange.slipDays", "must not be positive when the forecast moved earlier (was " + slipDays + ")");
        }
    }

    /** Whether this is the subject's first recorded forecast rather than a move. */
    public boolean isFirst() {
        return previousForecast == null;
    }

    public ForecastChange withId(int newId) {
        return new ForecastChange(newId, planId, subjectKind, subjectId, changedAt, previousForecast, newForecast, slipDays);
    }
}
