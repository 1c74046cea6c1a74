package io.backcast.rollup;

import io.backcast.model.WorkItem;

/**
 * How one work item counts in its deliverable.
 *
 * @param item      the item
 * @param weight    its weight under the plan's method
 * @param estimated whether the weight was missing and stands in as the mean of the known ones
 * @param credit    1 when done; otherwise 0, or the spent fraction with partial credit
 * @param done      whether it is done under the plan's done rule
 */
public record ItemLine(WorkItem item, double weight, boolean estimated, double credit, boolean done) {
}
