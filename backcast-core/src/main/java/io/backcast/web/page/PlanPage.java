package io.backcast.web.page;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.StateOverride;
import io.backcast.model.WorkLink;
import io.backcast.model.WorkLinkKind;
import io.backcast.rollup.DeliverableRollup;
import io.backcast.rollup.DeliverableStatus;
import io.backcast.rollup.Exclusion;
import io.backcast.rollup.ItemLine;
import io.backcast.rollup.OutcomeRollup;
import io.backcast.rollup.PhraseBook;
import io.backcast.schedule.MilestoneSchedule;
import io.backcast.schedule.OutcomeForecast;
import io.backcast.schedule.Progress;
import io.backcast.schedule.ScheduleWarning;
import io.backcast.service.DeliverableView;
import io.backcast.service.MilestoneView;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanView;

/**
 * The plan page's model: a {@link PlanView} turned into words, numbers and flags the template
 * prints as they are (through {@code $h}). Nothing in it is {@code null}, so templates need no
 * null checks and behave the same on every Velocity version; absent values are "" or "—".
 */
public record PlanPage(int id, String name, String client, String projectKey, String rule, String asOf, String summary,
                       List<String> warnings, List<OutcomeCard> outcomes, List<MilestoneRow> milestones, Markup timeline,
                       boolean canEdit, List<Option> milestoneOptions, List<Option> outcomeOptions, List<Option> dependencyTypes,
                       List<Option> linkKinds, int nextOutcomeOrder, int nextMilestoneOrder, List<StateCount> stateCounts) {

    /** A choice in a select: the submitted value and its label. */
    public record Option(String value, String label) {
    }

    /** How many outcomes are in a state. */
    public record StateCount(String stateKey, String stateName, Markup icon, int count) {
    }

    /** One outcome as its card shows it. */
    public record OutcomeCard(int id, String words, String phrase, String why, String stateKey, String stateName,
                              Markup stateIcon, boolean overridden, String overrideText, boolean measured,
                              String progressText, int progressValue, String progressLabel, String reason, String neededBy,
                              String forecast, String floatText, boolean late, String owners,
                              List<DeliverableRow> deliverables, Markup burnUp, String neededByValue, String ownerValue,
                              String secondaryOwnerValue, String sortOrderValue, Map<String, Object> preserve,
                              String deleteConfirm, int nextDeliverableOrder, String deliverablesText) {

        /** A blank deliverable of this outcome, for the "add deliverable" form. */
        public DeliverableRow newDeliverable() {
            return new DeliverableRow(0, id, "", "1", "", "", "unlinked", false, "", 0, false, "", "", List.of(), List.of(),
                    List.of(), String.valueOf(nextDeliverableOrder), "");
        }
    }

    /** One deliverable in an outcome's breakdown. */
    public record DeliverableRow(int id, int outcomeId, String name, String weight, String milestoneName, String milestoneValue,
                                 String statusKey, boolean measured, String progressText, int progressValue, boolean done,
                                 String totals, String note, List<ItemRow> items, List<ExclusionRow> exclusions,
                                 List<LinkRow> links, String sortOrderValue, String deleteConfirm) {
    }

    /** A counted work item. */
    public record ItemRow(String key, String type, String status, String weight, boolean estimated, String credit, boolean done,
                          boolean impeded) {
    }

    /** A work item found but not counted. */
    public record ExclusionRow(String key, String type, String reason) {
    }

    /** A work link: kind (ISSUE, JQL, EPIC), its label, its target. */
    public record LinkRow(String kind, String kindLabel, String target) {
    }

    /** A dependency as its form row shows it. */
    public record DependencyRow(String predecessorValue, String predecessorName, String type, String lagDays) {
    }

    /** One milestone in the dates table and its form. */
    public record MilestoneRow(int id, String name, String value, String duration, boolean point, boolean external,
                               String progressKey, String progressText, boolean done, boolean critical, String forecast,
                               String lateStart, String lateFinish, String floatText, boolean late, String owners,
                               String predecessorsText, String feedsText, String durationValue, String startNoEarlierThanValue,
                               String finishNoLaterThanValue, String ownerValue, String secondaryOwnerValue,
                               String actualStartValue, String actualFinishValue, String sortOrderValue,
                               List<DependencyRow> predecessors, Set<String> outcomeValues, String deleteConfirm) {

        /** Whether it feeds the outcome whose id is {@code outcomeValue}. */
        public boolean feeds(String outcomeValue) {
            return outcomeValues.contains(outcomeValue);
        }
    }

    static final String NONE = "—";

    /** A blank outcome, for the "add outcome" form. */
    public OutcomeCard newOutcome() {
        return new OutcomeCard(0, "", "", "", "not-started", "", new Markup(""), false, "", false, "", 0, "", "", "", "", "",
                false, "", List.of(), new Markup(""), "", "", "", String.valueOf(nextOutcomeOrder), Map.of(), "", 0, "");
    }

    /** A blank milestone, for the "add milestone" form: our own work, 5 working days. */
    public MilestoneRow newMilestone() {
        return new MilestoneRow(0, "", "", "", false, false, "not-started", "", false, false, "", "", "", "", false, "", "", "",
                "5", "", "", "", "", "", "", String.valueOf(nextMilestoneOrder), List.of(), Set.of(), "");
    }

    /** CSS name of a state: {@code at-risk}. */
    static String stateKey(OutcomeState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Float in words: "3 working days of float", "no float", "2 working days late". */
    static String floatWords(PageText text, int days) {
        if (days < 0) {
            return text.count("page.float.late", -days, Map.of("days", -days));
        }
        return text.count("page.float.positive", days, Map.of("days", days));
    }

    static PlanPage of(PlanView view, PageText text, PhraseBook phrases, Markup timeline,
                       Function<OutcomeView, Markup> burnUps) {
        LocalDate today = view.today();
        Map<Integer, String> milestoneNames = new HashMap<>();
        List<Option> milestoneOptions = new ArrayList<>();
        int nextMilestoneOrder = 0;
        for (MilestoneView m : view.milestones()) {
            milestoneNames.put(m.milestone().id(), m.milestone().name());
            milestoneOptions.add(new Option(String.valueOf(m.milestone().id()), m.milestone().name()));
            nextMilestoneOrder = Math.max(nextMilestoneOrder, m.milestone().sortOrder() + 1);
        }
        Map<Integer, String> outcomeWords = new HashMap<>();
        List<Option> outcomeOptions = new ArrayList<>();
        int nextOutcomeOrder = 0;
        for (OutcomeView o : view.outcomes()) {
            outcomeWords.put(o.outcome().id(), o.outcome().phrase());
            outcomeOptions.add(new Option(String.valueOf(o.outcome().id()), o.outcome().phrase()));
            nextOutcomeOrder = Math.max(nextOutcomeOrder, o.outcome().sortOrder() + 1);
        }
        List<OutcomeCard> cards = new ArrayList<>();
        Map<OutcomeState, Integer> counts = new EnumMap<>(OutcomeState.class);
        for (OutcomeView o : view.outcomes()) {
            cards.add(card(o, text, phrases, today, milestoneNames, burnUps.apply(o)));
            if (o.rollup() != null) {
                counts.merge(o.rollup().state(), 1, Integer::sum);
            }
        }
        List<StateCount> stateCounts = new ArrayList<>();
        for (OutcomeState state : new OutcomeState[] {OutcomeState.OFF_TRACK, OutcomeState.AT_RISK, OutcomeState.ON_TRACK,
                OutcomeState.NOT_STARTED, OutcomeState.DONE}) {
            Integer count = counts.get(state);
            if (count != null) {
                stateCounts.add(new StateCount(stateKey(state), text.get("page.stateName." + state), Icons.state(state), count));
            }
        }
        List<MilestoneRow> rows = new ArrayList<>();
        for (MilestoneView m : view.milestones()) {
            rows.add(milestoneRow(m, text, phrases, today, milestoneNames, outcomeWords));
        }
        List<String> warnings = new ArrayList<>();
        for (ScheduleWarning warning : view.warnings()) {
            warnings.add(warning.message());
        }
        List<Option> types = new ArrayList<>();
        for (DependencyType type : DependencyType.values()) {
            types.add(new Option(type.name(), text.get("page.dependency." + type.name())));
        }
        List<Option> kinds = new ArrayList<>();
        for (WorkLinkKind kind : WorkLinkKind.values()) {
            kinds.add(new Option(kind.name(), text.get("page.link." + kind.name())));
        }
        String summary = text.count("page.plan.summary", view.outcomes().size(), Map.of("outcomes", view.outcomes().size(),
                "milestones", view.milestones().size()));
        return new PlanPage(view.plan().id(), view.plan().name(), blank(view.plan().clientName()), view.plan().projectKey(),
                blank(view.rule()), phrases.date(today, today.plusYears(1)), summary, warnings, cards, rows, timeline,
                view.canEdit(), milestoneOptions, outcomeOptions, types, kinds, nextOutcomeOrder, nextMilestoneOrder, stateCounts);
    }

    private static OutcomeCard card(OutcomeView view, PageText text, PhraseBook phrases, LocalDate today,
                                    Map<Integer, String> milestoneNames, Markup burnUp) {
        Outcome outcome = view.outcome();
        OutcomeRollup rollup = view.rollup();
        OutcomeState state = rollup == null ? OutcomeState.NOT_STARTED : rollup.state();
        Double progress = rollup == null ? null : rollup.progress();
        boolean measured = progress != null;
        String progressText;
        if (measured) {
            progressText = phrases.percent(progress);
        } else if (view.deliverables().isEmpty()) {
            progressText = text.get("page.progress.noDeliverables");
        } else if (view.deliverables().stream().allMatch(d -> !d.deliverable().isLinked())) {
            progressText = text.get("page.progress.unlinked");
        } else {
            progressText = text.get("page.progress.noWork");
        }
        String progressLabel = measured ? text.fill("page.progress.done", Map.of("percent", progressText)) : progressText;
        OutcomeForecast forecast = view.forecast();
        LocalDate forecastDay = forecast != null && forecast.forecast() != null ? forecast.forecast()
                : rollup != null ? rollup.forecast() : null;
        boolean delivered = state == OutcomeState.DONE && (rollup == null || !rollup.isOverridden());
        String floatText = forecast == null || delivered ? NONE : floatWords(text, forecast.totalFloat());
        StateOverride override = rollup == null ? null : rollup.override();
        String overrideText = override == null ? "" : text.fill("page.outcome.override", Map.of(
                "state", text.get("page.stateName." + override.state()), "author", override.author(),
                "reason", override.reason(),
                "until", phrases.date(override.expiresAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), today)));
        List<DeliverableRow> deliverables = new ArrayList<>();
        int nextOrder = 0;
        for (DeliverableView d : view.deliverables()) {
            deliverables.add(deliverableRow(d, text, phrases, milestoneNames));
            nextOrder = Math.max(nextOrder, d.deliverable().sortOrder() + 1);
        }
        Map<String, Object> preserve = new LinkedHashMap<>();
        if (outcome.override() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("state", outcome.override().state().name());
            o.put("reason", outcome.override().reason());
            o.put("expiresAt", outcome.override().expiresAt().toString());
            preserve.put("override", o);
        }
        if (!outcome.phraseTemplates().isEmpty()) {
            Map<String, String> templates = new LinkedHashMap<>();
            outcome.phraseTemplates().forEach((s, t) -> templates.put(s.name(), t));
            preserve.put("phraseTemplates", templates);
        }
        return new OutcomeCard(outcome.id(), outcome.phrase(), rollup == null ? outcome.phrase() : blank(rollup.phrase()),
                blank(outcome.why()), stateKey(state), blank(view.stateName()).isEmpty()
                ? text.get("page.stateName." + state) : view.stateName(), Icons.state(state),
                rollup != null && rollup.isOverridden(), overrideText, measured, progressText,
                measured ? barValue(progress) : 0, progressLabel,
                rollup == null ? "" : blank(rollup.reasonText()), phrases.date(outcome.neededBy(), today),
                delivered ? text.get("page.outcome.delivered") : forecastDay == null ? NONE : phrases.date(forecastDay, today),
                floatText, !delivered && forecast != null && forecast.isLate(), owners(text, outcome.owner(), outcome.secondaryOwner()),
                deliverables, burnUp, outcome.neededBy().toString(), blank(outcome.owner()), blank(outcome.secondaryOwner()),
                String.valueOf(outcome.sortOrder()), preserve,
                text.fill("page.outcome.deleteConfirm", Map.of("outcome", outcome.phrase())), nextOrder,
                text.count("page.breakdown.deliverables", deliverables.size(), Map.of("count", deliverables.size())));
    }

    private static DeliverableRow deliverableRow(DeliverableView view, PageText text, PhraseBook phrases,
                                                 Map<Integer, String> milestoneNames) {
        Deliverable d = view.deliverable();
        DeliverableRollup r = view.rollup();
        DeliverableStatus status = r == null ? (d.isLinked() ? DeliverableStatus.NO_WORK : DeliverableStatus.UNLINKED) : r.status();
        boolean measured = r != null && r.progress() != null;
        String progressText = switch (status) {
            case UNLINKED -> text.get("page.progress.unlinked");
            case NO_WORK -> text.get("page.progress.noWork");
            case MEASURED -> measured ? phrases.percent(r.progress()) : text.get("page.progress.noWork");
        };
        List<ItemRow> items = new ArrayList<>();
        List<ExclusionRow> exclusions = new ArrayList<>();
        String totals = "";
        String note = "";
        if (r != null && r.breakdown() != null) {
            for (ItemLine line : r.breakdown().counted()) {
                items.add(new ItemRow(line.item().key().toString(), line.item().type(),
                        text.get("page.status." + line.item().statusCategory().name()), number(line.weight()),
                        line.estimated(), phrases.percent(line.credit()), line.done(), line.item().isImpeded()));
            }
            for (Exclusion exclusion : r.breakdown().excluded()) {
                exclusions.add(new ExclusionRow(exclusion.item().key().toString(), exclusion.item().type(),
                        text.get("page.exclusion." + exclusion.reason().name())));
            }
            if (!r.breakdown().counted().isEmpty()) {
                totals = text.fill("page.breakdown.totals", Map.of("earned", number(r.breakdown().earnedWeight()),
                        "total", number(r.breakdown().totalWeight())));
            }
            List<String> notes = new ArrayList<>();
            if (r.breakdown().estimatedWeights() > 0) {
                notes.add(text.count("page.breakdown.estimatedCount", r.breakdown().estimatedWeights(),
                        Map.of("count", r.breakdown().estimatedWeights())));
            }
            if (r.breakdown().countedInstead()) {
                notes.add(text.get("page.breakdown.countedInstead"));
            }
            note = String.join(" ", notes);
        }
        List<LinkRow> links = new ArrayList<>();
        for (WorkLink link : d.workLinks()) {
            links.add(new LinkRow(link.kind().name(), text.get("page.link." + link.kind().name()), link.target()));
        }
        String milestoneName = d.milestoneId() == null ? "" : milestoneNames.getOrDefault(d.milestoneId(), "");
        return new DeliverableRow(d.id(), d.outcomeId(), d.name(), number(d.weight()), milestoneName,
                d.milestoneId() == null ? "" : String.valueOf(d.milestoneId()),
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'), measured, progressText,
                measured ? barValue(r.progress()) : 0, r != null && r.done(), totals, note,
                items, exclusions, links, String.valueOf(d.sortOrder()),
                text.fill("page.deliverable.deleteConfirm", Map.of("deliverable", d.name())));
    }

    private static MilestoneRow milestoneRow(MilestoneView view, PageText text, PhraseBook phrases, LocalDate today,
                                             Map<Integer, String> milestoneNames, Map<Integer, String> outcomeWords) {
        Milestone m = view.milestone();
        MilestoneSchedule s = view.schedule();
        Progress progress = s == null ? Progress.NOT_STARTED : s.progress();
        boolean done = progress == Progress.DONE;
        boolean point = m.durationDays() == 0;
        String forecast = NONE;
        if (s != null && s.earlyStart() != null && s.earlyFinish() != null) {
            forecast = point || s.earlyStart().equals(s.earlyFinish()) ? phrases.date(s.earlyFinish(), today)
                    : text.fill("page.milestone.span", Map.of("start", phrases.date(s.earlyStart(), today),
                    "finish", phrases.date(s.earlyFinish(), today)));
        }
        String floatText = done ? NONE : s == null || s.totalFloat() == null ? NONE : floatWords(text, s.totalFloat());
        List<DependencyRow> predecessors = new ArrayList<>();
        List<String> predecessorTexts = new ArrayList<>();
        for (Dependency dependency : m.predecessors()) {
            String name = milestoneNames.getOrDefault(dependency.predecessorId(), "#" + dependency.predecessorId());
            predecessors.add(new DependencyRow(String.valueOf(dependency.predecessorId()), name, dependency.type().name(),
                    String.valueOf(dependency.lagDays())));
            predecessorTexts.add(dependency.lagDays() == 0
                    ? text.fill("page.milestone.after", Map.of("name", name, "type", dependency.type().name()))
                    : text.fill("page.milestone.afterLag", Map.of("name", name, "type", dependency.type().name(),
                    "lag", (dependency.lagDays() > 0 ? "+" : "") + dependency.lagDays())));
        }
        Set<String> outcomeValues = new TreeSet<>();
        List<String> feeds = new ArrayList<>();
        for (Integer outcomeId : m.outcomeIds()) {
            outcomeValues.add(String.valueOf(outcomeId));
            feeds.add(outcomeWords.getOrDefault(outcomeId, "#" + outcomeId));
        }
        return new MilestoneRow(m.id(), m.name(), String.valueOf(m.id()),
                point ? text.get("page.milestone.point") : text.count("page.milestone.duration", m.durationDays(),
                        Map.of("days", m.durationDays())),
                point, m.external(), progress.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                text.get("page.progress." + progress), done, s != null && s.critical() && !done, forecast,
                s == null || s.lateStart() == null || done ? NONE : phrases.date(s.lateStart(), today),
                s == null || s.lateFinish() == null || done ? NONE : phrases.date(s.lateFinish(), today),
                floatText, !done && s != null && s.totalFloat() != null && s.totalFloat() < 0,
                owners(text, m.owner(), m.secondaryOwner()),
                predecessorTexts.isEmpty() ? NONE : String.join(", ", predecessorTexts),
                feeds.isEmpty() ? NONE : String.join(", ", feeds),
                String.valueOf(m.durationDays()), iso(m.startNoEarlierThan()), iso(m.finishNoLaterThan()), blank(m.owner()),
                blank(m.secondaryOwner()), iso(m.actualStart()), iso(m.actualFinish()), String.valueOf(m.sortOrder()),
                predecessors, outcomeValues, text.fill("page.milestone.deleteConfirm", Map.of("milestone", m.name())));
    }

    static String owners(PageText text, String owner, String secondary) {
        if (owner == null && secondary == null) {
            return "";
        }
        if (secondary == null) {
            return owner;
        }
        if (owner == null) {
            return text.fill("page.owners.coverOnly", Map.of("secondary", secondary));
        }
        return text.fill("page.owners.both", Map.of("owner", owner, "secondary", secondary));
    }

    /** The bar's 0..100, matching the printed percent: only all of it is 100. */
    static int barValue(double fraction) {
        if (fraction >= 1) {
            return 100;
        }
        return (int) Math.min(99, Math.max(0, Math.round(fraction * 100)));
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    static String number(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }
}
