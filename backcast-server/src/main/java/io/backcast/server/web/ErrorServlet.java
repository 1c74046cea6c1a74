package io.backcast.server.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.backcast.app.Backcast;
import io.backcast.web.Failure;
import io.backcast.web.page.Pages;
import io.backcast.web.status.StatusPages;
import io.backcast.web.status.StatusServlet;

/**
 * Every error Jetty itself answers (no such address, a servlet's {@code sendError}, an
 * exception): JSON under {@code /rest/}, the error page elsewhere, in the language the browser
 * asks for. Never a stack trace.
 */
public final class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Backcast backcast;
    private final transient StatusPages statusPages;

    public ErrorServlet(Backcast backcast, StatusPages statusPages) {
        this.backcast = backcast;
        this.statusPages = statusPages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? Web.path(request)
                : uri.toString().substring(Math.min(request.getContextPath().length(), uri.toString().length()));
        Pages pages = backcast.pages(request);
        String message = Failure.of(status, request.getMethod(), pages.locale()).message();
        response.setHeader("Cache-Control", "no-store");
        if (StatusServlet.isStatusPath(path)) {
            // whatever went wrong under /s/, the neutral page: never the address, never a user
            StatusServlet.secure(response);
            Web.html(response, status, statusPages.notFoundHtml());
        } else if (Web.isRest(path)) {
            Web.json(response, status, message, null);
        } else {
            Web.html(response, status, pages.error(status, message, Web.pageContext(request)));
        }
    }
}
