package io.backcast.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.backcast.i18n.Languages;
import io.backcast.port.Viewer;

/**
 * How a host tells who sent a request (Jira's logged-in user, or the server's session) and the
 * language they read. The core ({@code io.backcast.app.Backcast#viewers()}) settles the language
 * on one the message bundle has, with the host's default as the fallback, and gives it to the
 * viewer.
 */
@FunctionalInterface
public interface RequestViewers {

    /** The viewer, or {@code null} when nobody is logged in. */
    Viewer of(HttpServletRequest request);

    /**
     * The language the request's sender reads, or {@code null} when it does not say. By default
     * the browser's {@code Accept-Language}: the first language it asks for that the bundle has.
     * Jira's is its user's locale.
     */
    default Locale locale(HttpServletRequest request) {
        return request == null ? null : Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
