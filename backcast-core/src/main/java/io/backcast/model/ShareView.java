package io.backcast.model;

import java.time.Instant;

/**
 * One opening of a share link's status page, as logged: when, and the kind of browser in a
 * word or two ("Mobile Safari", "Chrome", "Other"). Never the full User-Agent, never an address.
 *
 * @param id          0 until stored
 * @param shareLinkId the link that was opened
 * @param viewedAt    when
 * @param agent       the coarse browser class, at most 32 characters
 */
public record ShareView(int id, int shareLinkId, Instant viewedAt, String agent) {

    public static final int AGENT_MAX = 32;

    public ShareView {
        id = Check.id("shareView.id", id);
        shareLinkId = Check.reference("shareView.shareLinkId", shareLinkId);
        viewedAt = Check.instant("shareView.viewedAt", viewedAt);
        agent = Check.shortText("shareView.agent", agent);
        if (agent.length() > AGENT_MAX) {
            throw new ValidationException("shareView.agent", "must be a browser class of at most " + AGENT_MAX + " characters");
        }
    }
}
