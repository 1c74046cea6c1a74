package io.backcast.web;

import io.backcast.model.NotFoundException;
import io.backcast.model.ValidationException;
import io.backcast.port.StoreException;
import io.backcast.service.ConflictException;
import io.backcast.service.ForbiddenException;

/**
 * How a failed request is answered, in both hosts and on every surface (REST, pages, the
 * container's own errors): the one mapping from what went wrong to an HTTP status and a sentence
 * a person can read. Never a stack trace.
 *
 * @param status  the HTTP status
 * @param message what to tell the person
 * @param field   the input at fault, or {@code null}
 */
public record Failure(int status, String message, String field) {

    /** Nobody is logged in (HTTP 401). */
    public static final class NotLoggedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotLoggedInException() {
            super("not logged in");
        }
    }

    /** The answer to anything a use case threw. */
    public static Failure of(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            return new Failure(400, invalid.getMessage(), invalid.field());
        }
        if (failure instanceof NotFoundException missing) {
            return new Failure(404, missing.getMessage(), null);
        }
        if (failure instanceof ForbiddenException forbidden) {
            return new Failure(403, forbidden.getMessage(), null);
        }
        if (failure instanceof ConflictException conflict) {
            return new Failure(409, conflict.getMessage(), conflict.field());
        }
        if (failure instanceof NotLoggedInException) {
            return of(401, null);
        }
        if (failure instanceof StoreException) {
            return new Failure(503, "The database could not complete the request; nothing was changed. Try again.", null);
        }
        return of(500, null);
    }

    /** The answer for a status alone (the container's and the framework's refusals). */
    public static Failure of(int status, String method) {
        return new Failure(status, message(status, method == null ? "this" : method), null);
    }

    /** Whether this is our fault and worth a log line with the cause (500 and over, not a busy database). */
    public boolean unexpected() {
        return status >= 500 && status != 503;
    }

    private static String message(int status, String method) {
        return switch (status) {
            case 400 -> "The request was malformed.";
            case 401 -> "Log in first.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take " + method + " requests.";
            case 406 -> "This address answers JSON only (Accept: application/json).";
            case 413 -> "The request is too large.";
            case 415 -> "Send the body as JSON (Content-Type: application/json).";
            case 503 -> "The server is busy or stopping; try again.";
            default -> status >= 500 ? "Something went wrong on our side; nothing was changed."
                    : "The request was refused (" + status + ").";
        };
    }
}
