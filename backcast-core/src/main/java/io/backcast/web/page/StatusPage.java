package io.backcast.web.page;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.backcast.model.OutcomeState;
import io.backcast.rollup.PhraseBook;
import io.backcast.schedule.Progress;
import io.backcast.service.StatusCheckIn;
import io.backcast.service.StatusMilestone;
import io.backcast.service.StatusOutcome;
import io.backcast.service.StatusView;

/**
 * The client status page's model: a {@link StatusView} in words, numbers and flags. It reads
 * nothing but the status view, so it can show nothing the status view does not carry. Nothing
 * in it is {@code null}.
 */
public record StatusPage(String planName, String client, String forClient, String updated, String updatedValue, String asOf, String summary,
                         List<PlanPage.StateCount> stateCounts, List<Card> outcomes, Markup timeline,
                         List<MilestoneLine> milestones, List<CheckInCard> checkIns) {

    /** One outcome. */
    public record Card(String words, String phrase, String stateKey, String stateName, Markup stateIcon, boolean measured,
                       String progressText, int progressValue, String progressLabel, String reason, String neededBy,
                       String forecast, boolean late, String owners) {
    }

    /** One milestone in the list under the timeline. */
    public record MilestoneLine(String name, String progressKey, String progressText, String forecast, String mustStartBy,
                                boolean critical, boolean external, boolean late, boolean done, String owners) {
    }

    /** One public check-in. */
    public record CheckInCard(String subject, String date, String dateValue, boolean hasState, String stateKey,
                              String stateName, Markup stateIcon, List<Part> parts) {
    }

    /** One of a check-in's four parts, with its heading. */
    public record Part(String label, String text) {
    }

    static StatusPage of(StatusView view, PageText text, PhraseBook phrases, Markup timeline, ZoneId zone, Locale locale) {
        LocalDate today = view.today();
        DateTimeFormatter when = DateTimeFormatter.ofPattern(text.get("page.format.dateTimeZone"), locale).withZone(zone);
        List<Card> cards = new ArrayList<>();
        Map<OutcomeState, Integer> counts = new EnumMap<>(OutcomeState.class);
        for (StatusOutcome o : view.outcomes()) {
            cards.add(card(o, text, phrases, today));
            counts.merge(o.state(), 1, Integer::sum);
        }
        List<PlanPage.StateCount> stateCounts = new ArrayList<>();
        for (OutcomeState state : new OutcomeState[] {OutcomeState.OFF_TRACK, OutcomeState.AT_RISK, OutcomeState.ON_TRACK,
                OutcomeState.NOT_STARTED, OutcomeState.DONE}) {
            Integer count = counts.get(state);
            if (count != null) {
                stateCounts.add(new PlanPage.StateCount(PlanPage.stateKey(state), text.get("page.stateName." + state),
                        Icons.state(state), count));
            }
        }
        List<MilestoneLine> milestones = new ArrayList<>();
        for (StatusMilestone m : view.milestones()) {
            milestones.add(milestone(m, text, phrases, today));
        }
        List<CheckInCard> checkIns = new ArrayList<>();
        for (StatusCheckIn c : view.checkIns()) {
            List<Part> parts = new ArrayList<>();
            part(parts, text.get("page.checkIn.lookingBack"), c.lookingBack());
            part(parts, text.get("page.checkIn.whereWeAre"), c.whereWeAre());
            part(parts, text.get("page.checkIn.ahead"), c.ahead());
            part(parts, text.get("page.checkIn.newCommitments"), c.newCommitments());
            OutcomeState state = c.state();
            checkIns.add(new CheckInCard(c.subject(), phrases.date(c.date(), today), c.date().toString(), state != null,
                    state == null ? "" : PlanPage.stateKey(state), state == null ? "" : text.get("page.stateName." + state),
                    state == null ? new Markup("") : Icons.state(state), parts));
        }
        String summary = text.count("page.client.summary", view.outcomes().size(), Map.of("outcomes", view.outcomes().size()));
        String client = view.clientName() == null ? "" : view.clientName();
        return new StatusPage(view.planName(), client,
                client.isEmpty() ? "" : text.fill("page.client.for", Map.of("client", client)), when.format(view.updatedAt()), view.updatedAt().toString(), phrases.date(today, today.plusYears(1)), summary,
                stateCounts, cards, timeline, milestones, checkIns);
    }

    private static Card card(StatusOutcome o, PageText text, PhraseBook phrases, LocalDate today) {
        boolean measured = o.progress() != null;
        String progressText = measured ? phrases.percent(o.progress()) : text.get("page.client.unmeasured");
        boolean done = o.state() == OutcomeState.DONE;
        boolean late = !done && o.forecast() != null && o.forecast().isAfter(o.neededBy());
        return new Card(o.name(), o.phrase() == null ? o.name() : o.phrase(), PlanPage.stateKey(o.state()),
                o.stateName() == null ? text.get("page.stateName." + o.state()) : o.stateName(), Icons.state(o.state()),
                measured, progressText, measured ? PlanPage.barValue(o.progress()) : 0,
                measured ? text.fill("page.progress.done", Map.of("percent", progressText)) : progressText,
                o.reason() == null ? "" : o.reason(), phrases.date(o.neededBy(), today),
                done ? text.get("page.outcome.delivered") : o.forecast() == null ? PlanPage.NONE : phrases.date(o.forecast(), today),
                late, PlanPage.owners(text, o.owner(), o.secondaryOwner()));
    }

    private static MilestoneLine milestone(StatusMilestone m, PageText text, PhraseBook phrases, LocalDate today) {
        Progress progress = m.progress();
        boolean done = progress == Progress.DONE;
        String forecast = PlanPage.NONE;
        if (m.start() != null && m.finish() != null) {
            forecast = m.point() || m.start().equals(m.finish()) ? phrases.date(m.finish(), today)
                    : text.fill("page.milestone.span", Map.of("start", phrases.date(m.start(), today),
                    "finish", phrases.date(m.finish(), today)));
        }
        return new MilestoneLine(m.name(), progress.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                text.get("page.progress." + progress), forecast,
                done || m.mustStartBy() == null ? PlanPage.NONE : phrases.date(m.mustStartBy(), today),
                m.critical() && !done, m.external(), !done && m.floatDays() != null && m.floatDays() < 0, done,
                PlanPage.owners(text, m.owner(), m.secondaryOwner()));
    }

    private static void part(List<Part> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(new Part(label, value));
        }
    }
}
