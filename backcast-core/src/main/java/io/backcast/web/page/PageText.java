package io.backcast.web.page;

import java.util.Locale;

import io.backcast.i18n.Texts;

/**
 * The pages' words ({@link Texts}, keys {@code page.*}), in the Velocity context as {@code $t}:
 * templates print {@code $h.html($t.get('page.x'))}, always with the key as a literal, so
 * {@code MessageKeysTest} finds it.
 */
public final class PageText extends Texts {

    public PageText(Locale locale) {
        super(locale);
    }

    /** The pages' words as the client status page says them ({@link Texts#CLIENT}). */
    static PageText inClientWords(Locale locale) {
        return new PageText(locale, CLIENT);
    }

    private PageText(Locale locale, String register) {
        super(locale, register);
    }
}
