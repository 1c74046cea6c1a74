package io.backcast.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.backcast.i18n.Languages;
import io.backcast.model.CheckIn;
import io.backcast.model.OutcomeState;
import io.backcast.model.ShareLink;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.CheckInService;
import io.backcast.service.MilestoneView;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanSharing;
import io.backcast.service.PlanView;

/**
 * The plan page's sharing, check-in and reminder sections, as words the template prints as they
 * are (through {@code $h}). Nothing in it is {@code null}.
 *
 * @param loaded         whether the host gave the sections' data (else they are left out)
 * @param canShare       whether the viewer manages share links (an editor)
 * @param links          the plan's share links, newest first
 * @param outcomeOptions the outcomes a new link may be restricted to
 * @param reminders      the outcomes due a check-in
 * @param cadenceText    the plan's cadence in words
 * @param milestones     the milestones, for their check-in lists
 * @param stateOptions   the states a check-in may record
 * @param today          today, ISO, the default date of a new check-in
 * @param checkInsBySubject check-ins by "KIND-id", newest first
 * @param allowed        whether the viewer may check in, by "KIND-id"
 * @param targets        the outcomes and milestones the viewer may check in on, for their forms
 * @param countTexts     "3 check-ins", by "KIND-id"
 * @param languageOptions the languages a new link's page may be in, the page's own first
 */
