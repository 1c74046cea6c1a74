package io.backcast.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.backcast.i18n.Languages;

/**
 * A revocable, expiring link that opens one plan's client status page.
 *
 * @param id           0 until stored
 * @param planId       the plan it shows
 * @param label        for whom, e.g. the client's name
 * @param tokenHash    the SHA-256 of the token, lower-case hex; the token itself is never stored
 * @param createdBy    the user key of its maker
 * @param createdAt    when it was made
 * @param expiresAt    when it stops working, or {@code null} for never
 * @param revokedAt    when it was revoked, or {@code null}
 * @param allOutcomes  whether it shows every outcome of the plan, present and future
 * @param outcomeIds   the outcomes it shows when not all; empty when all
 * @param lastViewedAt the last time it was opened, or {@code null}
 * @param viewCount    how often it was opened
 * @param language     the language of the status page it opens: a BCP 47 tag the message bundle
 *                     has, e.g. {@code en} (one kept page serves every visitor, so the link, not
 *                     the visitor, decides)
 */
public record ShareLink(int id, int planId, String label, String tokenHash, String createdBy, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, boolean allOutcomes, Set<Integer> outcomeIds, Instant lastViewedAt,
                        int viewCount, String language) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ShareLink {
        id = Check.id("shareLink.id", id);
        planId = Check.reference("shareLink.planId", planId);
        label = Check.shortText("shareLink.label", label);
        tokenHash = Check.required("shareLink.tokenHash", tokenHash);
        if (!SHA256_HEX.matcher(tokenHash).matches()) {
            throw new ValidationException("shareLink.tokenHash", "must be a SHA-256 hash in lower-case hex");
        }
        createdBy = Check.shortText("shareLink.createdBy", createdBy);
        createdAt = Check.instant("shareLink.createdAt", createdAt);
        expiresAt = Check.optionalInstant("shareLink.expiresAt", expiresAt);
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new ValidationException("shareLink.expiresAt", "must be after the link is made (" + createdAt + ")");
        }
        revokedAt = Check.optionalInstant("shareLink.revokedAt", revokedAt);
        TreeSet<Integer> outcomes = new TreeSet<>();
        for (Integer outcomeId : Check.list("shareLink.outcomeIds", outcomeIds == null ? Set.of() : outcomeIds)) {
            outcomes.add(Check.reference("shareLink.outcomeIds", outcomeId));
        }
        if (allOutcomes && !outcomes.isEmpty()) {
            throw new ValidationException("shareLink.outcomeIds", "must be empty when the link shows all outcomes");
        }
        outcomeIds = Collections.unmodifiableSet(outcomes);
        lastViewedAt = Check.optionalInstant("shareLink.lastViewedAt", lastViewedAt);
        viewCount = Check.id("shareLink.viewCount", viewCount);
        Locale spoken = Languages.byTag(Check.shortText("shareLink.language", language));
        if (spoken == null) {
            throw new ValidationException("shareLink.language", "must be one of " + Languages.tags() + " (was '"
                    + language.strip() + "')");
        }
        language = spoken.toLanguageTag();
    }

    /** A new link for a freshly generated token, in English; no outcomes named means all of them. */
    public static ShareLink create(int planId, String label, ShareToken token, String createdBy, Instant createdAt,
                                   Instant expiresAt, Set<Integer> outcomeIds) {
        return create(planId, label, token, createdBy, createdAt, expiresAt, outcomeIds, null);
    }

    /**
     * A new link for a freshly generated token; no outcomes named means all of them.
     *
     * @param language its page's language, a BCP 47 tag; {@code null} for English
     */
    public static ShareLink create(int planId, String label, ShareToken token, String createdBy, Instant createdAt,
                                   Instant expiresAt, Set<Integer> outcomeIds, String language) {
        boolean all = outcomeIds == null || outcomeIds.isEmpty();
        return new ShareLink(0, planId, label, token.hash(), createdBy, createdAt, expiresAt, null, all,
                all ? Set.of() : outcomeIds, null, 0, language == null ? Languages.DEFAULT.toLanguageTag() : language);
    }

    public ShareLink withId(int newId) {
        return new ShareLink(newId, planId, label, tokenHash, createdBy, createdAt, expiresAt, revokedAt, allOutcomes, outcomeIds,
                lastViewedAt, viewCount, language);
    }

    public ShareLink revokedAt(Instant when) {
        return new ShareLink(id, planId, label, tokenHash, createdBy, createdAt, expiresAt, when, allOutcomes, outcomeIds,
                lastViewedAt, viewCount, language);
    }

    public ShareLink viewedAt(Instant when) {
        return new ShareLink(id, planId, label, tokenHash, createdBy, createdAt, expiresAt, revokedAt, allOutcomes, outcomeIds,
                when, viewCount + 1, language);
    }

    /** The language of its page. */
    public Locale locale() {
        return Languages.byTag(language);
    }

    /** Whether the link opens its page at {@code now}: not revoked, and not yet expired. */
    public boolean opensAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
