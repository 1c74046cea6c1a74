package io.backcast.server.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.app.Backcast;
import io.backcast.port.StoreException;
import io.backcast.server.account.Account;
import io.backcast.server.account.Accounts;
import io.backcast.server.account.LoginThrottle;
import io.backcast.server.account.Sessions;
import io.backcast.server.account.Tokens;
import io.backcast.web.page.Pages;

/**
 * {@code GET /login} shows the form; {@code POST /login} (fields {@code username},
 * {@code password}, {@code csrf}, optional {@code next}) opens a session. The form is protected
 * against login CSRF by a pre-session token: a SameSite=Strict cookie whose value the form must
 * repeat (double submit). Failures say only "wrong username or password", whatever was wrong;
 * attempts are throttled per username and client address.
 */
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginServlet.class);
    /** The keys of what a failed attempt says. */
    static final String WRONG = "page.login.wrong";
    static final String TOO_MANY = "page.login.tooMany";
    static final String EXPIRED = "page.login.expired";
    static final String UNAVAILABLE = "page.login.unavailable";

    private final transient Accounts accounts;
    private final transient Sessions sessions;
    private final transient LoginThrottle throttle;
    private final transient Backcast backcast;

    public LoginServlet(Accounts accounts, Sessions sessions, LoginThrottle throttle, Backcast backcast) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.backcast = backcast;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Web.session(request) != null) {
            redirect(request, response, safeNext(request.getParameter("next")));
            return;
        }
        form(request, response, 200, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String expected = Web.cookie(request, Web.LOGIN_COOKIE).filter(Tokens::looksLikeToken).orElse(null);
        String submitted = request.getParameter(Web.CSRF_FIELD);
        if (submitted == null) {
            submitted = request.getHeader(Web.CSRF_HEADER);
        }
        if (expected == null || !Tokens.same(expected, submitted)) {
            form(request, response, 403, EXPIRED);
            return;
        }
        String username = Optional.ofNullable(request.getParameter("username")).orElse("");
        String password = request.getParameter("password");
        String address = request.getRemoteAddr();
        if (!throttle.tryAttempt(username, address)) {
            response.setHeader("Retry-After", "60");
            form(request, response, 429, TOO_MANY);
            return;
        }
        Optional<Account> account;
        try {
            account = accounts.authenticate(username, password);
        } catch (StoreException e) {
            LOG.warn("login failed: {}", e.getMessage());
            form(request, response, 503, UNAVAILABLE);
            return;
        }
        if (account.isEmpty()) {
            LOG.info("failed login for '{}' from {}", Accounts.normalize(username), address);
            form(request, response, 401, WRONG);
            return;
        }
        throttle.succeeded(username, address);
        Web.cookie(request, Web.SESSION_COOKIE).ifPresent(sessions::close); // never keep a session across a login
        Sessions.Opened opened = sessions.open(account.get());
        Web.setCookie(request, response, Web.SESSION_COOKIE, opened.token(), cookiePath(request),
                sessions.lifetime().toSeconds());
        Web.setCookie(request, response, Web.LOGIN_COOKIE, "", loginCookiePath(request), 0);
        redirect(request, response, safeNext(request.getParameter("next")));
    }

    /**
     * Shows the form with a pre-session token, reusing the browser's one so several tabs work.
     *
     * @param error the key of what went wrong, or {@code null}
     */
    private void form(HttpServletRequest request, HttpServletResponse response, int status, String error) throws IOException {
        String token = Web.cookie(request, Web.LOGIN_COOKIE).filter(Tokens::looksLikeToken).orElse(null);
        if (token == null || status == 403) {
            token = Tokens.newToken();
        }
        Web.setCookie(request, response, Web.LOGIN_COOKIE, token, loginCookiePath(request), 3600);
        Pages pages = backcast.pages(request);
        Web.html(response, status, pages.login(Web.pageContext(request, null, token), error == null ? null : pages.text().get(error)));
    }

    /** Only a path on this server, never another site ({@code //host}) or a header injection. */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.startsWith("/login") || next.startsWith("/logout")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return next;
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + path);
    }

    static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static String loginCookiePath(HttpServletRequest request) {
        return request.getContextPath() + "/login";
    }
}
