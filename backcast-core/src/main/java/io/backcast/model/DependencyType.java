package io.backcast.model;

/** The four link types of the critical path method. */
public enum DependencyType {
    /** The successor starts after the predecessor finishes. */
    FS,
    /** The successor starts after the predecessor starts. */
    SS,
    /** The successor finishes after the predecessor finishes. */
    FF,
    /** The successor finishes after the predecessor starts. */
    SF
}
