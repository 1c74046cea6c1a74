package io.backcast.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.web.Failure;
import io.backcast.web.RequestViewers;
import io.backcast.web.api.ApiError;

/**
 * Whatever Jersey itself refuses (no such resource 404, wrong method 405, not JSON 415, …) or
 * a resource fails with answers the API's JSON error, never Jersey's or Jetty's HTML, in the
 * language the browser asks for.
 */
@Provider
public final class JsonExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonExceptionMapper.class);

    private final RequestViewers viewers;

    @Context
    private Request request;

    @Context
    private HttpServletRequest servletRequest;

    /** @param viewers the language of a request ({@code Backcast#viewers()}) */
    public JsonExceptionMapper(RequestViewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                LOG.error("REST request failed", failure);
            }
            Response.ResponseBuilder answer = Response.fromResponse(
                    ApiError.respond(Failure.of(status, method(), locale())));
            if (original.getHeaderString("Allow") != null) {
                answer.header("Allow", original.getHeaderString("Allow"));
            }
            return answer.build();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                // Jetty refused the request while Jersey read it, e.g. a chunked body over the size limit
                return ApiError.respond(Failure.of(http.getCode(), method(), locale()));
            }
        }
        if (failure instanceof RuntimeException runtime) {
            LOG.error("REST request failed", failure);
            return ApiError.of(runtime, locale());
        }
        LOG.error("REST request failed", failure);
        return ApiError.respond(Failure.of(500, method(), locale()));
    }

    /** The request's language; {@code null} (English) when no request is in scope. */
    private java.util.Locale locale() {
        try {
            return servletRequest == null ? null : viewers.locale(servletRequest);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String method() {
        try {
            return request == null ? "this" : request.getMethod();
        } catch (RuntimeException e) {
            return "this";
        }
    }
}
