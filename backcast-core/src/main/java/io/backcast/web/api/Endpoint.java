package io.backcast.web.api;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.port.Viewer;
import io.backcast.web.Failure;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;

/**
 * What every endpoint does around its use case: find the viewer, answer JSON, map failures (worded
 * in the viewer's language).
 */
final class Endpoint {

    private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);

    private final RequestViewers viewers;

    Endpoint(RequestViewers viewers) {
        this.viewers = viewers;
    }

    Response ok(HttpServletRequest request, Function<Viewer, Object> useCase) {
        return answer(request, 200, useCase);
    }

    Response created(HttpServletRequest request, Function<Viewer, Object> useCase) {
        return answer(request, 201, useCase);
    }

    Response noContent(HttpServletRequest request, java.util.function.Consumer<Viewer> useCase) {
        return answer(request, 204, viewer -> {
            useCase.accept(viewer);
            return null;
        });
    }

    private Response answer(HttpServletRequest request, int status, Function<Viewer, Object> useCase) {
        try {
            Viewer viewer = viewers.of(request);
            if (viewer == null) {
                throw new Failure.NotLoggedInException();
            }
            Object result = useCase.apply(viewer);
            if (result == null) {
                return Response.status(status).build();
            }
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Json.write(result)).build();
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e, viewers.locale(request));
            if (failure.unexpected()) {
                LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            } else if (failure.status() == 503) {
                LOG.warn("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            }
            return ApiError.respond(failure);
        }
    }
}
