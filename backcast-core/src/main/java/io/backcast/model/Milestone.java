package io.backcast.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A checkpoint on the way to outcomes ("Network cabled"). An <em>external</em> milestone is
 * the client's or another vendor's ("Power on"): no Jira work, its actual dates entered by hand.
 *
 * @param id             0 until stored
 * @param planId         the plan it belongs to
 * @param name           at most 255 characters
 * @param durationDays   working days, 0 (a point in time) to 10,000
 * @param external       whether it is someone else's work
 * @param startNoEarlierThan  it cannot start before this date (equipment arrives), or {@code null}
 * @param finishNoLaterThan   it must finish by this date (a contract date), or {@code null}; not
 *                       before {@code startNoEarlierThan}
 * @param owner          the owner's user key; optional
 * @param secondaryOwner the cover when the owner is away; optional
 * @param actualStart    when it started, or {@code null}
 * @param actualFinish   when it finished, or {@code null}; needs a start, not before it
 * @param sortOrder      its place among the plan's milestones (lower first)
 * @param predecessors   the links into it; never from itself, never two from one milestone
 * @param outcomeIds     the outcomes it feeds
 */
public record Milestone(int id, int planId, String name, int durationDays, boolean external,
                        LocalDate startNoEarlierThan, LocalDate finishNoLaterThan, String owner, String secondaryOwner,
                        LocalDate actualStart, LocalDate actualFinish, int sortOrder,
                        List<Dependency> predecessors, Set<Integer> outcomeIds) {

    public static final int MAX_DURATION_DAYS = 10_000;

    public Milestone {
        id = Check.id("milestone.id", id);
        planId = Check.reference("milestone.planId", planId);
        name = Check.shortText("milestone.name", name);
        durationDays = Check.between("milestone.durationDays", durationDays, 0, MAX_DURATION_DAYS);
        startNoEarlierThan = Check.optionalDate("milestone.startNoEarlierThan", startNoEarlierThan);
        finishNoLaterThan = Check.optionalDate("milestone.finishNoLaterThan", finishNoLaterThan);
        if (startNoEarlierThan != null && finishNoLaterThan != null && finishNoLaterThan.isBefore(startNoEarlierThan)) {
            throw new ValidationException("milestone.finishNoLaterThan", "must not be before its start-no-earlier-than date ("
                    + startNoEarlierThan + ")");
        }
        owner = Check.optionalShortText("milestone.owner", owner);
        secondaryOwner = Check.optionalShortText("milestone.secondaryOwner", secondaryOwner);
        actualStart = Check.optionalDate("milestone.actualStart", actualStart);
        actualFinish = Check.optionalDate("milestone.actualFinish", actualFinish);
        checkActuals(durationDays, actualStart, actualFinish);
        sortOrder = Check.id("milestone.sortOrder", sortOrder);
        predecessors = Check.list("milestone.predecessors", predecessors);
        for (Dependency dependency : predecessors) {
            if (id != 0 && dependency.predecessorId() == id) {
                throw new ValidationException("milestone.predecessors", "must not make '" + name + "' depend on itself");
            }
        }
        java.util.Set<Integer> linked = new java.util.HashSet<>();
        for (Dependency dependency : predecessors) {
            if (!linked.add(dependency.predecessorId())) {
                throw new ValidationException("milestone.predecessors", "of '" + name + "' must not list milestone "
                        + dependency.predecessorId() + " twice");
            }
        }
        TreeSet<Integer> outcomes = new TreeSet<>();
        for (Integer outcomeId : Check.list("milestone.outcomeIds", outcomeIds == null ? Set.of() : outcomeIds)) {
            outcomes.add(Check.reference("milestone.outcomeIds", outcomeId));
        }
        outcomeIds = Collections.unmodifiableSet(outcomes);
    }

    private static void checkActuals(int durationDays, LocalDate start, LocalDate finish) {
        if (finish != null && start == null) {
            throw new ValidationException("milestone.actualFinish", "needs an actual start");
        }
        if (finish != null && finish.isBefore(start)) {
            throw new ValidationException("milestone.actualFinish", "must not be before the actual start (" + start + ")");
        }
        if (durationDays == 0 && start != null && !start.equals(finish)) {
            throw new ValidationException("milestone.actualFinish", "of a point milestone (0 days) must equal its actual start");
        }
    }

    /** A milestone not yet stored: our own work, no links, no dates. */
    public static Milestone create(int planId, String name, int durationDays) {
        return new Milestone(0, planId, name, durationDays, false, null, null, null, null, null, null, 0, List.of(), Set.of());
    }

    public Milestone withId(int newId) {
        return new Milestone(newId, planId, name, durationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, outcomeIds);
    }

    public Milestone withName(String newName) {
        return new Milestone(id, planId, newName, durationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, outcomeIds);
    }

    public Milestone withDurationDays(int newDurationDays) {
        return new Milestone(id, planId, name, newDurationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, outcomeIds);
    }

    public Milestone withExternal(boolean newExternal) {
        return new Milestone(id, planId, name, durationDays, newExternal, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, outcomeIds);
    }

    /** Sets both date constraints; {@code null} for none. */
    public Milestone withConstraints(LocalDate newStartNoEarlierThan, LocalDate newFinishNoLaterThan) {
        return new Milestone(id, planId, name, durationDays, external, newStartNoEarlierThan, newFinishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, outcomeIds);
    }

    public Milestone withOwners(String newOwner, String newSecondaryOwner) {
        return new Milestone(id, planId, name, durationDays, external, startNoEarlierThan, finishNoLaterThan, newOwner, newSecondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, outcomeIds);
    }

    public Milestone withActuals(LocalDate newActualStart, LocalDate newActualFinish) {
        return new Milestone(id, planId, name, durationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                newActualStart, newActualFinish, sortOrder, predecessors, outcomeIds);
    }

    public Milestone withSortOrder(int newSortOrder) {
        return new Milestone(id, planId, name, durationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, newSortOrder, predecessors, outcomeIds);
    }

    public Milestone withPredecessors(List<Dependency> newPredecessors) {
        return new Milestone(id, planId, name, durationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, newPredecessors, outcomeIds);
    }

    public Milestone withOutcomes(Set<Integer> newOutcomeIds) {
        return new Milestone(id, planId, name, durationDays, external, startNoEarlierThan, finishNoLaterThan, owner, secondaryOwner,
                actualStart, actualFinish, sortOrder, predecessors, newOutcomeIds);
    }
}
