package io.backcast.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.backcast.server.account.Session;
import io.backcast.web.api.ApiError;
import io.backcast.web.Json;
import io.backcast.web.page.PageContext;

/** The server's web constants and the small things every servlet does. */
public final class Web {

    /** Where the REST API lives. */
    public static final String REST_PREFIX = "/rest/backcast/1.0";
    /** The header that carries the session's CSRF token on every mutating request. */
    public static final String CSRF_HEADER = "X-Backcast-CSRF";
    /** The form field that carries it on {@code /login} and {@code /logout}. */
    public static final String CSRF_FIELD = "csrf";
    public static final String SESSION_COOKIE = "backcast_session";
    /** The pre-session token of the login form (double submit). */
    public static final String LOGIN_COOKIE = "backcast_login";
    static final String SESSION_ATTRIBUTE = Session.class.getName();

    private Web() {
    }

    /** The session the request's cookie named, as the security filter found it. */
    public static Session session(HttpServletRequest request) {
        return (Session) request.getAttribute(SESSION_ATTRIBUTE);
    }

    /**
     * The request path below the context, e.g. {@code /plans/3}: decoded and normalized, as the
     * container mapped it to a servlet, so the security filter judges the path that is served.
     */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String path = servletPath + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    static boolean isRest(String path) {
        return path.equals("/rest") || path.startsWith("/rest/");
    }

    static boolean isMutating(String method) {
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE"));
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** HttpOnly, SameSite=Strict, Secure when the request came over HTTPS; {@code maxAge} 0 deletes it. */
    static void setCookie(HttpServletRequest request, HttpServletResponse response, String name, String value,
                          String path, long maxAgeSeconds) {
        StringBuilder header = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path)
                .append("; Max-Age=").append(maxAgeSeconds)
                .append("; HttpOnly; SameSite=Strict");
        if (request.isSecure()) {
            header.append("; Secure");
        }
        response.addHeader("Set-Cookie", header.toString());
    }

    static PageContext pageContext(HttpServletRequest request, Session session, String csrfToken) {
        return new PageContext(request.getContextPath(), session == null ? null : session.account().username(),
                CSRF_HEADER, csrfToken);
    }

    static PageContext pageContext(HttpServletRequest request) {
        Session session = session(request);
        return pageContext(request, session, session == null ? null : session.csrfToken());
    }

    static void html(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The API's error body: {@code {"status":…,"message":…,"field":…}}. */
    static void json(HttpServletResponse response, int status, String message, String field) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        byte[] bytes = Json.write(new ApiError(status, message, field)).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
