package io.backcast.service;

import java.util.List;
import java.util.Set;

import io.backcast.model.CheckIn;
import io.backcast.model.ShareLink;

/**
 * What the plan page shows besides the plan itself: its share links with their views (editors
 * only), its check-ins, the reminder list and what the viewer may check in on. Part of
 * {@link PlanPageView}; {@link #NONE} leaves those sections out.
 *
 * @param links       the plan's links, newest first; {@code null} when the viewer may not manage them
 * @param openLinkIds the links that open their page now
 * @param checkIns    the plan's check-ins, newest first
 * @param reminders   the outcomes due a check-in
 * @param rights      what the viewer may check in on
 * @param cadenceDays the plan's check-in cadence, in days
 */
public record PlanSharing(List<ShareLink> links, Set<Integer> openLinkIds, List<CheckIn> checkIns,
                          List<CheckInService.Reminder> reminders, CheckInService.CheckInRights rights, int cadenceDays) {

    /** Nothing: the plan page without sharing, check-ins or reminders. */
    public static final PlanSharing NONE = new PlanSharing(null, Set.of(), List.of(), List.of(), null, 0);

    public PlanSharing {
        links = links == null ? null : List.copyOf(links);
        openLinkIds = Set.copyOf(openLinkIds);
        checkIns = List.copyOf(checkIns);
        reminders = List.copyOf(reminders);
    }

    /** Whether there is anything to show (check-ins and reminders come with it). */
    public boolean loaded() {
        return rights != null;
    }
}
