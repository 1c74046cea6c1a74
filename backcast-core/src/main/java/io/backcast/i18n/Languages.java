package io.backcast.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages Backcast's message bundle has ({@code io/backcast/i18n/messages*.properties}),
 * and how a wish (a Jira user's locale, a browser's {@code Accept-Language}, a share link's
 * language) becomes one of them. English is the base bundle and the fallback. Pure Java: the
 * model validates a share link's language here.
 *
 * <p>To add a language: add {@code messages_xx.properties} with every key, its tag here, and
 * {@code language.xx} (its name in its own words) to every bundle; {@code MessageKeysTest} checks
 * all three.
 */
public final class Languages {

    /** The base bundle's language, and every fallback's. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** Longer {@code Accept-Language} headers are not read (no browser sends one). */
    private static final int MAX_ACCEPT_LANGUAGE = 1_000;

    private static final List<Locale> ALL = List.of(Locale.ENGLISH);

    private Languages() {
    }

    /** The languages the bundle has, the default first. */
    public static List<Locale> all() {
        return ALL;
    }

    /** Their BCP 47 tags, e.g. {@code en}. */
    public static List<String> tags() {
        return ALL.stream().map(Locale::toLanguageTag).toList();
    }

    /** The language of a BCP 47 tag the bundle has (case aside), or {@code null}. */
    public static Locale byTag(String tag) {
        if (tag == null) {
            return null;
        }
        for (Locale language : ALL) {
            if (language.toLanguageTag().equalsIgnoreCase(tag.strip())) {
                return language;
            }
        }
        return null;
    }

    /**
     * The bundle's language closest to {@code wanted} (the same tag, else the same language:
     * {@code en-GB} reads English), or {@code fallback} when it has none, or nothing was wanted.
     */
    public static Locale supported(Locale wanted, Locale fallback) {
        return supported(wanted, fallback, ALL);
    }

    static Locale supported(Locale wanted, Locale fallback, List<Locale> languages) {
        if (wanted == null) {
            return fallback;
        }
        Locale found = Locale.lookup(List.of(new Locale.LanguageRange(wanted.toLanguageTag())), languages);
        return found == null ? fallback : found;
    }

    /**
     * The bundle's language a browser's {@code Accept-Language} header asks for first (by its
     * weights; {@code de-CH, en;q=0.8} reads English while there is no German), or {@code null}
     * when the header is missing, malformed or names none of them.
     */
    public static Locale fromAcceptLanguage(String header) {
        return fromAcceptLanguage(header, ALL);
    }

    static Locale fromAcceptLanguage(String header, List<Locale> languages) {
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
            return null;
        }
        try {
            return Locale.lookup(Locale.LanguageRange.parse(header), languages);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
