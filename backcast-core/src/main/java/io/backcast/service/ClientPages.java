package io.backcast.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import io.backcast.model.ShareLink;

/**
 * The client status pages share links open, rendered once and served again while they would
 * come out the same (design §7: compute on change, never per page view).
 *
 * <p>A page kept for a link is served again when, at this opening,
 * <ul>
 * <li>the plan's revision is the one it was built at: no use case changed the plan since (read
 *     from the database at every opening, so an edit on any node reaches every node's cache at
 *     once);</li>
 * <li>the link is the same, and so is the day (states and the today line move with it);</li>
 * <li>it is younger than {@code maxAge}: the bound on how late work done in Jira, which
 *     changes no plan row, reaches the client.</li>
 * </ul>
 * Nothing that decides <em>whether</em> a page opens is kept: every opening looks the token up,
 * checks the link's revocation and expiry and its maker's access ({@link ShareService#opening}),
 * and is logged. A revoked link stops at once; an expired one at its expiry instant.
 *
 * <p>One instance per host: {@code render} must turn a status into the same page at every call.
 *
 * @param <P> a rendered page, as the host writes it (the server keeps UTF-8 bytes)
 */
public final class ClientPages<P> {

    /** How long a page is served without being built again when the plan has not changed. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);
    /** More links than this at once and the cache starts afresh (it holds a page per link). */
    static final int MAX_KEPT = 10_000;

    private record Kept<P>(ShareLink link, int planRevision, LocalDate day, Instant builtAt, P page) {

        boolean serves(ShareService.Opening opening, LocalDate today, Instant now, Duration maxAge) {
            return planRevision == opening.planRevision() && link.equals(opening.link()) && day.equals(today)
                    && now.isBefore(builtAt.plus(maxAge)) && !now.isBefore(builtAt);
        }
    }

    private final ShareService shares;
    private final Function<StatusView, P> render;
    private final Clock clock;
    private final Duration maxAge;
    private final ConcurrentMap<Integer, Kept<P>> kept = new ConcurrentHashMap<>();

    /**
     * @param render turns a status into the page, the same way at every call
     * @param maxAge how long a page of an unchanged plan is served (zero: never kept)
     */
    public ClientPages(ShareService shares, Function<StatusView, P> render, Clock clock, Duration maxAge) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        this.shares = shares;
        this.render = render;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * The page a presented token opens, or empty when it is unknown, revoked or expired (alike),
     * or its maker may no longer see the plan. Every opening is logged.
     *
     * @param presentedToken what the client presented, maybe not a token at all
     * @param userAgent      the request's User-Agent, or {@code null}
     */
    public Optional<P> open(String presentedToken, String userAgent) {
        Optional<ShareService.Opening> found = shares.opening(presentedToken);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ShareService.Opening opening = found.get();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Kept<P> page = kept.get(opening.link().id());
        if (page == null || !page.serves(opening, today, now, maxAge)) {
            Optional<StatusView> status = shares.status(opening);
            if (status.isEmpty()) {
                return Optional.empty();
            }
            page = new Kept<>(opening.link(), opening.planRevision(), today, now, render.apply(status.get()));
            keep(page);
        }
        shares.recordView(opening, userAgent);
        return Optional.of(page.page());
    }

    /** How many pages are kept now. */
    int size() {
        return kept.size();
    }

    private void keep(Kept<P> page) {
        if (maxAge.isZero()) {
            return;
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(page.link().id(), page);
    }
}
