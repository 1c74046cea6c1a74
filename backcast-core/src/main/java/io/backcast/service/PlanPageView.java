package io.backcast.service;

import java.util.List;
import java.util.Map;

import io.backcast.model.BaselineDate;
import io.backcast.rollup.BurnUpSeries;

/**
 * Everything the plan page shows, read in one transaction with one permission check
 * ({@link PlanService#page}): both hosts render it alike.
 *
 * @param plan     the plan with its roll-up, schedule and warnings
 * @param ghosts   the newest baseline's dates, drawn as ghosts on the milestone panel (empty without one)
 * @param sharing  share links with their views (editors only), check-ins, reminders and check-in rights
 * @param burnUps  each outcome's burn-up, by outcome id
 */
public record PlanPageView(PlanView plan, List<BaselineDate> ghosts, PlanSharing sharing, Map<Integer, BurnUpSeries> burnUps) {

    public PlanPageView {
        ghosts = List.copyOf(ghosts);
        burnUps = Map.copyOf(burnUps);
    }

    /** The burn-up of one of the plan's outcomes. */
    public BurnUpSeries burnUp(int outcomeId) {
        BurnUpSeries series = burnUps.get(outcomeId);
        if (series == null) {
            throw new IllegalArgumentException("outcome " + outcomeId + " is not in plan " + plan.plan().id());
        }
        return series;
    }
}
