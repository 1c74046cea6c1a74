package io.backcast.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Backcast's words in one language, from the message bundle {@code io.backcast.i18n.messages}:
 * the one place every user-visible sentence is looked up, for pages, phrases and failures alike.
 * A key is a string literal at the call ({@code texts.get("page.plans.title")},
 * {@code new ForbiddenException("error.forbidden.change")}) or a literal prefix plus an enum's
 * name ({@code "state." + state}), so {@code MessageKeysTest} finds every key and fails when the
 * bundle lacks one. Placeholders are {@code {name}}, filled in one pass so a value is never read as
 * a template. Thread-safe.
 */
public class Texts {

    /** The bundle's base name; English is its base file. */
    public static final String BUNDLE = "io.backcast.i18n.messages";

    /**
     * The register of the client status page: a key with a {@code .client} variant reads that
     * variant there ("2 working days to spare", "sets the date"), since a client does not speak in
     * floats and critical paths (design §3.1).
     */
    public static final String CLIENT = "client";

    private static final ConcurrentMap<Locale, Texts> CACHE = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Locale, Texts> CLIENT_CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final String register;

    /** The words of the bundle's language closest to {@code locale} (English when it has none). */
    public Texts(Locale locale) {
        this(locale, null);
    }

    /**
     * The words of a language in a register: a key's {@code .register} variant, where the bundle
     * has one, stands in for the key ({@link #CLIENT}); {@code null} for the plain words.
     */
    protected Texts(Locale locale, String register) {
        this.register = register;
        this.locale = Languages.supported(locale, Languages.DEFAULT);
        // no fallback to the JVM's default locale: a language the bundle lacks reads English
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of a language, shared. */
    public static Texts of(Locale locale) {
        Locale language = Languages.supported(locale, Languages.DEFAULT);
        return CACHE.computeIfAbsent(language, Texts::new);
    }

    /** The words of a language as the client status page says them ({@link #CLIENT}), shared. */
    public static Texts forClients(Locale locale) {
        Locale language = Languages.supported(locale, Languages.DEFAULT);
        return CLIENT_CACHE.computeIfAbsent(language, l -> new Texts(l, CLIENT));
    }

    /** The language these words are in (one the bundle has). */
    public Locale locale() {
        return locale;
    }

    /** The message, or the key itself in brackets when the bundle lacks it (visible, never a crash). */
    public String get(String key) {
        if (register != null && bundle.containsKey(key + "." + register)) {
            return bundle.getString(key + "." + register);
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message with its {@code {name}} placeholders filled; an unknown placeholder stays as written. */
    public String fill(String key, Map<String, ?> values) {
        return Placeholders.fill(get(key), values, true);
    }

    /**
     * The count's message: the key's {@code .one} variant when {@code count == 1}, its {@code .zero}
     * variant when {@code count == 0} (each when the bundle has it), else the key itself; filled.
     */
    public String count(String key, long count, Map<String, ?> values) {
        return fill(countKey(key, count), values);
    }

    /** The key {@link #count} words {@code count} with. */
    public String countKey(String key, long count) {
        return count == 1 && has(key + ".one") ? key + ".one" : count == 0 && has(key + ".zero") ? key + ".zero" : key;
    }
}
