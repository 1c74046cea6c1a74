package io.backcast.web.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.DoneRule;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.model.Visibility;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkCalendar;
import io.backcast.model.WorkLink;
import io.backcast.model.WorkLinkKind;

/**
 * What the API accepts: plain records read from JSON, turned into model values (which
 * validate). Absent optional fields are {@code null}.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * A query parameter that takes a whole number, validated like a body's field: absent is
     * {@code absent}; anything but an optionally signed whole number is a 400 naming it.
     */
    static int wholeNumber(String name, String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!value.matches("[+-]?[0-9]{1,9}")) {
            throw new ValidationException(name, "must be a whole number");
        }
        return Integer.parseInt(value);
    }

    record PolicyInput(WeightMethod weightMethod, DoneRule doneRule, Boolean partialCredit, Integer atRiskFloatDays,
                       Integer staleAfterDays) {
        RollupPolicy toPolicy() {
            RollupPolicy defaults = RollupPolicy.DEFAULT;
            return new RollupPolicy(weightMethod == null ? defaults.weightMethod() : weightMethod,
                    doneRule == null ? defaults.doneRule() : doneRule,
                    partialCredit == null ? defaults.partialCredit() : partialCredit,
                    atRiskFloatDays == null ? defaults.atRiskFloatDays() : atRiskFloatDays,
                    staleAfterDays == null ? defaults.staleAfterDays() : staleAfterDays);
        }
    }

    record PlanInput(String projectKey, String name, String clientName, Set<DayOfWeek> workingDays,
                     List<LocalDate> holidays, PolicyInput policy, Integer checkInCadenceDays) {
        Plan toPlan(int id) {
            WorkCalendar calendar = workingDays == null && holidays == null ? WorkCalendar.MONDAY_TO_FRIDAY
                    : WorkCalendar.of(workingDays == null ? WorkCalendar.MONDAY_TO_FRIDAY.workingDays() : workingDays,
                    holidays == null ? List.of() : holidays);
            return new Plan(id, projectKey, name, clientName, calendar,
                    policy == null ? RollupPolicy.DEFAULT : policy.toPolicy(),
                    checkInCadenceDays == null ? Plan.DEFAULT_CHECK_IN_CADENCE_DAYS : checkInCadenceDays);
        }
    }

    /** A new share link: for whom, until when (optional), which outcomes (none: all), its page's language (none: English). */
    record ShareLinkInput(String label, Instant expiresAt, Set<Integer> outcomeIds, String language) {
        Set<Integer> outcomes() {
            return outcomeIds == null ? Set.of() : outcomeIds;
        }
    }

    /** A check-in; on an update, plan and subject may be left out (they cannot change). */
    record CheckInInput(Integer planId, SubjectKind subjectKind, Integer subjectId, LocalDate date, OutcomeState state,
                        String lookingBack, String whereWeAre, String ahead, String newCommitments, Visibility visibility) {
        CheckIn toCheckIn(int id, String author) {
            if (planId == null) {
                throw new ValidationException("checkIn.planId", "is required");
            }
            if (subjectId == null) {
                throw new ValidationException("checkIn.subjectId", "is required");
            }
            return new CheckIn(id, planId, subjectKind, subjectId, date, author, state, lookingBack, whereWeAre, ahead,
                    newCommitments, visibility);
        }

        /** The same check-in about a stored one's plan and subject, where this input leaves them out. */
        CheckInInput about(CheckIn stored) {
            return new CheckInInput(planId == null ? stored.planId() : planId,
                    subjectKind == null ? stored.subjectKind() : subjectKind,
                    subjectId == null ? stored.subjectId() : subjectId, date, state, lookingBack, whereWeAre, ahead,
                    newCommitments, visibility);
        }
    }

    record BaselineInput(String name) {
    }

    record OverrideInput(OutcomeState state, String reason, Instant expiresAt) {
    }

    record OutcomeInput(String phrase, String why, LocalDate neededBy, String owner, String secondaryOwner,
                        Integer sortOrder, OverrideInput override, Map<OutcomeState, String> phraseTemplates) {
        Outcome toOutcome(int id, int planId, String author) {
            StateOverride stateOverride = override == null ? null
                    : new StateOverride(override.state(), author, override.reason(), override.expiresAt());
            return new Outcome(id, planId, phrase, why, neededBy, owner, secondaryOwner,
                    sortOrder == null ? 0 : sortOrder, stateOverride, phraseTemplates);
        }
    }

    record WorkLinkInput(WorkLinkKind kind, String target) {
        WorkLink toWorkLink() {
            return new WorkLink(kind, target);
        }
    }

    record DeliverableInput(String name, Double weight, Integer milestoneId, Integer sortOrder, List<WorkLinkInput> workLinks) {
        Deliverable toDeliverable(int id, int outcomeId) {
            return new Deliverable(id, outcomeId, name, weight == null ? 1 : weight, milestoneId,
                    sortOrder == null ? 0 : sortOrder,
                    workLinks == null ? List.of() : workLinks.stream().map(WorkLinkInput::toWorkLink).toList());
        }
    }

    record DependencyInput(int predecessorId, DependencyType type, Integer lagDays) {
        Dependency toDependency() {
            return new Dependency(predecessorId, type == null ? DependencyType.FS : type, lagDays == null ? 0 : lagDays);
        }
    }

    record MilestoneInput(String name, Integer durationDays, Boolean external, LocalDate startNoEarlierThan,
                          LocalDate finishNoLaterThan, String owner, String secondaryOwner, LocalDate actualStart,
                          LocalDate actualFinish, Integer sortOrder, List<DependencyInput> predecessors,
                          Set<Integer> outcomeIds) {
        Milestone toMilestone(int id, int planId) {
            if (durationDays == null) {
                throw new io.backcast.model.ValidationException("milestone.durationDays", "is required");
            }
            return new Milestone(id, planId, name, durationDays, external != null && external, startNoEarlierThan,
                    finishNoLaterThan, owner, secondaryOwner, actualStart, actualFinish, sortOrder == null ? 0 : sortOrder,
                    predecessors == null ? List.of() : predecessors.stream().map(DependencyInput::toDependency).toList(),
                    outcomeIds == null ? Set.of() : outcomeIds);
        }
    }
}
