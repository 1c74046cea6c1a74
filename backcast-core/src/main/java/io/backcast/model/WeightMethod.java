package io.backcast.model;

/** How a roll-up weighs work items against each other. */
public enum WeightMethod {
    /** Every item weighs 1. */
    COUNT,
    /** An item weighs its story points. */
    STORY_POINTS,
    /** An item weighs its original estimate, in hours. */
    ORIGINAL_ESTIMATE
}
