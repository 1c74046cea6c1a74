package io.backcast.server.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.app.Backcast;
import io.backcast.port.StoreException;
import io.backcast.server.account.RoleAccessPolicy;
import io.backcast.server.account.Session;
import io.backcast.server.account.Sessions;
import io.backcast.server.account.Tokens;
import io.backcast.web.Failure;
import io.backcast.web.page.Pages;
import io.backcast.web.status.StatusServlet;

/**
 * In front of everything: finds the session from its cookie, sends the security headers, keeps
 * out whoever is not logged in (REST: 401 JSON; pages: redirect to the login form) and refuses
 * every mutating request without the session's CSRF token (header {@value Web#CSRF_HEADER}, or
 * the form field {@value Web#CSRF_FIELD} on {@code /logout}). Open without a session:
 * {@code /login}, {@code /static/*}, {@code /favicon.ico}, {@code /healthz}, and the client status
 * pages {@code /s/*}, which get {@link StatusServlet#secure their own headers} and no session.
 */
public final class SecurityFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityFilter.class);
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Sessions sessions;
    private final Backcast backcast;

    public SecurityFilter(Sessions sessions, Backcast backcast) {
        this.sessions = sessions;
        this.backcast = backcast;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = Web.path(request);
        if (StatusServlet.isStatusPath(path)) {
            // the client status page: no login and no session (a logged-in editor sees what the
            // client sees), its own stricter headers; it answers every method itself
            StatusServlet.secure(response);
            chain.doFilter(request, response);
            return;
        }
        if (request.getMethod().equals("TRACE")) { // it would echo the cookies back
            response.sendError(405);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (path.equals("/healthz") || path.startsWith("/static/") || path.equals("/favicon.ico")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CSP);
        boolean rest = Web.isRest(path);
        Pages pages = backcast.pages(request);
        Session session;
        try {
            session = Web.cookie(request, Web.SESSION_COOKIE).flatMap(sessions::find).orElse(null);
        } catch (StoreException e) {
            LOG.warn("could not read the session: {}", e.getMessage());
            if (rest) {
                Web.json(response, 503, pages.text().get("error.sessionUnavailable"), null);
            } else {
                response.sendError(503);
            }
            return;
        }
        if (session != null) {
            request.setAttribute(Web.SESSION_ATTRIBUTE, session);
        }
        if (path.equals("/login")) {
            chain.doFilter(request, response);
            return;
        }
        if (session == null) {
            if (rest) {
                Web.json(response, 401, Failure.of(401, null, pages.locale()).message(), null);
            } else {
                redirectToLogin(request, response, path);
            }
            return;
        }
        if (Web.isMutating(request.getMethod()) && !carriesCsrfToken(request, session, rest)) {
            if (rest) {
                Web.json(response, 403, pages.text().get("error.csrf"), null);
            } else {
                Web.html(response, 403, pages.error(403, pages.text().get("error.csrf.form"), Web.pageContext(request)));
            }
            return;
        }
        RoleAccessPolicy.serving(session.account());
        try {
            chain.doFilter(request, response);
        } finally {
            RoleAccessPolicy.serving(null);
        }
    }

    private static boolean carriesCsrfToken(HttpServletRequest request, Session session, boolean rest) {
        String header = request.getHeader(Web.CSRF_HEADER);
        if (header != null || rest) {
            return Tokens.same(session.csrfToken(), header);
        }
        String contentType = Optional.ofNullable(request.getContentType()).orElse("");
        if (!contentType.startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        return Tokens.same(session.csrfToken(), request.getParameter(Web.CSRF_FIELD));
    }

    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String target = request.getContextPath() + "/login";
        if (request.getMethod().equals("GET") && !path.equals("/")) {
            String query = request.getQueryString();
            String next = path + (query == null ? "" : "?" + query);
            target += "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        response.setStatus(303);
        response.setHeader("Location", target);
    }
}
