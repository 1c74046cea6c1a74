package io.backcast.model;

/**
 * A use case named a plan, outcome, milestone… that does not exist. The message names the
 * thing and its id, e.g. {@code "plan 3 does not exist"}; where it is answered, the sentence is
 * the message bundle's ({@code error.notFound}) with {@link #kind()} and {@link #id()}.
 */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final int id;

    /** @param kind what was looked for, e.g. {@code "share link"} */
    public NotFoundException(String kind, int id) {
        super(kind + " " + id + " does not exist");
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for, e.g. {@code "plan"}. */
    public String kind() {
        return kind;
    }

    public int id() {
        return id;
    }
}
