package io.backcast.model;

import java.util.List;

/**
 * A tangible thing that produces part of an outcome ("Access points installed").
 *
 * @param id          0 until stored
 * @param outcomeId   the outcome it produces part of
 * @param name        at most 255 characters
 * @param weight      its share in the outcome's progress; zero or more
 * @param milestoneId the milestone it is tied to, or {@code null}
 * @param sortOrder   its place among the outcome's deliverables (lower first)
 * @param workLinks   how it finds its Jira work; no link twice
 */
public record Deliverable(int id, int outcomeId, String name, double weight, Integer milestoneId,
                          int sortOrder, List<WorkLink> workLinks) {

    public Deliverable {
        id = Check.id("deliverable.id", id);
        outcomeId = Check.reference("deliverable.outcomeId", outcomeId);
        name = Check.shortText("deliverable.name", name);
        weight = Check.weight("deliverable.weight", weight);
        if (milestoneId != null) {
            Check.reference("deliverable.milestoneId", milestoneId);
        }
        sortOrder = Check.id("deliverable.sortOrder", sortOrder);
        workLinks = Check.list("deliverable.workLinks", workLinks);
        Check.noDuplicates("deliverable.workLinks", workLinks, link -> link.kind() + " " + link.target());
    }

    /** A deliverable not yet stored, weight 1, no work linked. */
    public static Deliverable create(int outcomeId, String name) {
        return new Deliverable(0, outcomeId, name, 1, null, 0, List.of());
    }

    public Deliverable withId(int newId) {
        return new Deliverable(newId, outcomeId, name, weight, milestoneId, sortOrder, workLinks);
    }

    public Deliverable withName(String newName) {
        return new Deliverable(id, outcomeId, newName, weight, milestoneId, sortOrder, workLinks);
    }

    public Deliverable withWeight(double newWeight) {
        return new Deliverable(id, outcomeId, name, newWeight, milestoneId, sortOrder, workLinks);
    }

    public Deliverable withMilestone(Integer newMilestoneId) {
        return new Deliverable(id, outcomeId, name, weight, newMilestoneId, sortOrder, workLinks);
    }

    public Deliverable withSortOrder(int newSortOrder) {
        return new Deliverable(id, outcomeId, name, weight, milestoneId, newSortOrder, workLinks);
    }

    public Deliverable withWorkLinks(List<WorkLink> newWorkLinks) {
        return new Deliverable(id, outcomeId, name, weight, milestoneId, sortOrder, newWorkLinks);
    }

    /** Whether any Jira work is linked; a deliverable without work is reported unlinked, not 0 %. */
    public boolean isLinked() {
        return !workLinks.isEmpty();
    }
}
