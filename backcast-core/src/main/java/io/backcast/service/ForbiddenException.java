package io.backcast.service;

import java.util.Map;

import io.backcast.i18n.WordedException;

/**
 * The viewer may not do this (HTTP 403). Nothing was changed. Its sentence is the message
 * bundle's ({@code error.forbidden.*}), worded in the viewer's language where it is answered.
 */
public class ForbiddenException extends WordedException {
    private static final long serialVersionUID = 1L;

    /** @param key the sentence's key, e.g. {@code "error.forbidden.change"} */
    public ForbiddenException(String key) {
        this(key, Map.of());
    }

    /** @param arguments the values of the sentence's {@code {name}} placeholders */
    public ForbiddenException(String key, Map<String, ?> arguments) {
        super(key, arguments);
    }
}
