package io.backcast.web.page;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.backcast.model.CheckIn;
import io.backcast.model.ShareLink;
import io.backcast.port.Viewer;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanView;
import io.backcast.service.ShareService;

/**
 * What the plan page shows besides the plan itself: its share links (editors only), its
 * check-ins, the reminder list and what the viewer may check in on. A host loads it with
 * {@link #load} and passes it to {@link Pages#plan(PlanView, PageContext, List, PlanSharing)};
 * {@link #NONE} leaves those sections out.
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

    /** Reads what the viewer may see of a plan's sharing and check-ins, each through its service's permission checks. */
    public static PlanSharing load(Viewer viewer, PlanView view, ShareService shares, CheckInService checkIns) {
        int planId = view.plan().id();
        int cadenceDays = view.plan().checkInCadenceDays();
        CheckInService.CheckInRights rights = checkIns.rights(viewer, planId);
        List<ShareLink> links = rights.editor() ? shares.links(viewer, planId) : null;
        Set<Integer> open = links == null ? Set.of()
                : links.stream().filter(shares::opensNow).map(ShareLink::id).collect(Collectors.toSet());
        return new PlanSharing(links, open, checkIns.planCheckIns(viewer, planId), checkIns.reminders(viewer, planId),
                rights, cadenceDays);
    }
}
