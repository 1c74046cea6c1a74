package io.backcast.model;

/** How a deliverable finds its Jira work. */
public enum WorkLinkKind {
    /** One issue, by key. */
    ISSUE,
    /** The issues a JQL query returns for the viewing user. */
    JQL,
    /** An epic's children, by the epic's key. */
    EPIC
}
