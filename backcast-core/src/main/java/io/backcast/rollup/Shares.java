package io.backcast.rollup;

import java.util.List;

/**
 * The roll-up's one weighting (design §3.1): how much of an outcome a deliverable is, and how
 * much of a deliverable an item is. An outcome's progress and its burn-up both count through it.
 */
public final class Shares {

    private Shares() {
    }

    /**
     * Each deliverable's share of its outcome, in the order given: a measured deliverable's weight
     * over the measured deliverables' total weight (equal shares when all weigh 0); 0 for one that
     * is not measured (unlinked, or no work). The shares of the measured ones add up to 1.
     */
    public static double[] ofOutcome(List<DeliverableRollup> deliverables) {
        double weights = 0;
        int measured = 0;
        for (DeliverableRollup deliverable : deliverables) {
            if (deliverable.progress() != null) {
                weights += deliverable.weight();
                measured++;
            }
        }
        double[] shares = new double[deliverables.size()];
        for (int i = 0; i < shares.length; i++) {
            DeliverableRollup deliverable = deliverables.get(i);
            if (deliverable.progress() != null) {
                shares[i] = weights == 0 ? 1.0 / measured : deliverable.weight() / weights;
            }
        }
        return shares;
    }

    /** A counted item's share of its deliverable: its weight over the total (equal shares when every weight counted 1 instead, or all weigh 0). */
    public static double ofDeliverable(ItemLine line, Breakdown breakdown) {
        boolean equal = breakdown.countedInstead() || breakdown.totalWeight() == 0;
        return equal ? 1.0 / breakdown.counted().size() : line.weight() / breakdown.totalWeight();
    }
}
