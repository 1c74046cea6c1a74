package io.backcast.schedule;

import java.time.LocalDate;

import io.backcast.model.SubjectKind;

/**
 * How far one milestone's or outcome's forecast finish has moved from a baseline: the design's
 * "slip = current forecast − baseline", in working days of the plan's calendar.
 *
 * @param kind           milestone or outcome
 * @param subjectId      which one
 * @param name           the milestone's name; {@code null} for an outcome, which the schedule
 *                       knows by id only (its phrase is in the plan)
 * @param baselineFinish the finish the baseline saved
 * @param forecastFinish the current forecast finish (a milestone's early finish, an outcome's forecast)
 * @param slipDays       working days from the baseline finish to the forecast; positive: later,
 *                       negative: earlier
 */
public record Slip(SubjectKind kind, int subjectId, String name, LocalDate baselineFinish, LocalDate forecastFinish,
                   int slipDays) {

    /** Whether the forecast is later than the baseline. */
    public boolean isLate() {
        return slipDays > 0;
    }
}
