package io.backcast.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;

/**
 * Decides an outcome's progress, state and one reason (design §3.1), first rule that applies:
 * an override in force; DONE when every deliverable is done; OFF_TRACK on negative float;
 * AT_RISK when a milestone is past its latest start, float is under the plan's threshold,
 * impeded work sits on the critical path, or (once work has started) nobody updated
 * unfinished work for longer than the staleness limit; ON_TRACK once work has started; else
 * NOT_STARTED.
 */
final class OutcomeAssessor {

    private final RollupPolicy policy;

    OutcomeAssessor(RollupPolicy policy) {
        this.policy = policy;
    }

    /** The assessment before wording: computed state, shown state, reason, progress. */
    record Assessment(Double progress, OutcomeState state, OutcomeState computedState, StateOverride override,
                      Reason reason, LocalDate forecast) {
    }

    Assessment assess(Outcome outcome, List<DeliverableRollup> deliverables, Optional<OutcomeSchedule> schedule,
                      LocalDate today, Instant now) {
        Double progress = progress(deliverables);
        LocalDate forecast = schedule.map(OutcomeSchedule::forecast).orElse(null);
        OutcomeState computed;
        Reason reason;
        boolean started = deliverables.stream().anyMatch(DeliverableRollup::started);
        Reason risk = schedule.map(s -> scheduleRisk(s, deliverables)).orElse(null);
        if (risk == null && started) {
            risk = staleness(deliverables, now);
        }
        if (!deliverables.isEmpty() && deliverables.stream().allMatch(DeliverableRollup::done)) {
            computed = OutcomeState.DONE;
            reason = Reason.of(ReasonKind.ALL_DONE);
        } else if (schedule.isPresent() && schedule.get().floatDays() != null && schedule.get().floatDays() < 0) {
            computed = OutcomeState.OFF_TRACK;
            reason = Reason.days(ReasonKind.FORECAST_LATE, null, -schedule.get().floatDays(), forecast);
        } else if (risk != null) {
            computed = OutcomeState.AT_RISK;
            reason = risk;
        } else if (started) {
            computed = OutcomeState.ON_TRACK;
            reason = forecast != null ? Reason.date(ReasonKind.FORECAST, forecast)
                    : progress != null ? Reason.progress(progress) : Reason.date(ReasonKind.NEEDED_BY, outcome.neededBy());
        } else {
            computed = OutcomeState.NOT_STARTED;
            reason = deliverables.isEmpty() ? Reason.of(ReasonKind.NO_DELIVERABLES)
                    : Reason.date(ReasonKind.NEEDED_BY, outcome.neededBy());
        }
        StateOverride override = outcome.override();
        if (override != null && override.isActiveAt(now)) {
            Reason overridden = new Reason(ReasonKind.OVERRIDE, override.reason(), override.author(), 0, null, null);
            return new Assessment(progress, override.state(), computed, override, overridden, forecast);
        }
        return new Assessment(progress, computed, computed, null, reason, forecast);
    }

    /** The measured deliverables' progress, each by its share of the outcome ({@link Shares#ofOutcome}); {@code null} when none is measured. */
    static Double progress(List<DeliverableRollup> deliverables) {
        double[] shares = Shares.ofOutcome(deliverables);
        double progress = 0;
        boolean measured = false;
        for (int i = 0; i < shares.length; i++) {
            Double p = deliverables.get(i).progress();
            if (p != null) {
                progress += shares[i] * p;
                measured = true;
            }
        }
        return measured ? Math.min(1.0, progress) : null;
    }

    private Reason scheduleRisk(OutcomeSchedule schedule, List<DeliverableRollup> deliverables) {
        Optional<LateStart> latest = schedule.lateStarts().stream()
                .max(Comparator.comparingInt(LateStart::workingDaysLate).thenComparing(LateStart::milestoneId,
                        Comparator.reverseOrder()));
        if (latest.isPresent()) {
            return Reason.days(ReasonKind.LATE_START, latest.get().milestoneName(), latest.get().workingDaysLate(),
                    latest.get().latestStart());
        }
        Integer floatDays = schedule.floatDays();
        if (floatDays != null && floatDays >= 0 && floatDays < policy.atRiskFloatDays()) {
            return Reason.days(ReasonKind.LOW_FLOAT, null, floatDays, null);
        }
        return deliverables.stream()
                .filter(d -> d.impeded() && d.milestoneId() != null && schedule.criticalMilestones().containsKey(d.milestoneId()))
                .map(DeliverableRollup::milestoneId)
                .sorted()
                .findFirst()
                .map(milestoneId -> new Reason(ReasonKind.IMPEDED_CRITICAL, schedule.criticalMilestones().get(milestoneId),
                        null, 0, null, null))
                .orElse(null);
    }

    private Reason staleness(List<DeliverableRollup> deliverables, Instant now) {
        Instant newest = null;
        for (DeliverableRollup deliverable : deliverables) {
            Instant update = deliverable.lastUnfinishedUpdate();
            if (update != null && (newest == null || update.isAfter(newest))) {
                newest = update;
            }
        }
        if (newest == null) {
            return null;
        }
        long quietDays = Duration.between(newest, now).toDays();
        return quietDays > policy.staleAfterDays() ? Reason.days(ReasonKind.STALE, null, (int) quietDays, null) : null;
    }
}
