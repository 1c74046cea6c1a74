package io.backcast.rollup;

import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StatusCategory;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import org.assertj.core.data.Offset;

/**
 * Shared values for the roll-up's worked examples. Time is fixed: today is Monday
 * 23 November 2026, now is 09:00 UTC that day; nothing reads the clock.
 */
final class RollupFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** When work was last touched unless a test says otherwise: one day before now, never stale. */
    static final Instant YESTERDAY = Instant.parse("2026-11-22T09:00:00Z");
    /** Friday 18 December 2026: a needed-by date in today's year. */
    static final LocalDate DEC_18 = LocalDate.of(2026, 12, 18);

    static final int PLAN_ID = 1;

    /** For fractions computed by division: equal to the last few bits. */
    static final Offset<Double> EXACT = within(1e-12);

    private RollupFixtures() {
    }

    static RollupEngine engine(RollupPolicy policy) {
        return new RollupEngine(policy, PhraseBook.english());
    }

    /** Count items, done by status category, no partial credit, at risk under 5 days of float or after 14 quiet days. */
    static RollupEngine engine() {
        return engine(RollupPolicy.DEFAULT);
    }

    static WorkItem toDo(long id, String key) {
        return WorkItem.task(id, key, YESTERDAY);
    }

    static WorkItem inProgress(long id, String key) {
        return toDo(id, key).withStatus(StatusCategory.IN_PROGRESS, null);
    }

    /** Done with the resolution "Done". */
    static WorkItem done(long id, String key) {
        return toDo(id, key).done();
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    static Outcome outcome(int id, String phrase, LocalDate neededBy) {
        return Outcome.create(PLAN_ID, phrase, neededBy).withId(id);
    }

    /** A deliverable of weight {@code weight} that finds its work by a JQL query. */
    static Deliverable deliverable(int id, int outcomeId, String name, double weight) {
        return new Deliverable(id, outcomeId, name, weight, null, id, List.of(WorkLink.jql("labels = d" + id)));
    }

    /** A deliverable of weight 1 that finds its work by a JQL query. */
    static Deliverable deliverable(int id, int outcomeId, String name) {
        return deliverable(id, outcomeId, name, 1);
    }

    /** A deliverable with no work linked. */
    static Deliverable unlinked(int id, int outcomeId, String name, double weight) {
        return new Deliverable(id, outcomeId, name, weight, null, id, List.of());
    }

    /** The planner's view with one outcome's schedule and nothing for the others. */
    static ScheduleView scheduleFor(int outcomeId, OutcomeSchedule schedule) {
        return id -> id == outcomeId ? Optional.of(schedule) : Optional.empty();
    }

    /** A schedule with a forecast and a float, no late starts, no critical milestones. */
    static OutcomeSchedule forecast(LocalDate forecast, int floatDays) {
        return new OutcomeSchedule(forecast, floatDays, List.of(), Map.of());
    }
}
