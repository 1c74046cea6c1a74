package io.backcast.service;

import java.util.Map;

import io.backcast.i18n.WordedException;
import io.backcast.model.ValidationException;

/**
 * The change is valid on its own but not with the rest of the plan, e.g. a dependency that
 * closes a cycle (HTTP 409). Nothing was changed. Its sentence is the message bundle's
 * ({@code error.conflict.*}), worded in the viewer's language where it is answered, or a rule of
 * the model's ({@link #of}), which keeps its technical wording.
 */
public class ConflictException extends WordedException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the input at fault
     * @param key   the sentence's key, e.g. {@code "error.conflict.ownAccount"}
     */
    public ConflictException(String field, String key) {
        this(field, key, Map.of());
    }

    /** @param arguments the values of the sentence's {@code {name}} placeholders */
    public ConflictException(String field, String key, Map<String, ?> arguments) {
        super(key, arguments);
        this.field = field;
    }

    private ConflictException(String field, String message, ValidationException rule) {
        super(message, rule);
        this.field = field;
    }

    /** A rule of the model that the rest of the plan breaks, with its field and the rule's words after it. */
    public static ConflictException of(ValidationException rule) {
        return new ConflictException(rule.field(), rule.getMessage().substring(rule.field().length()).strip(), rule);
    }

    public String field() {
        return field;
    }
}
