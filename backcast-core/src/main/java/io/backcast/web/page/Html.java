package io.backcast.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one escaping helper every template uses for every value it prints, in the Velocity
 * context as {@code $h}: {@code $h.html($x)} in text, {@code $h.attr($x)} inside a double-quoted
 * attribute, {@code $h.js($x)} for data handed to the script (JSON, safe inside HTML), and
 * {@code $h.url($x)} for one path segment or query value. {@code null} prints as nothing.
 * Templates never print a reference any other way; a test scans them for that.
 */
public final class Html {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    /** Text content: {@code & < > " '} escaped; {@link Markup} this package built is printed as it is. */
    public String html(Object value) {
        if (value instanceof Markup markup) {
            return markup.toString();
        }
        return escape(value);
    }

    /** A double-quoted attribute's value: everything {@link #html} escapes, and markup too. */
    public String attr(Object value) {
        return escape(value);
    }

    /**
     * The value as JSON whose strings carry {@code < > & ' "}, U+2028 and U+2029 as {@code \}u escapes,
     * so it can sit in a {@code <script type="application/json">} or, through {@link #attr}, in an attribute.
     */
    public String js(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return JSON.writeValueAsString(value instanceof Markup ? value.toString() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** One path segment or query value, percent-encoded (a space is {@code %20}, a slash {@code %2F}). */
    public String url(Object value) {
        if (value == null) {
            return "";
        }
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Jackson's escapes plus the characters that matter to an HTML parser. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\'', '"', '/', '='}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
