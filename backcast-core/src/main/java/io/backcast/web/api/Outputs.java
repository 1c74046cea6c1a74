package io.backcast.web.api;

import java.time.Instant;
import java.util.Set;

import io.backcast.model.ShareLink;

/** What the API answers where a model value must not go out as it is. */
final class Outputs {

    private Outputs() {
    }

    /**
     * A share link without its token hash (the token itself is never stored).
     *
     * @param open     whether it opens its page now: not revoked, not expired
     * @param language the language of its page, a BCP 47 tag
     */
    record ShareLinkOutput(int id, int planId, String label, String createdBy, Instant createdAt, Instant expiresAt,
                           Instant revokedAt, boolean allOutcomes, Set<Integer> outcomeIds, Instant lastViewedAt,
                           int viewCount, boolean open, String language) {

        static ShareLinkOutput of(ShareLink link, boolean open) {
            return new ShareLinkOutput(link.id(), link.planId(), link.label(), link.createdBy(), link.createdAt(),
                    link.expiresAt(), link.revokedAt(), link.allOutcomes(), link.outcomeIds(), link.lastViewedAt(),
                    link.viewCount(), open, link.language());
        }
    }

    /** A link just made and its token, shown this once: the page's address is {@code …/s/{token}}. */
    record NewShareLinkOutput(ShareLinkOutput link, String token) {
    }
}
