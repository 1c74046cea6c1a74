package io.backcast.model;

/** A use case named a plan, outcome, milestone… that does not exist. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, int id) {
        super(kind + " " + id + " does not exist");
    }
}
