package io.backcast.service;

/**
 * The change is valid on its own but not with the rest of the plan, e.g. a dependency that
 * closes a cycle (HTTP 409). Nothing was changed.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
