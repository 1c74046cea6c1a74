package io.backcast.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.backcast.model.Plan;
import io.backcast.model.ShareLink;
import io.backcast.model.ShareToken;
import io.backcast.model.ShareView;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.store.CheckInRepository;
import io.backcast.model.NotFoundException;
import io.backcast.store.PlanRepository;
import io.backcast.store.ShareLinkRepository;

/**
 * Share links and the client status page they open (design §6).
 * <ul>
 * <li>Editors make, list and revoke links. A new link's token (256 random bits) is handed back
 *     once, in {@link NewShareLink}; only its SHA-256 is stored.</li>
 * <li>{@link #open} answers the status page for a presented token, or nothing when the token
 *     is unknown, revoked or expired: the three are alike to the caller. Revocation works at
 *     once (every opening reads the link's row); a link stops at its expiry instant.</li>
 * <li>The page shows the plan as the link's creator sees it in Jira, mapped by
 *     {@link StatusViews} to outcome-level fields only. When the creator may no longer see the
 *     plan, the link opens nothing either.</li>
 * </ul>
 *
 * <p><b>Same work for every invalid token.</b> Whatever is presented (empty, malformed, unknown,
 * revoked, expired) is hashed with {@link ShareToken#hashOf} and looked up with the same queries
 * ({@link ShareLinkRepository#findToOpen} reads the link by its hash, then the outcome list of the
 * link found, or of link 0 when there is none; then the revision of its plan, or of plan 0); the
 * state is then checked in memory. No presented value is turned away before the look-up, so the
 * invalid path costs one hash and one look-up: exactly what finding a valid link costs before
 * its maker's access is checked and its page is built. The page is built, and the view logged,
 * only for a link that opens. The look-up is by the hash's value, so timing tells nothing about
 * how close a guess was.
 *
 * <p><b>Computed on change.</b> {@link #open} computes the status afresh; {@link ClientPages}
 * keeps rendered pages while the plan's revision, the day and the link stay the same (and for
 * at most a bounded age, for work that changes in Jira), so a page view costs a look-up, an
 * access check and a logged view, not a roll-up and a schedule.
 *
 * <p><b>Views</b> are logged as one inserted row each ({@link ShareLinkRepository#recordView}), in
 * a transaction of their own that reads nothing, so many openings of one link at once never
 * deadlock or fail to serialize.
 */
public final class ShareService {

    private static final String SHARE_LINK = "share link";

    /**
     * A link just made, with its token: the only time the token exists outside the client's
     * address bar. {@link #toString} never shows it.
     */
    public record NewShareLink(ShareLink link, String token) {
        @Override
        public String toString() {
            return "NewShareLink[link=" + link + ", token=hidden]";
        }
    }

    private final EntityStore store;
    private final PlanAccess access;
    private final Clock clock;
    private final SecureRandom random;
    private final PlanService plans;
    private final PlanRepository planRows;
    private final ShareLinkRepository links;
    private final CheckInRepository checkIns;
    private final StatusViews statusViews;

    /**
     * @param plans the plan use cases, which compute the status a link shows
     */
    public ShareService(EntityStore store, PlanService plans, AccessPolicy access, Clock clock, PhraseBook phrases,
                        SecureRandom random) {
        this.store = store;
        this.planRows = new PlanRepository(store);
        this.access = new PlanAccess(access, planRows, clock);
        this.clock = clock;
        this.random = random;
        this.plans = plans;
        this.links = new ShareLinkRepository(store);
        this.checkIns = new CheckInRepository(store);
        this.statusViews = new StatusViews(phrases);
    }

    /** Makes a link whose page is in English (editors only); see {@link #create(Viewer, int, String, Instant, Set, String)}. */
    public NewShareLink create(Viewer viewer, int planId, String label, Instant expiresAt, Set<Integer> outcomeIds) {
        return create(viewer, planId, label, expiresAt, outcomeIds, null);
    }

