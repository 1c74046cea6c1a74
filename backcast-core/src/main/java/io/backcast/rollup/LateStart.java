package io.backcast.rollup;

import java.time.LocalDate;

/** A milestone that should have started by now and has not. */
public record LateStart(int milestoneId, String milestoneName, LocalDate latestStart, int workingDaysLate) {
}
