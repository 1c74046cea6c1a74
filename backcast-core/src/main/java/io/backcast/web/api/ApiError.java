package io.backcast.web.api;

import java.util.Locale;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.web.Failure;
import io.backcast.web.Json;

/**
 * How the API answers a failed request: a JSON object with the status, a message a person can
 * read and, where one input is at fault, its field. Never a stack trace.
 */
public record ApiError(int status, String message, String field) {

    /** The response for anything a use case threw, worded in {@code locale} ({@link Failure#of(Throwable, Locale)}). */
    public static Response of(RuntimeException failure, Locale locale) {
        return respond(Failure.of(failure, locale));
    }

    /** The response for a failure. */
    public static Response respond(Failure failure) {
        return respond(failure.status(), failure.message(), failure.field());
    }

    public static Response respond(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.write(new ApiError(status, message, field))).build();
    }
}
