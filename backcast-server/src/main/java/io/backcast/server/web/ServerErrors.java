package io.backcast.server.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import io.backcast.app.Backcast;
import io.backcast.i18n.Languages;
import io.backcast.web.Failure;
import io.backcast.web.Json;
import io.backcast.web.api.ApiError;
import io.backcast.web.page.PageContext;
import io.backcast.web.page.Pages;
import io.backcast.web.status.StatusPages;
import io.backcast.web.status.StatusServlet;

/**
 * The errors Jetty answers before a request reaches the application (a malformed request, a
 * body over the size limit): JSON under {@code /rest/}, the neutral status page with the
 * status headers under {@code /s/}, the error page elsewhere, as inside, in the language the
 * browser asks for. Always {@code no-store},
 * {@code no-referrer} and {@code noindex}: an address Jetty cannot parse may have been a share link.
 */
public final class ServerErrors extends ErrorHandler {

    private final Backcast backcast;
    private final StatusPages statusPages;

    public ServerErrors(Backcast backcast, StatusPages statusPages) {
        this.backcast = backcast;
        this.statusPages = statusPages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean statusPage = request.getHttpURI() != null && (StatusServlet.isStatusPath(path)
                || StatusServlet.isStatusPath(request.getHttpURI().getCanonicalPath())
                || StatusServlet.isStatusPath(request.getHttpURI().getDecodedPath()));
        Pages pages = backcast.pages(Languages.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
        String message = Failure.of(status, request.getMethod(), pages.locale()).message();
        String body;
        if (statusPage) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            response.getHeaders().put("X-Robots-Tag", "noindex");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            response.getHeaders().put("Content-Security-Policy", StatusServlet.CSP);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("X-Frame-Options", "DENY");
            body = statusPages.notFoundHtml();
        } else if (path != null && Web.isRest(path)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            body = Json.write(new ApiError(status, message, null));
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            body = pages.error(status, message, new PageContext("", null, null, null));
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // a request Jetty cannot even parse may have been a status page's: never pass its address on
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("X-Robots-Tag", "noindex");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
