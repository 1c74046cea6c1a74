package io.backcast.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.backcast.server.account.Sessions;

/** {@code POST /logout} (CSRF-checked by {@link SecurityFilter}): ends the session, back to the login form. */
public final class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Sessions sessions;

    public LogoutServlet(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Web.cookie(request, Web.SESSION_COOKIE).ifPresent(sessions::close);
        Web.setCookie(request, response, Web.SESSION_COOKIE, "", LoginServlet.cookiePath(request), 0);
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + "/login");
    }
}
