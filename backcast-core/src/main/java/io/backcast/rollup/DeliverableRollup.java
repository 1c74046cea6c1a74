package io.backcast.rollup;

import java.time.Instant;

/**
 * A deliverable's roll-up.
 *
 * @param deliverableId           the deliverable
 * @param outcomeId               its outcome
 * @param milestoneId             the milestone it is tied to, or {@code null}
 * @param weight                  its weight in the outcome
 * @param status                  unlinked, no work, or measured
 * @param progress                0..1 when measured, else {@code null}
 * @param done                    measured and every counted item done
 * @param started                 some counted item is in progress or done
 * @param impeded                 some unfinished counted item is flagged or blocked
 * @param lastUnfinishedUpdate    the newest update among unfinished counted items, or {@code null}
 * @param breakdown               how the progress came about
 */
public record DeliverableRollup(int deliverableId, int outcomeId, Integer milestoneId, double weight,
                                DeliverableStatus status, Double progress, boolean done, boolean started,
                                boolean impeded, Instant lastUnfinishedUpdate, Breakdown breakdown) {
}
