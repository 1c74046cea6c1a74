package io.backcast.schedule;

import java.time.LocalDate;

/**
 * One milestone's planned dates. Early dates are the forecast (forward from today and actual
 * dates); late dates the latest that still meet every outcome it feeds (backward from the
 * needed-by dates). Dates are inclusive working days; a point milestone (0 days) starts and
 * finishes on the same day, at its end.
 *
 * @param milestoneId the milestone
 * @param name        its name
 * @param progress    not started, in progress or done
 * @param earlyStart  forecast start (the actual start once started)
 * @param earlyFinish forecast finish (the actual finish once done)
 * @param lateStart   must start by, or {@code null} when nothing limits it
 * @param lateFinish  must finish by, or {@code null} when nothing limits it
 * @param totalFloat  late finish − early finish in working days (negative: that late), or
 *                    {@code null} for done milestones and those nothing limits
 * @param freeFloat   working days it can slip before any successor moves, or {@code null}
 * @param critical    on the path of minimal float into one of its outcomes
 */
public record MilestoneSchedule(int milestoneId, String name, Progress progress, LocalDate earlyStart,
                                LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish, Integer totalFloat,
                                Integer freeFloat, boolean critical) {
}
