package io.backcast.rollup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * An outcome's burn-up: the done share of its scope, step by step over time. The scope is the
 * outcome's measured deliverables as their breakdowns count them today; each done item is worth
 * its share of the outcome as the roll-up weighs it ({@link Shares}): its deliverable's share of
 * the outcome times its share of the deliverable.
 * <p>
 * <strong>Approximation:</strong> Backcast keeps no history of when an issue was finished, so a
 * done item counts from its {@code updated} date, which is its finishing date unless it changed
 * again after it was done. Items added later appear as if they had always been there. Partial
 * credit is not drawn; only done items count.
 *
 * @param measured whether any deliverable of the outcome counts work (else there is no scope)
 * @param steps    the done items' shares by the day they count from, in date order
 */
public record BurnUpSeries(boolean measured, List<Step> steps) {

    /** A day's done share of the outcome. */
    public record Step(LocalDate day, double share) {
    }

    public BurnUpSeries {
        steps = List.copyOf(steps);
    }

    /** The series of one outcome's deliverables; days are read in {@code zone}. */
    public static BurnUpSeries of(List<DeliverableRollup> deliverables, ZoneId zone) {
        List<DeliverableRollup> counting = deliverables.stream()
                .filter(d -> d.progress() != null && d.breakdown() != null && !d.breakdown().counted().isEmpty())
                .toList();
        double[] shares = Shares.ofOutcome(counting);
        TreeMap<LocalDate, Double> byDay = new TreeMap<>();
        for (int i = 0; i < shares.length; i++) {
            Breakdown breakdown = counting.get(i).breakdown();
            for (ItemLine line : breakdown.counted()) {
                if (line.done()) {
                    LocalDate day = line.item().updated().atZone(zone).toLocalDate();
                    byDay.merge(day, shares[i] * Shares.ofDeliverable(line, breakdown), Double::sum);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        byDay.forEach((day, share) -> steps.add(new Step(day, share)));
        return new BurnUpSeries(!counting.isEmpty(), steps);
    }

    /** The done share by today: all steps, at most 1. */
    public double doneShare() {
        return Math.min(1, steps.stream().mapToDouble(Step::share).sum());
    }
}
