package io.backcast.rollup;

/** Whether a deliverable's progress can be measured. */
public enum DeliverableStatus {
    /** No work is linked: reported as unlinked, never as 0 %. */
    UNLINKED,
    /** Links exist but find no work that counts (or none the viewer may see). */
    NO_WORK,
    /** Progress is measured from its work. */
    MEASURED
}
