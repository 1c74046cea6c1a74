package io.backcast.i18n;

import java.util.Map;

/**
 * A failure whose sentence is the message bundle's: it carries the key and the values of its
 * placeholders, and the edge that answers it ({@code io.backcast.web.Failure}) words it in the
 * viewer's language. {@link #getMessage()} is the English wording, for logs and tests.
 */
public abstract class WordedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Map<String, ?> arguments;

    /**
     * @param key       the sentence's key, a literal (e.g. {@code "error.forbidden.change"})
     * @param arguments the values of its {@code {name}} placeholders
     */
    protected WordedException(String key, Map<String, ?> arguments) {
        super(Texts.of(Languages.DEFAULT).fill(key, arguments));
        this.key = key;
        this.arguments = Map.copyOf(arguments);
    }

    /** A failure worded already, e.g. by a rule of the model ({@code key()} is {@code null}). */
    protected WordedException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.arguments = Map.of();
    }

    /** The sentence's key, or {@code null} when the message is worded already. */
    public String key() {
        return key;
    }

    /** The values of the sentence's placeholders. */
    public Map<String, ?> arguments() {
        return arguments;
    }

    /** The sentence in the language of {@code texts}. */
    public String message(Texts texts) {
        return key == null ? getMessage() : texts.fill(key, arguments);
    }
}
