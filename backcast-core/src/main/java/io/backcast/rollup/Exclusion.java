package io.backcast.rollup;

import io.backcast.model.WorkItem;

/** A work item found but not counted, and why. */
public record Exclusion(WorkItem item, ExclusionReason reason) {
}
