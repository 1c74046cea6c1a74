package io.backcast.service;

/** The viewer may not do this (HTTP 403). Nothing was changed. */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
