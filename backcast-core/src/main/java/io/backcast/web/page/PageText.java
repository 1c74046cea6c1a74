package io.backcast.web.page;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words from the message bundle {@code io.backcast.i18n.messages} (keys {@code page.*}),
 * in the Velocity context as {@code $t}: templates print {@code $h.html($t.get('page.x'))}.
 * Placeholders are {@code {name}}, filled in one pass so a value is never read as a template.
 */
public final class PageText {

    private static final String BUNDLE = "io.backcast.i18n.messages";

    private final ResourceBundle bundle;

    public PageText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The message, or the key itself in brackets when the bundle lacks it (visible, never a crash). */
    public String get(String key) {
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

    /** The message with its {@code {name}} placeholders filled. */
    public String fill(String key, Map<String, ?> values) {
        return fill(get(key), values, true);
    }

    /** The count's ".one" message when {@code count == 1} and the bundle has one, else the plain one. */
    public String count(String key, long count, Map<String, ?> values) {
        String chosen = count == 1 && has(key + ".one") ? key + ".one" : count == 0 && has(key + ".zero") ? key + ".zero" : key;
        return fill(chosen, values);
    }

    static String fill(String template, Map<String, ?> values, boolean keepUnknown) {
        return io.backcast.rollup.Placeholders.fill(template, values, keepUnknown);
    }
}
