package io.backcast.rollup;

/** Why a work item that a deliverable's links found does not count itself. */
public enum ExclusionReason {
    /** An epic counts through its children. */
    EPIC,
    /** A parent counts through its sub-tasks. */
    PARENT_WITH_SUBTASKS
}
