package io.backcast.web;

import java.util.Locale;
import java.util.Map;

import io.backcast.i18n.Texts;
import io.backcast.model.NotFoundException;
import io.backcast.model.ValidationException;
import io.backcast.port.StoreException;
import io.backcast.service.ConflictException;
import io.backcast.service.ForbiddenException;

/**
 * How a failed request is answered, in both hosts and on every surface (REST, pages, the
 * container's own errors): the one mapping from what went wrong to an HTTP status and a sentence
 * a person can read, in the viewer's language (the message bundle's {@code error.*}). Never a
 * stack trace. A rule of the model ({@link ValidationException}) keeps its technical wording:
 * the field and the rule.
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

    /** The answer to anything a use case threw, worded in {@code locale}. */
    public static Failure of(Throwable failure, Locale locale) {
        Texts texts = Texts.of(locale);
        if (failure instanceof ValidationException invalid) {
            return new Failure(400, invalid.getMessage(), invalid.field());
        }
        if (failure instanceof NotFoundException missing) {
            return new Failure(404, texts.fill("error.notFound", Map.of("kind", missing.kind(), "id", missing.id())), null);
        }
        if (failure instanceof ForbiddenException forbidden) {
            return new Failure(403, forbidden.message(texts), null);
        }
        if (failure instanceof ConflictException conflict) {
            return new Failure(409, conflict.message(texts), conflict.field());
        }
        if (failure instanceof NotLoggedInException) {
            return of(401, null, locale);
        }
        if (failure instanceof StoreException) {
            return new Failure(503, texts.get("error.database"), null);
        }
        return of(500, null, locale);
    }

    /** The answer for a status alone (the container's and the framework's refusals), worded in {@code locale}. */
    public static Failure of(int status, String method, Locale locale) {
        return new Failure(status, message(status, method == null ? "this" : method, Texts.of(locale)), null);
    }

    /** Whether this is our fault and worth a log line with the cause (500 and over, not a busy database). */
    public boolean unexpected() {
        return status >= 500 && status != 503;
    }

    private static String message(int status, String method, Texts texts) {
        String key = "error.http." + status;
        if (texts.has(key)) {
            return texts.fill(key, Map.of("method", method));
        }
        return status >= 500 ? texts.get("error.http.failed") : texts.fill("error.http.refused", Map.of("status", status));
    }
}
