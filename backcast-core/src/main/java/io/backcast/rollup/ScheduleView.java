package io.backcast.rollup;

import java.util.Optional;

/**
 * The schedule as the roll-up reads it: float, latest starts, the critical path. The planner
 * provides it; a plan without milestones has {@link #NONE}.
 */
@FunctionalInterface
public interface ScheduleView {

    ScheduleView NONE = outcomeId -> Optional.empty();

    Optional<OutcomeSchedule> of(int outcomeId);
}
