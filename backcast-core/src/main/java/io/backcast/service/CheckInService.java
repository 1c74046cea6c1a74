package io.backcast.service;

import java.time.Clock;
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
import io.backcast.model.ValidationException;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.store.CheckInRepository;
import io.backcast.store.MilestoneRepository;
import io.backcast.store.NotFoundException;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;

/**
 * Check-ins on outcomes and milestones, and the reminder list. Anyone who may see the plan reads
 * its check-ins, internal ones included (the team's notes); writing, changing or deleting one on
 * an outcome or milestone needs its owner, its secondary owner, or an editor of the plan. A new
 * check-in's author is whoever writes it; a changed one keeps its author.
 */
public final class CheckInService {

    /**
     * An outcome due a check-in.
     *
     * @param outcomeId   the outcome
     * @param phrase      its words
     * @param lastCheckIn the date of its latest check-in, or {@code null} when it never had one
     * @param daysSince   calendar days from that date to today, or -1 when it never had one
     */
    public record Reminder(int outcomeId, String phrase, LocalDate lastCheckIn, int daysSince) {

        /** Whether the outcome never had a check-in. */
        public boolean never() {
            return lastCheckIn == null;
        }
    }

    /**
     * What a viewer may check in on in one plan.
     *
     * @param editor       whether the viewer edits the plan (and so may check in on everything)
     * @param outcomeIds   the outcomes the viewer may check in on
     * @param milestoneIds the milestones the viewer may check in on
     */
    public record CheckInRights(boolean editor, Set<Integer> outcomeIds, Set<Integer> milestoneIds) {

        public CheckInRights {
            outcomeIds = Set.copyOf(outcomeIds);
            milestoneIds = Set.copyOf(milestoneIds);
        }

        public boolean allows(SubjectKind kind, int subjectId) {
            return kind == SubjectKind.OUTCOME ? outcomeIds.contains(subjectId) : milestoneIds.contains(subjectId);
        }

        public boolean any() {
            return !outcomeIds.isEmpty() || !milestoneIds.isEmpty();
        }
    }

    private final EntityStore store;
    private final AccessPolicy access;
    private final Clock clock;
    private final PlanRepository plans;
    private final OutcomeRepository outcomes;
    private final MilestoneRepository milestones;
    private final CheckInRepository checkIns;

    public CheckInService(EntityStore store, AccessPolicy access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.plans = new PlanRepository(store);
        this.outcomes = new OutcomeRepository(store);
        this.milestones = new MilestoneRepository(store);
        this.checkIns = new CheckInRepository(store);
    }

    /**
     * Stores a new check-in (id 0; its author becomes the viewer) or changes one (its subject and
     * author stay). Needs the subject's owner or secondary owner, or an editor.
     */
    public CheckIn save(Viewer viewer, CheckIn checkIn) {
        return store.inTransaction(() -> {
            if (checkIn.id() == 0) {
                Plan plan = viewable(viewer, checkIn.planId());
                requireRight(viewer, plan, checkIn.subjectKind(), checkIn.subjectId());
                plans.recordChange(plan.id(), clock.instant());
                return checkIns.save(withAuthor(checkIn, checkIn.planId(), viewer.userKey()));
            }
            CheckIn stored = checkIns.find(checkIn.id()).orElseThrow(() -> new NotFoundException("check-in", checkIn.id()));
            Plan plan = viewable(viewer, stored.planId(), checkIn.id());
            requireRight(viewer, plan, stored.subjectKind(), stored.subjectId());
            if (checkIn.subjectKind() != stored.subjectKind() || checkIn.subjectId() != stored.subjectId()) {
                throw new ValidationException("checkIn.subjectId", "cannot change: a check-in stays with what it is about");
            }
            plans.recordChange(plan.id(), clock.instant());
            return checkIns.save(withAuthor(checkIn, stored.planId(), stored.author()));
        });
    }

    /** Deletes a check-in; the same people as for {@link #save} may. */
    public void delete(Viewer viewer, int checkInId) {
        store.inTransaction(() -> {
            CheckIn stored = checkIns.find(checkInId).orElseThrow(() -> new NotFoundException("check-in", checkInId));
            Plan plan = viewable(viewer, stored.planId(), checkInId);
            requireRight(viewer, plan, stored.subjectKind(), stored.subjectId());
            plans.recordChange(plan.id(), clock.instant());
            checkIns.delete(checkInId);
            return null;
        });
    }

