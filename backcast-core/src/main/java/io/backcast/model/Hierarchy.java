package io.backcast.model;

/** Where an issue sits in Jira's hierarchy; decides how it counts in a roll-up. */
public enum Hierarchy {
    /** Counts through its children, never itself. */
    EPIC,
    /** A story, task or bug: counts itself unless it has sub-tasks in the same deliverable. */
    STANDARD,
    /** Counts itself; its parent then does not. */
    SUBTASK
}
