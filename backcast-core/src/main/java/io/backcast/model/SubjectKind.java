package io.backcast.model;

/** What a check-in or a baseline date is about. */
public enum SubjectKind {
    OUTCOME,
    MILESTONE
}
