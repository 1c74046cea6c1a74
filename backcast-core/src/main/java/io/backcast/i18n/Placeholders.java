package io.backcast.i18n;

import java.util.Map;

/**
 * Fills {@code {name}} placeholders in one pass, for phrases and page texts alike: values are
 * never read as templates, and a stray "{" before a placeholder is text (as {@code Outcome}
 * reads its templates).
 */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * @param keepUnknown whether a placeholder with no entry in {@code values} stays as written
     *                    (else it disappears); a present entry whose value is {@code null} always disappears
     */
    public static String fill(String template, Map<String, ?> values, boolean keepUnknown) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, at, template.length());
                break;
            }
            open = template.lastIndexOf('{', close);
            String name = template.substring(open + 1, close);
            Object value = values.get(name);
            out.append(template, at, open);
            if (value != null) {
                out.append(value);
            } else if (keepUnknown && !values.containsKey(name)) {
                out.append(template, open, close + 1);
            }
            at = close + 1;
        }
        return out.toString();
    }
}
