package io.backcast.port;

import io.backcast.model.Check;

/**
 * Who is looking: work is resolved as this user may see it in Jira, so no one sees work they
 * could not see there.
 *
 * @param userKey the Jira user key
 */
public record Viewer(String userKey) {

    public Viewer {
        userKey = Check.shortText("viewer.userKey", userKey);
    }
}
