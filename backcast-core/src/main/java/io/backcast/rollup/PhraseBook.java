package io.backcast.rollup;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.backcast.i18n.Placeholders;
import io.backcast.i18n.Texts;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StateOverride;

/**
 * Words an outcome's state and reason from the message bundle {@code io.backcast.i18n.messages}
 * (English shipped) or from the outcome's own phrase templates. Placeholders are
 * {@code {outcome} {reason} {neededBy} {forecast} {progress}}.
 */
public final class PhraseBook {

    private static final double MOST_SHORT_OF_ALL = 0.99;

    private final Texts bundle;
    private final Texts clientWords;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateWithYear;

    public PhraseBook(Locale locale, ZoneId zone) {
        this.bundle = Texts.of(locale);
        this.clientWords = Texts.forClients(locale);
        this.locale = bundle.locale();
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern(bundle.get("format.date"), this.locale);
        this.dateWithYear = DateTimeFormatter.ofPattern(bundle.get("format.dateWithYear"), this.locale);
    }

    /** The same phrases in another language (the bundle's closest to {@code wanted}; this one's for {@code null}). */
    public PhraseBook in(Locale wanted) {
        return wanted == null || Texts.of(wanted).locale().equals(locale) ? this : new PhraseBook(wanted, zone);
    }

    /** The language of these phrases (one the bundle has). */
    public Locale locale() {
        return locale;
    }

    /** English, dates in UTC. */
    public static PhraseBook english() {
        return new PhraseBook(Locale.ENGLISH, java.time.ZoneOffset.UTC);
    }

    /** The reason in words. */
    public String reason(Reason reason, StateOverride override, LocalDate today) {
        return reason(bundle, reason, override, today);
    }

    private String reason(Texts words, Reason reason, StateOverride override, LocalDate today) {
        String key = words.countKey("reason." + reason.kind(), reason.days());
        LocalDate when = reason.kind() == ReasonKind.OVERRIDE && override != null
                ? override.expiresAt().atZone(zone).toLocalDate() : reason.date();
        return fill(words.get(key), Map.of(
                "subject", text(reason.subject()),
                "author", text(reason.author()),
                "days", String.valueOf(reason.days()),
                "date", when == null ? "" : date(when, today),
                "progress", reason.progress() == null ? "" : percent(reason.progress())));
    }

    /**
     * The reason as a client reads it: in the client's words where the bundle has them (keys'
     * {@code .client} variants: no float, no critical path), and an override names no one
     * ("{subject} (set by hand until {date})"): the client page shows no user names but owners'.
     */
    public String clientReason(Reason reason, StateOverride override, LocalDate today) {
        if (reason.kind() != ReasonKind.OVERRIDE) {
            return reason(clientWords, reason, override, today); // "2 working days to spare", not "of float"
        }
        LocalDate until = override == null ? reason.date() : override.expiresAt().atZone(zone).toLocalDate();
        return fill(bundle.get("reason.OVERRIDE.client"), Map.of(
                "subject", text(reason.subject()),
                "date", until == null ? "" : date(until, today)));
    }

    /** The outcome's phrase: its own template for the state if it has one, else the bundle's. */
    public String phrase(Outcome outcome, OutcomeState state, String reasonText, Double progress, LocalDate forecast,
                         LocalDate today) {
        return phrase(outcome, state, false, reasonText, progress, forecast, today);
    }

    /**
     * The outcome's phrase; when {@code overridden}, the bundle's wording always gives the reason
     * (the override's text, author and expiry), so an override never reads as a computed state.
     * The outcome's own template for the state still comes first.
     */
    public String phrase(Outcome outcome, OutcomeState state, boolean overridden, String reasonText, Double progress,
                         LocalDate forecast, LocalDate today) {
        String template = outcome.phraseTemplates().get(state);
        if (template == null && overridden && bundle.has("phrase.override." + state)) {
            template = bundle.get("phrase.override." + state);
        }
        if (template == null) {
            template = bundle.get("phrase." + state);
        }
        return fill(template, Map.of(
                "outcome", outcome.phrase(),
                "reason", reasonText,
                "neededBy", date(outcome.neededBy(), today),
                "forecast", forecast == null ? "" : date(forecast, today),
                "progress", progress == null ? "" : percent(progress)));
    }

    /** The state's name, e.g. "At risk". */
    public String state(OutcomeState state) {
        return bundle.get("state." + state);
    }

    /** The roll-up rule in one sentence, to show beside every progress figure. */
    public String rule(RollupPolicy policy) {
        return String.join("; ", bundle.get("rule.done." + policy.doneRule()),
                bundle.get("rule.weight." + policy.weightMethod()),
                bundle.get(policy.partialCredit() ? "rule.partial.on" : "rule.partial.off"),
                bundle.get("rule.estimated"),
                bundle.get("rule.hierarchy")) + ".";
    }

    /** "14 March", or "14 March 2027" when not in today's year. */
    public String date(LocalDate day, LocalDate today) {
        return (day.getYear() == today.getYear() ? date : dateWithYear).format(day);
    }

    /** Whole percent; a fraction short of 1 never rounds up to 100 %: only all of it is. */
    public String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(fraction < 1 ? Math.min(fraction, MOST_SHORT_OF_ALL) : fraction);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Replaces each {name} with its value, in one pass: values are never read as templates. */
    static String fill(String template, Map<String, String> values) {
        return Placeholders.fill(template, values, true);
    }
}
