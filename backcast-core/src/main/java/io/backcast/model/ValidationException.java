package io.backcast.model;

/**
 * A value that breaks a rule of the model. The message names the field and the rule, for
 * example {@code "outcome.phrase must be at most 255 characters (was 300)"}, so it can be
 * shown to a user as it is; {@link #field()} lets a form or the REST API point at the input.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ValidationException(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
    }

    /** The offending field as a dotted path, such as {@code milestone.durationDays}. */
    public String field() {
        return field;
    }
}
