package io.backcast.schedule;

import java.time.LocalDate;

/**
 * One outcome's forecast.
 *
 * @param outcomeId  the outcome
 * @param neededBy   its needed-by date, on the last working day on or before it
 * @param forecast   the day its last feeder finishes (today at the earliest)
 * @param totalFloat needed-by − forecast in working days; negative: that many days late
 * @param groupFloat the smallest float of anything feeding it, itself included
 * @param critical   whether its own float is its group's smallest
 */
public record OutcomeForecast(int outcomeId, LocalDate neededBy, LocalDate forecast, int totalFloat, int groupFloat,
                              boolean critical) {

    public boolean isLate() {
        return totalFloat < 0;
    }
}
