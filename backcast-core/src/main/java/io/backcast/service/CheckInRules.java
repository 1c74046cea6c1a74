package io.backcast.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.backcast.model.CheckIn;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.SubjectKind;
import io.backcast.port.Viewer;
import io.backcast.service.CheckInService.CheckInRights;
import io.backcast.service.CheckInService.Reminder;

/**
 * Who may check in on what, and which outcomes are due a check-in: the rules, over rows already
 * read, so that the check-in use cases and the plan page decide alike.
 */
final class CheckInRules {

    private CheckInRules() {
    }

    /** User keys compare without regard to case, as Jira's user names do. */
    static boolean owns(Viewer viewer, String owner, String secondaryOwner) {
        return viewer.userKey().equalsIgnoreCase(owner == null ? "" : owner)
                || viewer.userKey().equalsIgnoreCase(secondaryOwner == null ? "" : secondaryOwner);
    }

    /** An editor may check in on everything; anyone else on what they own or cover. */
    static CheckInRights rights(Viewer viewer, boolean editor, List<Outcome> outcomes, List<Milestone> milestones) {
        Set<Integer> outcomeIds = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (editor || owns(viewer, outcome.owner(), outcome.secondaryOwner())) {
                outcomeIds.add(outcome.id());
            }
        }
        Set<Integer> milestoneIds = new HashSet<>();
        for (Milestone milestone : milestones) {
            if (editor || owns(viewer, milestone.owner(), milestone.secondaryOwner())) {
                milestoneIds.add(milestone.id());
            }
        }
        return new CheckInRights(editor, outcomeIds, milestoneIds);
    }

    /**
     * The outcomes due a check-in: those whose latest check-in (public or internal) is more than
     * the plan's cadence in calendar days old, and those that never had one. Never-checked-in
     * first, then the longest quiet, then in the plan's order.
     */
    static List<Reminder> reminders(Plan plan, List<Outcome> outcomes, List<CheckIn> checkIns, LocalDate today) {
        Map<Integer, LocalDate> latest = new HashMap<>();
        for (CheckIn checkIn : checkIns) {
            if (checkIn.subjectKind() == SubjectKind.OUTCOME) {
                latest.merge(checkIn.subjectId(), checkIn.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Reminder> due = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            LocalDate last = latest.get(outcome.id());
            if (last == null) {
                due.add(new Reminder(outcome.id(), outcome.phrase(), null, -1));
            } else {
                long days = ChronoUnit.DAYS.between(last, today);
                if (days > plan.checkInCadenceDays()) {
                    due.add(new Reminder(outcome.id(), outcome.phrase(), last, (int) days));
                }
            }
        }
        due.sort(Comparator.comparing((Reminder r) -> !r.never()).thenComparing(Reminder::daysSince, Comparator.reverseOrder()));
        return due;
    }
}
