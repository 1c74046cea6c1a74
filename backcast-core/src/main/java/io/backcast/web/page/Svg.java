package io.backcast.web.page;

import java.util.Locale;

/**
 * A small SVG writer: every attribute value and every text goes through {@link Html#escape}, so
 * nothing a user typed can become markup. Numbers print with at most one decimal.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens an element; {@code attributes} are name, value pairs. */
    Svg open(String element, Object... attributes) {
        start(element, attributes);
        out.append('>');
        return this;
    }

    /** An element without children. */
    Svg empty(String element, Object... attributes) {
        start(element, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Svg text(String element, String text, Object... attributes) {
        start(element, attributes);
        out.append('>').append(Html.escape(text)).append("</").append(element).append('>');
        return this;
    }

    Svg close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    Svg newline() {
        out.append('\n');
        return this;
    }

    private void start(String element, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(format(value))).append('"');
        }
    }

    static String format(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f);
        }
        return String.valueOf(value);
    }

    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return String.valueOf((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** Shortens a label to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(1, max - 1));
        return text.substring(0, end).stripTrailing() + "…";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
