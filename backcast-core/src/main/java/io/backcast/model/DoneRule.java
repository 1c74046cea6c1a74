package io.backcast.model;

/** When a work item counts as done. */
public enum DoneRule {
    /** Its status is in Jira's "done" category. */
    STATUS_CATEGORY,
    /** Its status is in the "done" category and it has a resolution. */
    STATUS_CATEGORY_AND_RESOLUTION
}
