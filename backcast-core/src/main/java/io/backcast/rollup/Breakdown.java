package io.backcast.rollup;

import java.util.List;

/**
 * How a deliverable's percentage came about: every counted item with its weight and credit,
 * which weights were estimated, and which items were left out and why.
 *
 * @param counted         the items that count, ordered by key
 * @param excluded        the items found but not counted, ordered by key
 * @param totalWeight     Σ weight
 * @param earnedWeight    Σ weight × credit
 * @param countedInstead  true when every weight was 0, so each item counted 1 instead
 */
public record Breakdown(List<ItemLine> counted, List<Exclusion> excluded, double totalWeight, double earnedWeight,
                        boolean countedInstead) {

    public Breakdown {
        counted = List.copyOf(counted);
        excluded = List.copyOf(excluded);
    }

    static final Breakdown EMPTY = new Breakdown(List.of(), List.of(), 0, 0, false);

    /** How many weights stand in for missing ones. */
    public long estimatedWeights() {
        return counted.stream().filter(ItemLine::estimated).count();
    }
}
