package io.backcast.port;

import java.util.Locale;
import java.util.Objects;

import io.backcast.model.Check;

/**
 * Who is looking: work is resolved as this user may see it in Jira, so no one sees work they
 * could not see there; words are in the language they read. A viewer is the same person
 * whatever the language: equality and hash are the user key's.
 *
 * @param userKey the Jira user key
 * @param locale  the language they read (a Jira user's locale, a browser's), or {@code null} for
 *                the host's default
 */
public record Viewer(String userKey, Locale locale) {

    public Viewer {
        userKey = Check.shortText("viewer.userKey", userKey);
    }

    /** A viewer who reads the host's default language. */
    public Viewer(String userKey) {
        this(userKey, null);
    }

    /** The same person reading {@code language}. */
    public Viewer withLocale(Locale language) {
        return new Viewer(userKey, language);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Viewer viewer && userKey.equals(viewer.userKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userKey);
    }
}
