package io.backcast.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * A snapshot of one Jira issue, as the roll-up needs it. Estimates are durations; story points
 * a number; any of them may be unknown ({@code null}). Build one with {@link #task} and the
 * {@code with…} methods.
 *
 * @param id                Jira's issue id, which survives a key change
 * @param key               the issue key
 * @param type              the issue type's name, e.g. "Story"
 * @param hierarchy         epic, standard issue or sub-task
 * @param statusCategory    to do, in progress or done
 * @param resolution        the resolution's name, or {@code null} when unresolved
 * @param storyPoints       zero or more, or {@code null}
 * @param originalEstimate  zero or more, or {@code null}
 * @param remainingEstimate zero or more, or {@code null}
 * @param timeSpent         zero or more, or {@code null}
 * @param parentId          the parent's id for a sub-task, else {@code null}
 * @param epicId            the epic's id, or {@code null}
 * @param flagged           Jira's "flagged" (impediment) marker
 * @param blocked           blocked by an unresolved issue link
 * @param updated           when the issue last changed
 */
public record WorkItem(long id, IssueKey key, String type, Hierarchy hierarchy, StatusCategory statusCategory,
                       String resolution, Double storyPoints, Duration originalEstimate, Duration remainingEstimate,
                       Duration timeSpent, Long parentId, Long epicId, boolean flagged, boolean blocked, Instant updated) {

    /**
     * Orders work items the way Jira lists keys: by project, then by number ({@link IssueKey}'s
     * order), the order in which a {@code WorkSource} returns them.
     */
    public static final Comparator<WorkItem> BY_KEY = Comparator.comparing(WorkItem::key);

    public WorkItem {
        if (id <= 0) {
            throw new ValidationException("workItem.id", "must be positive (was " + id + ")");
        }
        key = Check.required("workItem.key", key);
        type = Check.shortText("workItem.type", type);
        hierarchy = Check.required("workItem.hierarchy", hierarchy);
        statusCategory = Check.required("workItem.statusCategory", statusCategory);
        resolution = Check.optionalShortText("workItem.resolution", resolution);
        if (storyPoints != null) {
            storyPoints = Check.weight("workItem.storyPoints", storyPoints);
        }
        originalEstimate = duration("workItem.originalEstimate", originalEstimate);
        remainingEstimate = duration("workItem.remainingEstimate", remainingEstimate);
        timeSpent = duration("workItem.timeSpent", timeSpent);
        if (hierarchy == Hierarchy.SUBTASK && parentId == null) {
            throw new ValidationException("workItem.parentId", "is required for a sub-task (" + key + ")");
        }
        if (parentId != null && parentId == id || epicId != null && epicId == id) {
            throw new ValidationException("workItem.parentId", "must not name the issue itself (" + key + ")");
        }
        updated = Check.instant("workItem.updated", updated);
    }

    private static Duration duration(String field, Duration value) {
        if (value != null && value.isNegative()) {
            throw new ValidationException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    /** A standard issue in "to do", nothing estimated, updated at {@code updated}. */
    public static WorkItem task(long id, String key, Instant updated) {
        return new WorkItem(id, IssueKey.of(key), "Task", Hierarchy.STANDARD, StatusCategory.TO_DO, null, null, null, null,
                null, null, null, false, false, updated);
    }

    public WorkItem asEpic() {
        return new WorkItem(id, key, "Epic", Hierarchy.EPIC, statusCategory, resolution, storyPoints, originalEstimate,
                remainingEstimate, timeSpent, null, null, flagged, blocked, updated);
    }

    public WorkItem asSubtaskOf(long newParentId) {
        return new WorkItem(id, key, "Sub-task", Hierarchy.SUBTASK, statusCategory, resolution, storyPoints, originalEstimate,
                remainingEstimate, timeSpent, newParentId, epicId, flagged, blocked, updated);
    }

    public WorkItem inEpic(Long newEpicId) {
        return new WorkItem(id, key, type, hierarchy, statusCategory, resolution, storyPoints, originalEstimate,
                remainingEstimate, timeSpent, parentId, newEpicId, flagged, blocked, updated);
    }

    public WorkItem withStatus(StatusCategory newStatus, String newResolution) {
        return new WorkItem(id, key, type, hierarchy, newStatus, newResolution, storyPoints, originalEstimate,
                remainingEstimate, timeSpent, parentId, epicId, flagged, blocked, updated);
    }

    /** Done with the resolution "Done". */
    public WorkItem done() {
        return withStatus(StatusCategory.DONE, "Done");
    }

    public WorkItem withStoryPoints(Double newStoryPoints) {
        return new WorkItem(id, key, type, hierarchy, statusCategory, resolution, newStoryPoints, originalEstimate,
                remainingEstimate, timeSpent, parentId, epicId, flagged, blocked, updated);
    }

    public WorkItem withTime(Duration newOriginal, Duration newRemaining, Duration newSpent) {
        return new WorkItem(id, key, type, hierarchy, statusCategory, resolution, storyPoints, newOriginal,
                newRemaining, newSpent, parentId, epicId, flagged, blocked, updated);
    }

    public WorkItem withImpediments(boolean newFlagged, boolean newBlocked) {
        return new WorkItem(id, key, type, hierarchy, statusCategory, resolution, storyPoints, originalEstimate,
                remainingEstimate, timeSpent, parentId, epicId, newFlagged, newBlocked, updated);
    }

    public WorkItem withUpdated(Instant newUpdated) {
        return new WorkItem(id, key, type, hierarchy, statusCategory, resolution, storyPoints, originalEstimate,
                remainingEstimate, timeSpent, parentId, epicId, flagged, blocked, newUpdated);
    }

    /** Flagged or blocked: an impediment. */
    public boolean isImpeded() {
        return flagged || blocked;
    }
}