    /**
     * Makes a link (editors only).
     *
     * @param label      for whom, e.g. the client's name
     * @param expiresAt  when it stops working (kept to the second), or {@code null} for never
     * @param outcomeIds the outcomes it shows; empty or {@code null} for all, present and future
     * @param language   the language of its page, a BCP 47 tag the message bundle has; {@code null} for English
     */
    public NewShareLink create(Viewer viewer, int planId, String label, Instant expiresAt, Set<Integer> outcomeIds,
                               String language) {
        return store.inTransaction(() -> {
            access.editable(viewer, planId, PlanAccess.Refusal.SHARE);
            ShareToken token = ShareToken.generate(random);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            ShareLink link = ShareLink.create(planId, label, token, viewer.userKey(), now,
                    expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.SECONDS), outcomeIds, language);
            return new NewShareLink(links.save(link), token.value());
        });
    }

    /** A plan's links, newest first (editors only). */
    public List<ShareLink> links(Viewer viewer, int planId) {
        return store.inTransaction(() -> {
            access.editable(viewer, planId, PlanAccess.Refusal.SHARE);
            return links.findByPlan(planId);
        });
    }

    /** One link (editors of its plan only). */
    public ShareLink link(Viewer viewer, int linkId) {
        return store.inTransaction(() -> {
            ShareLink link = links.find(linkId).orElseThrow(() -> new NotFoundException(SHARE_LINK, linkId));
            access.editable(viewer, link.planId(), SHARE_LINK, linkId, PlanAccess.Refusal.SHARE);
            return link;
        });
    }

    /** A link's logged views, newest first (editors of its plan only). */
    public List<ShareView> views(Viewer viewer, int linkId) {
        return store.inTransaction(() -> {
            link(viewer, linkId);
            return links.views(linkId);
        });
    }

    /** Revokes a link (editors of its plan only); it opens nothing from now on. Revoking twice keeps the first time. */
    public ShareLink revoke(Viewer viewer, int linkId) {
        return store.inTransaction(() -> {
            link(viewer, linkId);
            return links.revoke(linkId, clock.instant());
        });
    }

    /** Whether a link opens its page now: not revoked, not expired. */
    public boolean opensNow(ShareLink link) {
        return link.opensAt(clock.instant());
    }

    /**
     * A link that opens now, found by its token, with the revision its plan had when it was
     * found ({@link PlanRepository#revision}).
     */
    public record Opening(ShareLink link, int planRevision) {
    }

    /**
     * The link a presented token opens now, or empty when the token is unknown, revoked or
     * expired (at or after its expiry instant), alike, or when the link's maker may no longer see
     * its plan. One transaction: the link by the token's hash and its outcomes
     * ({@link ShareLinkRepository#findToOpen}), the revision of its plan (of plan 0 when there is
     * no link), then the state in memory; only a link that opens costs more (its maker's access).
     *
     * @param presentedToken what the client presented, maybe not a token at all; {@code null} is ""
     */
    public Optional<Opening> opening(String presentedToken) {
        String hash = ShareToken.hashOf(presentedToken == null ? "" : presentedToken);
        Instant now = clock.instant();
        return store.inTransaction(() -> {
            Optional<ShareLink> found = links.findToOpen(hash);
            int revision = planRows.revision(found.map(ShareLink::planId).orElse(0));
            if (found.isEmpty() || !found.get().opensAt(now)) {
                return Optional.<Opening>empty();
            }
            ShareLink link = found.get();
            Optional<Plan> plan = planRows.find(link.planId());
            if (plan.isEmpty() || !access.mayView(new Viewer(link.createdBy()), plan.get())) {
                return Optional.<Opening>empty();
            }
            return Optional.of(new Opening(link, revision));
        });
    }

    /**
     * The status an opening shows, computed now: the plan as the link's maker sees it, worded in the
     * link's language and mapped by {@link StatusViews} to outcome-level fields; empty when the
     * maker may no longer see it.
     */
    public Optional<StatusView> status(Opening opening) {
        ShareLink link = opening.link();
        PlanView view;
        try {
            view = plans.view(new Viewer(link.createdBy(), link.locale()), link.planId());
        } catch (NotFoundException creatorMayNoLongerSeeThePlan) {
            return Optional.empty();
        }
        return Optional.of(statusViews.of(view, link, checkIns.findByPlan(link.planId()), clock.instant()));
    }

    /**
     * Logs an opening with the time and the coarse browser class of {@code userAgent} (never the
     * header itself, never an address): one inserted row, in a transaction of its own.
     */
    public void recordView(Opening opening, String userAgent) {
        links.recordView(opening.link().id(), clock.instant(), UserAgents.coarse(userAgent));
    }

    /**
     * The status page a presented token opens, computed afresh, or empty when it is unknown,
     * revoked or expired, alike; an opening is logged. {@link ClientPages} serves the same
     * pages from a cache.
     *
     * @param presentedToken what the client presented, maybe not a token at all; {@code null} is ""
     * @param userAgent      the request's User-Agent, or {@code null}
     */
    public Optional<StatusView> open(String presentedToken, String userAgent) {
        Optional<Opening> opening = opening(presentedToken);
        Optional<StatusView> status = opening.flatMap(this::status);
        status.ifPresent(shown -> recordView(opening.get(), userAgent));
        return status;
    }
}
