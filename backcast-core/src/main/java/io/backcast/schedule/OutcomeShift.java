package io.backcast.schedule;

import java.time.LocalDate;

/**
 * How a slip moves one outcome's forecast.
 *
 * @param outcomeId      the outcome
 * @param forecastBefore its forecast without the slip
 * @param forecastAfter  its forecast with the slip
 * @param movedDays      working days the forecast moved
 * @param absorbedDays   working days of the slip that float absorbed (slip − moved)
 */
public record OutcomeShift(int outcomeId, LocalDate forecastBefore, LocalDate forecastAfter, int movedDays, int absorbedDays) {
}
