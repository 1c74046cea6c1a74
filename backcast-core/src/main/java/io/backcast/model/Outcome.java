package io.backcast.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result in the client's words ("WiFi's up") that must be in service by a date.
 *
 * @param id             0 until stored
 * @param planId         the plan it belongs to
 * @param phrase         the client's words, at most 255 characters
 * @param why            the business benefit, told to the team; optional long text
 * @param neededBy       the date it must be in service
 * @param owner          the owner's user key; optional
 * @param secondaryOwner the cover when the owner is away; optional
 * @param sortOrder      its place among the plan's outcomes (lower first)
 * @param override       a manual state setting, or {@code null}
 * @param phraseTemplates the outcome's own wording per state, replacing the defaults; may use
 *                       the placeholders {@link #PLACEHOLDERS}
 */
public record Outcome(int id, int planId, String phrase, String why, LocalDate neededBy,
                      String owner, String secondaryOwner, int sortOrder, StateOverride override,
                      Map<OutcomeState, String> phraseTemplates) {

    /** What a phrase template may refer to. */
    public static final Set<String> PLACEHOLDERS = Set.of("outcome", "reason", "neededBy", "forecast", "progress");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public Outcome {
        id = Check.id("outcome.id", id);
        planId = Check.reference("outcome.planId", planId);
        phrase = Check.shortText("outcome.phrase", phrase);
        why = Check.optionalLongText("outcome.why", why);
        neededBy = Check.date("outcome.neededBy", neededBy);
        owner = Check.optionalShortText("outcome.owner", owner);
        secondaryOwner = Check.optionalShortText("outcome.secondaryOwner", secondaryOwner);
        sortOrder = Check.id("outcome.sortOrder", sortOrder);
        phraseTemplates = templates(phraseTemplates);
    }

    private static Map<OutcomeState, String> templates(Map<OutcomeState, String> given) {
        Map<OutcomeState, String> checked = new EnumMap<>(OutcomeState.class);
        if (given != null) {
            for (Map.Entry<OutcomeState, String> entry : given.entrySet()) {
                OutcomeState state = Check.required("outcome.phraseTemplates", entry.getKey());
                String field = "outcome.phraseTemplates." + state;
                String template = Check.shortText(field, entry.getValue());
                Matcher matcher = PLACEHOLDER.matcher(template);
                while (matcher.find()) {
                    if (!PLACEHOLDERS.contains(matcher.group(1))) {
                        throw new ValidationException(field, "uses {" + matcher.group(1)
                                + "}, which is not one of {outcome}, {reason}, {neededBy}, {forecast}, {progress}");
                    }
                }
                checked.put(state, template);
            }
        }
        return Collections.unmodifiableMap(checked);
    }

    /** An outcome not yet stored. */
    public static Outcome create(int planId, String phrase, LocalDate neededBy) {
        return new Outcome(0, planId, phrase, null, neededBy, null, null, 0, null, Map.of());
    }

    public Outcome withId(int newId) {
        return new Outcome(newId, planId, phrase, why, neededBy, owner, secondaryOwner, sortOrder, override, phraseTemplates);
    }

    public Outcome withPhrase(String newPhrase) {
        return new Outcome(id, planId, newPhrase, why, neededBy, owner, secondaryOwner, sortOrder, override, phraseTemplates);
    }

    public Outcome withWhy(String newWhy) {
        return new Outcome(id, planId, phrase, newWhy, neededBy, owner, secondaryOwner, sortOrder, override, phraseTemplates);
    }

    public Outcome withNeededBy(LocalDate newNeededBy) {
        return new Outcome(id, planId, phrase, why, newNeededBy, owner, secondaryOwner, sortOrder, override, phraseTemplates);
    }

    public Outcome withOwners(String newOwner, String newSecondaryOwner) {
        return new Outcome(id, planId, phrase, why, neededBy, newOwner, newSecondaryOwner, sortOrder, override, phraseTemplates);
    }

    public Outcome withSortOrder(int newSortOrder) {
        return new Outcome(id, planId, phrase, why, neededBy, owner, secondaryOwner, newSortOrder, override, phraseTemplates);
    }

    public Outcome withPhraseTemplates(Map<OutcomeState, String> newTemplates) {
        return new Outcome(id, planId, phrase, why, neededBy, owner, secondaryOwner, sortOrder, override, newTemplates);
    }

    public Outcome withOverride(StateOverride newOverride) {
        return new Outcome(id, planId, phrase, why, neededBy, owner, secondaryOwner, sortOrder, newOverride, phraseTemplates);
    }
}
