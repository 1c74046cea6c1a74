package io.backcast.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.backcast.model.WorkCalendar;

/**
 * The client status page: outcome-level fields only (design §6). Never issue keys, summaries,
 * assignees, comments, JQL, or user names other than the owners' display names of outcomes and
 * milestones. Built from a plan view by {@link StatusViews}, which is the one place that
 * decides what a client may read.
 *
 * @param planName   the plan
 * @param clientName for whom, or {@code null}
 * @param today      the day it was computed for
 * @param updatedAt  when it was computed
 * @param outcomes   the outcomes the link shows, in order
 * @param milestones the milestones feeding them, in order
 * @param checkIns   public check-ins on those outcomes and milestones, newest first
 * @param calendar   the plan's working days and holidays, shaded in the timeline
 * @param language   the language it is worded in, and its page is to be: its share link's
 */
public record StatusView(String planName, String clientName, LocalDate today, Instant updatedAt,
                         List<StatusOutcome> outcomes, List<StatusMilestone> milestones, List<StatusCheckIn> checkIns,
                         WorkCalendar calendar, Locale language) {

    public StatusView {
        outcomes = List.copyOf(outcomes);
        milestones = List.copyOf(milestones);
        checkIns = List.copyOf(checkIns);
        calendar = calendar == null ? WorkCalendar.MONDAY_TO_FRIDAY : calendar;
        language = language == null ? Locale.ENGLISH : language;
    }

    /** A status in English on a Monday-to-Friday calendar. */
    public StatusView(String planName, String clientName, LocalDate today, Instant updatedAt,
                      List<StatusOutcome> outcomes, List<StatusMilestone> milestones, List<StatusCheckIn> checkIns) {
        this(planName, clientName, today, updatedAt, outcomes, milestones, checkIns, WorkCalendar.MONDAY_TO_FRIDAY, Locale.ENGLISH);
    }
}
