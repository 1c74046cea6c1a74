package io.backcast.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import io.backcast.model.NotFoundException;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;

/**
 * Check-ins on outcomes and milestones, and the reminder list. Anyone who may see the plan reads
 * its check-ins, internal ones included (the team's notes); writing, changing or deleting one on
 * an outcome or milestone needs its owner, its secondary owner, or an editor of the plan. A new
 * check-in's author is whoever writes it; a changed one keeps its author.
 */
public final class CheckInService {

    private static final String CHECK_IN = "check-in";

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
    private final PlanAccess access;
    private final Clock clock;
    private final OutcomeRepository outcomes;
    private final MilestoneRepository milestones;
    private final CheckInRepository checkIns;

    public CheckInService(EntityStore store, AccessPolicy access, Clock clock) {
        this.store = store;
        this.access = new PlanAccess(access, new PlanRepository(store), clock);
        this.clock = clock;
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
            LocalDate today = LocalDate.now(clock);
            if (checkIn.date().isAfter(today)) {
                // a check-in reports what was: one dated ahead would top the client page and silence reminders until then
                throw new ValidationException("checkIn.date", "must not be in the future (today is " + today + ")");
            }
            if (checkIn.id() == 0) {
                Plan plan = access.viewable(viewer, checkIn.planId());
                requireRight(viewer, plan, checkIn.subjectKind(), checkIn.subjectId());
                access.noteChange(plan);
                return checkIns.save(withAuthor(checkIn, checkIn.planId(), viewer.userKey()));
            }
            CheckIn stored = checkIns.find(checkIn.id()).orElseThrow(() -> new NotFoundException(CHECK_IN, checkIn.id()));
            Plan plan = access.viewable(viewer, stored.planId(), CHECK_IN, checkIn.id());
            requireRight(viewer, plan, stored.subjectKind(), stored.subjectId());
            if (checkIn.subjectKind() != stored.subjectKind() || checkIn.subjectId() != stored.subjectId()) {
                throw new ValidationException("checkIn.subjectId", "cannot change: a check-in stays with what it is about");
            }
            access.noteChange(plan);
            return checkIns.save(withAuthor(checkIn, stored.planId(), stored.author()));
        });
    }

    /** Deletes a check-in; the same people as for {@link #save} may. */
    public void delete(Viewer viewer, int checkInId) {
        store.inTransaction(() -> {
            CheckIn stored = checkIns.find(checkInId).orElseThrow(() -> new NotFoundException(CHECK_IN, checkInId));
            Plan plan = access.viewable(viewer, stored.planId(), CHECK_IN, checkInId);
            requireRight(viewer, plan, stored.subjectKind(), stored.subjectId());
            access.noteChange(plan);
            checkIns.delete(checkInId);
            return null;
        });
    }

    /** One check-in, for whoever may see its plan. */
    public CheckIn checkIn(Viewer viewer, int checkInId) {
        return store.inTransaction(() -> {
            CheckIn stored = checkIns.find(checkInId).orElseThrow(() -> new NotFoundException(CHECK_IN, checkInId));
            access.viewable(viewer, stored.planId(), CHECK_IN, checkInId);
            return stored;
        });
    }

    /** The check-ins on one outcome or milestone, newest first. */
    public List<CheckIn> checkIns(Viewer viewer, SubjectKind kind, int subjectId) {
        return store.inTransaction(() -> {
            int planId = kind == SubjectKind.OUTCOME ? outcomes.get(subjectId).planId() : milestones.get(subjectId).planId();
            access.viewable(viewer, planId);
            return checkIns.findBySubject(kind, subjectId);
        });
    }

    /** Every check-in of a plan, newest first. */
    public List<CheckIn> planCheckIns(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            access.viewable(viewer, planId);
            return checkIns.findByPlan(planId);
        });
    }

    /** What the viewer may check in on in a plan. */
    public CheckInRights rights(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            PlanAccess.Granted granted = access.granted(viewer, planId);
            return CheckInRules.rights(viewer, granted.canEdit(), outcomes.findByPlan(planId), milestones.findByPlan(planId));
        });
    }

    /** The outcomes due a check-in ({@link CheckInRules#reminders}). */
    public List<Reminder> reminders(Viewer viewer, int planId) {
        return store.inTransaction(() -> CheckInRules.reminders(access.viewable(viewer, planId), outcomes.findByPlan(planId),
                checkIns.findByPlan(planId), LocalDate.now(clock)));
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
        if (!access.canEdit(viewer, plan) && !CheckInRules.owns(viewer, owner, secondary)) {
            throw new ForbiddenException("error.forbidden.checkIn." + kind);
        }
    }
}
