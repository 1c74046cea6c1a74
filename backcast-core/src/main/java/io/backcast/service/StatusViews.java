package io.backcast.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.backcast.model.CheckIn;
import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.ShareLink;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.rollup.OutcomeRollup;
import io.backcast.rollup.PhraseBook;
import io.backcast.schedule.MilestoneSchedule;
import io.backcast.schedule.OutcomeForecast;
import io.backcast.schedule.Progress;

/**
 * The one place that decides what a client reads (design §6): turns a plan view into a
 * {@link StatusView} of outcome-level fields only. What goes in, by design, and nothing else:
 * <ul>
 * <li>the plan's name, the client's name and the calendar's working days;</li>
 * <li>per outcome shown: its words, state, progress, needed-by and forecast dates, owners, and
 *     the phrase and one reason <em>re-worded for the client</em>: an override's reason is kept
 *     but not its author ({@link PhraseBook#clientReason});</li>
 * <li>per milestone feeding a shown outcome (directly or through other milestones): name,
 *     forecast and latest dates, float, critical, progress, external, owners;</li>
 * <li>public check-ins on those outcomes and milestones: subject, date, state then, the four
 *     parts. Never the author.</li>
 * </ul>
 * Never copied: deliverables and their work (issue keys, summaries, types, statuses,
 * resolutions, assignees), work links and JQL, why-texts, predecessors, ids, warnings, the
 * roll-up breakdown, internal check-ins, authors of anything.
 */
public final class StatusViews {

    private final PhraseBook phrases;

    public StatusViews(PhraseBook phrases) {
        this.phrases = phrases;
    }

    /** The same, worded in another language (the bundle's closest to {@code language}). */
    public StatusViews in(java.util.Locale language) {
        PhraseBook worded = phrases.in(language);
        return worded == phrases ? this : new StatusViews(worded);
    }

    /**
     * The client's status of a plan as a share link shows it, in the link's language.
     *
     * @param view     the plan as the link's creator sees it
     * @param link     which outcomes to show (all, or its list), and in which language
     * @param checkIns the plan's check-ins, newest first (internal ones are dropped here)
     * @param now      when the status is computed
     */
    public StatusView of(PlanView view, ShareLink link, List<CheckIn> checkIns, Instant now) {
        return in(link.locale()).of(view, link.allOutcomes() ? null : link.outcomeIds(), checkIns, now);
    }

    /**
     * The client's status of a plan, in this one's language.
     *
     * @param outcomeIds the outcomes to show, or {@code null} for all of them
     */
    public StatusView of(PlanView view, Set<Integer> outcomeIds, List<CheckIn> checkIns, Instant now) {
        LocalDate today = view.today();
        List<StatusOutcome> outcomes = new ArrayList<>();
        Map<Integer, String> outcomeWords = new HashMap<>();
        for (OutcomeView o : view.outcomes()) {
            if (outcomeIds == null || outcomeIds.contains(o.outcome().id())) {
                outcomes.add(outcome(o, today));
                outcomeWords.put(o.outcome().id(), o.outcome().phrase());
            }
        }
        Set<Integer> feeders = feeders(view.milestones(), outcomeWords.keySet());
        List<StatusMilestone> milestones = new ArrayList<>();
        Map<Integer, String> milestoneNames = new HashMap<>();
        for (MilestoneView m : view.milestones()) {
            if (feeders.contains(m.milestone().id())) {
                milestones.add(milestone(m));
                milestoneNames.put(m.milestone().id(), m.milestone().name());
            }
        }
        List<StatusCheckIn> shown = new ArrayList<>();
        for (CheckIn checkIn : checkIns) {
            if (checkIn.visibility() != Visibility.PUBLIC || checkIn.planId() != view.plan().id()) {
                continue;
            }
            String subject = checkIn.subjectKind() == SubjectKind.OUTCOME
                    ? outcomeWords.get(checkIn.subjectId()) : milestoneNames.get(checkIn.subjectId());
            if (subject != null) {
                shown.add(new StatusCheckIn(subject, checkIn.date(), checkIn.state(), checkIn.lookingBack(),
                        checkIn.whereWeAre(), checkIn.ahead(), checkIn.newCommitments()));
            }
        }
        shown.sort(java.util.Comparator.comparing(StatusCheckIn::date).reversed()); // stable: ties keep their order
        return new StatusView(view.plan().name(), view.plan().clientName(), today, now, outcomes, milestones, shown,
                view.plan().calendar(), phrases.locale());
    }

    private StatusOutcome outcome(OutcomeView view, LocalDate today) {
        Outcome outcome = view.outcome();
        OutcomeRollup rollup = view.rollup();
        OutcomeState state = rollup == null ? OutcomeState.NOT_STARTED : rollup.state();
        OutcomeForecast forecast = view.forecast();
        LocalDate forecastDay = forecast != null && forecast.forecast() != null ? forecast.forecast()
                : rollup == null ? null : rollup.forecast();
        String reason = rollup == null ? "" : phrases.clientReason(rollup.reason(), rollup.override(), today);
        String phrase = rollup == null ? outcome.phrase()
                : phrases.phrase(outcome, state, rollup.isOverridden(), reason, rollup.progress(), rollup.forecast(), today);
        return new StatusOutcome(outcome.phrase(), phrase, state, phrases.state(state),
                rollup == null ? null : rollup.progress(), reason, outcome.neededBy(), forecastDay, outcome.owner(),
                outcome.secondaryOwner());
    }

    private static StatusMilestone milestone(MilestoneView view) {
        Milestone m = view.milestone();
        MilestoneSchedule s = view.schedule();
        Progress progress = s == null ? Progress.NOT_STARTED : s.progress();
        boolean done = progress == Progress.DONE;
        return new StatusMilestone(m.name(), m.external(), done, s == null ? null : s.earlyStart(),
                s == null ? null : s.earlyFinish(), s == null || done ? null : s.lateStart(),
                s == null || done ? null : s.lateFinish(), s == null || done ? null : s.totalFloat(),
                s != null && s.critical() && !done, m.owner(), m.secondaryOwner(), m.durationDays() == 0, progress);
    }

    /** The milestones that feed one of {@code outcomeIds}, directly or through their successors. */
    static Set<Integer> feeders(List<MilestoneView> milestones, Set<Integer> outcomeIds) {
        Map<Integer, List<Integer>> predecessorsOf = new LinkedHashMap<>();
        Deque<Integer> todo = new ArrayDeque<>();
        Set<Integer> feeding = new HashSet<>();
        for (MilestoneView view : milestones) {
            Milestone m = view.milestone();
            List<Integer> predecessors = new ArrayList<>();
            for (Dependency dependency : m.predecessors()) {
                predecessors.add(dependency.predecessorId());
            }
            predecessorsOf.put(m.id(), predecessors);
            for (Integer outcomeId : m.outcomeIds()) {
                if (outcomeIds.contains(outcomeId) && feeding.add(m.id())) {
                    todo.add(m.id());
                }
            }
        }
        while (!todo.isEmpty()) {
            for (Integer predecessor : predecessorsOf.getOrDefault(todo.poll(), List.of())) {
                if (predecessorsOf.containsKey(predecessor) && feeding.add(predecessor)) {
                    todo.add(predecessor);
                }
            }
        }
        return feeding;
    }
}