public record SharingPage(boolean loaded, boolean canShare, List<LinkRow> links, List<PlanPage.Option> outcomeOptions,
                          List<ReminderRow> reminders, String cadenceText, List<SubjectRow> milestones,
                          List<PlanPage.Option> stateOptions, String today, Map<String, List<CheckInRow>> checkInsBySubject,
                          Map<String, Boolean> allowed, List<SubjectRow> targets, Map<String, String> countTexts,
                          List<PlanPage.Option> languageOptions) {

    /** One share link in the table. */
    public record LinkRow(int id, String label, String created, String expires, String outcomes, String lastViewed,
                          String views, String stateKey, String stateText, boolean open, String revokeConfirm) {
    }

    /** One outcome due a check-in. */
    public record ReminderRow(int outcomeId, String phrase, String text) {
    }

    /** An outcome or milestone with check-ins. */
    public record SubjectRow(String kind, int id, String name) {
    }

    /** One check-in as listed, and as its edit form starts. */
    public record CheckInRow(int id, String subjectKind, int subjectId, String subject, String date, String dateValue, String author,
                             boolean hasState, String stateKey, String stateName, Markup stateIcon, String stateValue,
                             String lookingBack, String whereWeAre, String ahead, String newCommitments, boolean isPublic,
                             String visibilityText, boolean editable, String deleteConfirm) {

        /** A blank check-in on a subject, for the "check in" form. */
        static CheckInRow blank(String kind, int subjectId, String subject, String today) {
            return new CheckInRow(0, kind, subjectId, subject, "", today, "", false, "", "", new Markup(""), "", "", "", "", "", false,
                    "", true, "");
        }
    }

    /** The sections left out. */
    static SharingPage none() {
        return new SharingPage(false, false, List.of(), List.of(), List.of(), "", List.of(), List.of(), "", Map.of(), Map.of(), List.of(), Map.of(),
                List.of());
    }

    /** The check-ins on a subject ({@code OUTCOME} or {@code MILESTONE}), newest first. */
    public List<CheckInRow> checkIns(String kind, int subjectId) {
        return checkInsBySubject.getOrDefault(kind + "-" + subjectId, List.of());
    }

    /** How many check-ins a subject has. */
    public int count(String kind, int subjectId) {
        return checkIns(kind, subjectId).size();
    }

    /** Whether the viewer may check in on a subject. */
    public boolean mayCheckIn(String kind, int subjectId) {
        return allowed.getOrDefault(kind + "-" + subjectId, false);
    }

    /** How many check-ins a subject has, in words. */
    public String countText(String kind, int subjectId) {
        return countTexts.getOrDefault(kind + "-" + subjectId, "");
    }

    /** A blank check-in on a subject, for its form. */
    public CheckInRow newCheckIn(SubjectRow subject) {
        return CheckInRow.blank(subject.kind(), subject.id(), subject.name(), today);
    }

    /** Every check-in the viewer may change, for their edit forms. */
    public List<CheckInRow> editable() {
        List<CheckInRow> rows = new ArrayList<>();
        for (List<CheckInRow> list : checkInsBySubject.values()) {
            for (CheckInRow row : list) {
                if (row.editable()) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static SharingPage of(PlanView view, PlanSharing sharing, PageText text, PhraseBook phrases, ZoneId zone, Locale locale) {
        if (sharing == null || !sharing.loaded()) {
            return none();
        }
        LocalDate today = view.today();
        DateTimeFormatter when = DateTimeFormatter.ofPattern(text.get("page.format.dateTime"), locale).withZone(zone);
        Map<Integer, String> outcomeWords = new LinkedHashMap<>();
        List<PlanPage.Option> outcomeOptions = new ArrayList<>();
        for (OutcomeView o : view.outcomes()) {
            outcomeWords.put(o.outcome().id(), o.outcome().phrase());
            outcomeOptions.add(new PlanPage.Option(String.valueOf(o.outcome().id()), o.outcome().phrase()));
        }
        Map<Integer, String> milestoneNames = new LinkedHashMap<>();
        for (MilestoneView m : view.milestones()) {
            milestoneNames.put(m.milestone().id(), m.milestone().name());
        }

        List<LinkRow> links = new ArrayList<>();
        boolean canShare = sharing.links() != null && view.canEdit();
        if (canShare) {
            for (ShareLink link : sharing.links()) {
                links.add(linkRow(link, sharing.openLinkIds().contains(link.id()), outcomeWords, text, when));
            }
        }

        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (Integer id : outcomeWords.keySet()) {
            allowed.put(SubjectKind.OUTCOME + "-" + id, sharing.rights().allows(SubjectKind.OUTCOME, id));
        }
        for (Integer id : milestoneNames.keySet()) {
            allowed.put(SubjectKind.MILESTONE + "-" + id, sharing.rights().allows(SubjectKind.MILESTONE, id));
        }
        Map<String, List<CheckInRow>> bySubject = new HashMap<>();
        for (CheckIn checkIn : sharing.checkIns()) {
            String key = checkIn.subjectKind() + "-" + checkIn.subjectId();
            bySubject.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(checkInRow(checkIn, allowed.getOrDefault(key, false), outcomeWords, milestoneNames, text, phrases, today));
        }

        List<ReminderRow> reminders = new ArrayList<>();
        for (CheckInService.Reminder reminder : sharing.reminders()) {
            String words = reminder.never() ? text.get("page.reminders.never")
                    : text.count("page.reminders.since", reminder.daysSince(), Map.of("days", reminder.daysSince(),
                    "date", phrases.date(reminder.lastCheckIn(), today)));
            reminders.add(new ReminderRow(reminder.outcomeId(), reminder.phrase(), words));
        }

        List<SubjectRow> milestones = new ArrayList<>();
        milestoneNames.forEach((id, name) -> milestones.add(new SubjectRow(SubjectKind.MILESTONE.name(), id, name)));
        Map<String, String> countTexts = new HashMap<>();
        for (String key : allowed.keySet()) {
            int count = bySubject.getOrDefault(key, List.of()).size();
            countTexts.put(key, text.count("page.checkIns.count", count, Map.of("count", count)));
        }
        List<PlanPage.Option> states = new ArrayList<>();
        states.add(new PlanPage.Option("", text.get("page.checkIn.noState")));
        for (OutcomeState state : new OutcomeState[] {OutcomeState.ON_TRACK, OutcomeState.AT_RISK, OutcomeState.OFF_TRACK,
                OutcomeState.NOT_STARTED, OutcomeState.DONE}) {
            states.add(new PlanPage.Option(state.name(), text.get("page.stateName." + state)));
        }
        List<SubjectRow> targets = new ArrayList<>();
        outcomeWords.forEach((id, words) -> {
            if (allowed.get(SubjectKind.OUTCOME + "-" + id)) {
                targets.add(new SubjectRow(SubjectKind.OUTCOME.name(), id, words));
            }
        });
        milestoneNames.forEach((id, name) -> {
            if (allowed.get(SubjectKind.MILESTONE + "-" + id)) {
                targets.add(new SubjectRow(SubjectKind.MILESTONE.name(), id, name));
            }
        });
        return new SharingPage(true, canShare, links, outcomeOptions, reminders,
                text.count("page.reminders.cadence", sharing.cadenceDays(), Map.of("days", sharing.cadenceDays())),
                milestones, states, today.toString(), bySubject, allowed, targets, countTexts, languageOptions(text));
    }

    /** Each language the bundle has, named in its own words; the page's language first (a new link's default). */
    private static List<PlanPage.Option> languageOptions(PageText text) {
        List<PlanPage.Option> options = new ArrayList<>();
        for (Locale language : Languages.all()) {
            PlanPage.Option option = new PlanPage.Option(language.toLanguageTag(), text.get("language." + language.toLanguageTag()));
            options.add(language.equals(text.locale()) ? 0 : options.size(), option);
        }
        return options;
    }

    private static LinkRow linkRow(ShareLink link, boolean open, Map<Integer, String> outcomeWords, PageText text,
                                   DateTimeFormatter when) {
        String outcomes;
        if (link.allOutcomes()) {
            outcomes = text.get("page.share.allOutcomes");
        } else if (link.outcomeIds().isEmpty()) {
            outcomes = text.get("page.share.noOutcomes");
        } else {
            List<String> names = new ArrayList<>();
            for (Integer id : link.outcomeIds()) {
                names.add(outcomeWords.getOrDefault(id, "#" + id));
            }
            outcomes = String.join(", ", names);
        }
        String stateKey = link.revokedAt() != null ? "revoked" : open ? "open" : "expired";
        String stateText = switch (stateKey) {
            case "revoked" -> text.fill("page.share.state.revoked", Map.of("when", format(when, link.revokedAt())));
            case "expired" -> text.get("page.share.state.expired");
            default -> text.get("page.share.state.open");
        };
        return new LinkRow(link.id(), link.label(), format(when, link.createdAt()),
                link.expiresAt() == null ? text.get("page.share.never") : format(when, link.expiresAt()), outcomes,
                link.lastViewedAt() == null ? text.get("page.share.notViewed") : format(when, link.lastViewedAt()),
                text.count("page.share.views", link.viewCount(), Map.of("count", link.viewCount())),
                stateKey, stateText, open && link.revokedAt() == null,
                text.fill("page.share.revokeConfirm", Map.of("label", link.label())));
    }

    private static CheckInRow checkInRow(CheckIn c, boolean editable, Map<Integer, String> outcomeWords,
                                         Map<Integer, String> milestoneNames, PageText text, PhraseBook phrases, LocalDate today) {
        String subject = c.subjectKind() == SubjectKind.OUTCOME
                ? outcomeWords.getOrDefault(c.subjectId(), "") : milestoneNames.getOrDefault(c.subjectId(), "");
        boolean isPublic = c.visibility() == Visibility.PUBLIC;
        OutcomeState state = c.state();
        return new CheckInRow(c.id(), c.subjectKind().name(), c.subjectId(), subject, phrases.date(c.date(), today),
                c.date().toString(), c.author(), state != null, state == null ? "" : PlanPage.stateKey(state),
                state == null ? "" : text.get("page.stateName." + state), state == null ? new Markup("") : Icons.state(state),
                state == null ? "" : state.name(), blank(c.lookingBack()), blank(c.whereWeAre()), blank(c.ahead()),
                blank(c.newCommitments()), isPublic, text.get(isPublic ? "page.checkIn.public" : "page.checkIn.internal"),
                editable, text.fill("page.checkIn.deleteConfirm", Map.of("subject", subject, "date", phrases.date(c.date(), today))));
    }

    private static String format(DateTimeFormatter formatter, Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
