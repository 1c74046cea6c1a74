package io.backcast.server.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.server.account.Role;
import io.backcast.server.account.Session;
import io.backcast.web.Failure;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;
import io.backcast.web.api.ApiError;

/**
 * {@code GET /session}: who is logged in, and the CSRF token (and its header) that API clients
 * must send with every mutating request. Readable only by the session's own origin.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final RequestViewers viewers;

    /** @param viewers the language of a request ({@code Backcast#viewers()}) */
    public SessionResource(RequestViewers viewers) {
        this.viewers = viewers;
    }

    record SessionOutput(String username, Role role, String csrfHeader, String csrfToken, Instant expiresAt) {
    }

    @GET
    public Response get(@Context HttpServletRequest request) {
        Session session = Web.session(request);
        if (session == null) {
            return ApiError.respond(Failure.of(401, null, viewers.locale(request)));
        }
        return Response.ok(Json.write(new SessionOutput(session.account().username(), session.account().role(),
                Web.CSRF_HEADER, session.csrfToken(), session.expiresAt())), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