    /** One check-in, for whoever may see its plan. */
    public CheckIn checkIn(Viewer viewer, int checkInId) {
        return store.inTransaction(() -> {
            CheckIn stored = checkIns.find(checkInId).orElseThrow(() -> new NotFoundException("check-in", checkInId));
            viewable(viewer, stored.planId(), checkInId);
            return stored;
        });
    }

    /** The check-ins on one outcome or milestone, newest first. */
    public List<CheckIn> checkIns(Viewer viewer, SubjectKind kind, int subjectId) {
        return store.inTransaction(() -> {
            int planId = kind == SubjectKind.OUTCOME ? outcomes.get(subjectId).planId() : milestones.get(subjectId).planId();
            viewable(viewer, planId);
            return checkIns.findBySubject(kind, subjectId);
        });
    }

    /** Every check-in of a plan, newest first. */
    public List<CheckIn> planCheckIns(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            viewable(viewer, planId);
            return checkIns.findByPlan(planId);
        });
    }

    /** What the viewer may check in on in a plan. */
    public CheckInRights rights(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            Plan plan = viewable(viewer, planId);
            boolean editor = access.canEdit(viewer, plan);
            Set<Integer> outcomeIds = new HashSet<>();
            for (Outcome outcome : outcomes.findByPlan(planId)) {
                if (editor || owns(viewer, outcome.owner(), outcome.secondaryOwner())) {
                    outcomeIds.add(outcome.id());
                }
            }
            Set<Integer> milestoneIds = new HashSet<>();
            for (Milestone milestone : milestones.findByPlan(planId)) {
                if (editor || owns(viewer, milestone.owner(), milestone.secondaryOwner())) {
                    milestoneIds.add(milestone.id());
                }
            }
            return new CheckInRights(editor, outcomeIds, milestoneIds);
        });
    }

    /**
     * The outcomes due a check-in: those whose latest check-in (public or internal) is more than
     * the plan's cadence in calendar days old, and those that never had one. Never-checked-in
     * first, then the longest quiet, then in the plan's order.
     */
    public List<Reminder> reminders(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            Plan plan = viewable(viewer, planId);
            LocalDate today = LocalDate.now(clock);
            Map<Integer, LocalDate> latest = new HashMap<>();
            for (CheckIn checkIn : checkIns.findByPlan(planId)) {
                if (checkIn.subjectKind() == SubjectKind.OUTCOME) {
                    latest.merge(checkIn.subjectId(), checkIn.date(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            List<Reminder> due = new ArrayList<>();
            for (Outcome outcome : outcomes.findByPlan(planId)) {
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
        });
    }

    private static CheckIn withAuthor(CheckIn c, int planId, String author) {
        return new CheckIn(c.id(), planId, c.subjectKind(), c.subjectId(), c.date(), author, c.state(), c.lookingBack(),
                c.whereWeAre(), c.ahead(), c.newCommitments(), c.visibility());
    }

    private void requireRight(Viewer viewer, Plan plan, SubjectKind kind, int subjectId) {
        String owner;
        String secondary;
        int subjectPlan;
        if (kind == SubjectKind.OUTCOME) {
            Outcome outcome = outcomes.get(subjectId);
            owner = outcome.owner();
            secondary = outcome.secondaryOwner();
            subjectPlan = outcome.planId();
        } else {
            Milestone milestone = milestones.get(subjectId);
            owner = milestone.owner();
            secondary = milestone.secondaryOwner();
            subjectPlan = milestone.planId();
        }
        if (subjectPlan != plan.id()) {
            throw new ValidationException("checkIn.subjectId", "names " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " " + subjectId + ", which is not in this plan");
        }
        if (!access.canEdit(viewer, plan) && !owns(viewer, owner, secondary)) {
            throw new ForbiddenException("Only the " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + "'s owner, its secondary owner or an editor of the plan may check in on it.");
        }
    }

    /** User keys compare without regard to case, as Jira's user names do. */
    private static boolean owns(Viewer viewer, String owner, String secondaryOwner) {
        return viewer.userKey().equalsIgnoreCase(owner == null ? "" : owner)
                || viewer.userKey().equalsIgnoreCase(secondaryOwner == null ? "" : secondaryOwner);
    }

    private Plan viewable(Viewer viewer, int planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!access.canView(viewer, plan)) {
            throw new NotFoundException("plan", planId);
        }
        return plan;
    }

    /** A check-in in a plan the viewer may not see answers as if it did not exist. */
    private Plan viewable(Viewer viewer, int planId, int checkInId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("check-in", checkInId));
        if (!access.canView(viewer, plan)) {
            throw new NotFoundException("check-in", checkInId);
        }
        return plan;
    }
}
