package io.backcast.web.status;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.model.ShareToken;
import io.backcast.port.StoreException;
import io.backcast.port.TransientFailures;

/**
 * {@code GET /s/{token}}: the client status page a share link opens, without a login.
 *
 * <ul>
 * <li>An unknown, revoked or expired token, and anything that is not a token at all, gets the
 *     same 404 page, byte for byte with the same headers, after the same work: every presented
 *     value up to {@value #MAX_TOKEN_LENGTH} characters is hashed and looked up by the
 *     application; no redirect. And at the same time: no 404 leaves sooner than a fixed floor
 *     after its request arrived (5 ms by default), which hides what differences remain in the
 *     look-up (a found row is read, a missing one is not).</li>
 * <li>Every answer carries {@link #secure the status headers}: {@code no-store},
 *     {@code noindex}, {@code no-referrer} and a CSP that allows nothing but the stylesheet and
 *     inline images.</li>
 * <li>Requests are limited per token (by its hash, valid or not, so the limit tells nothing) and
 *     per client address; over the limit: {@code 429} with {@code Retry-After} and a neutral page.</li>
 * <li>The token never reaches a log: this servlet logs failures by their kind only, with the
 *     token (and its hash) cut out of any message, and never the address it was called at.</li>
 * </ul>
 */
public class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StatusServlet.class);

    /** Where the status pages live. */
    public static final String PREFIX = "/s/";
    /** No 404 leaves sooner than this after its request arrived, unless a host sets another floor. */
    public static final Duration DEFAULT_NOT_FOUND_FLOOR = Duration.ofMillis(5);
    /** Longer values are no token (a token has 43 characters); they are refused without a look-up. */
    public static final int MAX_TOKEN_LENGTH = 256;
    /** The User-Agent goes to the application (which keeps only a coarse browser class); longer ones are cut. */
    static final int MAX_USER_AGENT_LENGTH = 512;

    /** Nothing but our stylesheet and inline (data:) images: no script, no form, no frame, no base. */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final transient ClientStatus status;
    private final transient RateLimiter perToken;
    private final transient RateLimiter perAddress;
    private final transient StatusPages neutral;
    private final long notFoundFloorNanos;

    /** The endpoint as the core assembles it ({@code io.backcast.app.Backcast#statusEndpoint}). */
    public StatusServlet(StatusEndpoint endpoint) {
        this.status = endpoint.status();
        this.notFoundFloorNanos = endpoint.notFoundFloor().toNanos();
        this.perToken = new RateLimiter(endpoint.clock(), endpoint.rateLimit().perToken());
        this.perAddress = new RateLimiter(endpoint.clock(), endpoint.rateLimit().perAddress());
        this.neutral = endpoint.neutral();
    }

    /** The headers of every answer under {@code /s/}, whatever it is. */
    public static void secure(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** Whether a request path (below the context) is a status page's. */
    public static boolean isStatusPath(String path) {
        return path != null && (path.equals("/s") || path.startsWith(PREFIX));
    }

    /**
     * GET and HEAD answer the page; any other method the neutral 404 page with {@code 405} and
     * {@code Allow}. Nothing that goes wrong escapes to the container, whose own log lines would
     * name the address and with it the token.
     */
    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) {
        long arrived = System.nanoTime();
        String token = presentedToken(request);
        String tokenHash = ShareToken.hashOf(token);
        boolean head = request.getMethod().equals("HEAD");
        try {
            secure(response);
            if (head || request.getMethod().equals("GET")) {
                answer(request, response, token, tokenHash, head, arrived);
            } else {
                response.setHeader("Allow", "GET, HEAD");
                write(response, 405, neutral.notFound(), false);
            }
        } catch (IOException e) {
            // the client went away while the page was written: nothing to report, least of all where
            LOG.debug("a client status page was not delivered: {}", e.getClass().getName());
        } catch (RuntimeException | Error e) {
            LOG.error("a client status page failed: {}", redact(e, token, tokenHash));
            if (!response.isCommitted()) {
                response.reset();
                secure(response);
                try {
                    write(response, 500, neutral.failed(), head);
                } catch (IOException gone) {
                    LOG.debug("a client status page was not delivered: {}", gone.getClass().getName());
                }
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String token, String tokenHash,
                        boolean head, long arrived) throws IOException {
        long wait = perAddress.tryAcquire(String.valueOf(request.getRemoteAddr()));
        if (wait == 0) {
            wait = perToken.tryAcquire(tokenHash);
        }
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            write(response, 429, neutral.tooMany(), head);
            return;
        }
        Optional<byte[]> page;
        try {
            page = token.length() > MAX_TOKEN_LENGTH ? Optional.empty()
                    : status.open(token, userAgent(request));
        } catch (RuntimeException e) {
            if (!(e instanceof StoreException) && !TransientFailures.isTransient(e)) {
                throw e;
            }
            LOG.warn("a client status page could not be read: {}", redact(e, token, tokenHash));
            write(response, 503, neutral.unavailable(), head);
            return;
        }
        if (page.isEmpty()) {
            waitUntil(arrived + notFoundFloorNanos);
            write(response, 404, neutral.notFound(), head);
            return;
        }
        write(response, 200, page.get(), head);
    }

    /**
     * The floor under every 404: whatever the look-up of an unknown, revoked or expired token
     * took, the answer leaves at the same moment after the request arrived, so small differences
     * in the work (a found row is read, a missing one is not) cannot be measured from outside.
     * A thread waits here; the rate limits bound how many can.
     */
    private static void waitUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String presentedToken(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.isEmpty() ? "" : info.substring(1);
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null || agent.length() <= MAX_USER_AGENT_LENGTH ? agent : agent.substring(0, MAX_USER_AGENT_LENGTH);
    }

    private static void write(HttpServletResponse response, int status, byte[] body, boolean head) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** A failure's kind and message (and its causes'), with the token and its hash cut out. */
    static String redact(Throwable failure, String token, String tokenHash) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (text.length() > 2000) {
                break;
            }
        }
        String redacted = text.toString();
        if (!token.isEmpty()) {
            redacted = redacted.replace(token, "[token]");
        }
        return redacted.replace(tokenHash, "[token hash]");
    }
}
