package io.backcast.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.model.ValidationException;
import io.backcast.port.StoreException;
import io.backcast.service.ConflictException;
import io.backcast.service.ForbiddenException;
import io.backcast.store.NotFoundException;
import io.backcast.web.Json;

/**
 * How the API answers a failed request: a JSON object with the status, a message a person can
 * read and, where one input is at fault, its field. Never a stack trace.
 */
public record ApiError(int status, String message, String field) {

    /** The response for anything a use case threw. */
    public static Response of(RuntimeException failure) {
        if (failure instanceof ValidationException invalid) {
            return respond(400, invalid.getMessage(), invalid.field());
        }
        if (failure instanceof NotFoundException missing) {
            return respond(404, missing.getMessage(), null);
        }
        if (failure instanceof ForbiddenException forbidden) {
            return respond(403, forbidden.getMessage(), null);
        }
        if (failure instanceof ConflictException conflict) {
            return respond(409, conflict.getMessage(), conflict.field());
        }
        if (failure instanceof NotLoggedInException) {
            return respond(401, "Log in first.", null);
        }
        if (failure instanceof StoreException) {
            return respond(503, "The database could not complete the request; nothing was changed. Try again.", null);
        }
        return respond(500, "Something went wrong on our side; nothing was changed.", null);
    }

    public static Response respond(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.write(new ApiError(status, message, field))).build();
    }

    /** Nobody is logged in (HTTP 401). */
    public static final class NotLoggedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotLoggedInException() {
            super("not logged in");
        }
    }
}
