package io.backcast.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.backcast.model.ShareLink;
import io.backcast.model.ShareView;
import io.backcast.model.ValidationException;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanEntity;
import io.backcast.store.entity.ShareLinkEntity;
import io.backcast.store.entity.ShareLinkOutcomeEntity;
import io.backcast.store.entity.ShareViewEntity;
import net.java.ao.Query;

/**
 * Stores share links by the hash of their token; the token itself never reaches the database.
 *
 * <p>Views: each opening is one row of {@code SHARE_VIEW}, inserted and never updated, so
 * openings of one link at the same moment never wait for or fail on each other (no counter row
 * to lock; nothing read in the inserting transaction). A link's {@code viewCount} and
 * {@code lastViewedAt} are read from that log, plus what {@code SHARE_LINK.VIEW_COUNT} and
 * {@code LAST_VIEWED_AT} hold: views counted outside the log (before schema version 6, or set
 * through {@link #save}).
 */
public final class ShareLinkRepository {

    private final EntityStore store;

    public ShareLinkRepository(EntityStore store) {
        this.store = store;
    }

    /** Inserts a new link (id 0) or updates a stored one (label, expiry, revocation, views, outcomes, language). */
    public ShareLink save(ShareLink link) {
        return store.inTransaction(() -> {
            rejectForeignOutcomes(link);
            ShareLinkEntity row;
            if (link.id() == 0) {
                Rows.require(store, PlanEntity.class, link.planId(), "plan");
                Map<String, Object> required = new HashMap<>();
                required.put("PLAN_ID", link.planId());
                required.put("LABEL", link.label());
                required.put("TOKEN_HASH", link.tokenHash());
                required.put("CREATED_BY", link.createdBy());
                required.put("CREATED_AT", Columns.fromInstant(link.createdAt()));
                required.put("LANGUAGE", link.language());
                row = store.create(ShareLinkEntity.class, required);
            } else {
                row = existing(link.id());
                if (!row.getTokenHash().equals(link.tokenHash()) || row.getPlan().getID() != link.planId()) {
                    throw new ValidationException("shareLink.tokenHash", "cannot change: make a new link instead");
                }
            }
            row.setLabel(link.label());
            row.setExpiresAt(Columns.fromInstant(link.expiresAt()));
            row.setRevokedAt(Columns.fromInstant(link.revokedAt()));
            row.setAllOutcomes(link.allOutcomes());
            row.setLastViewedAt(Columns.fromInstant(link.lastViewedAt()));
            row.setViewCount(Math.max(0, link.viewCount() - loggedViews(row.getID())));
            row.setLanguage(link.language());
            row.save();
            store.deleteWhere(ShareLinkOutcomeEntity.class, "SHARE_LINK_ID = ?", row.getID());
            for (int outcomeId : link.outcomeIds()) {
                store.create(ShareLinkOutcomeEntity.class, Map.of("SHARE_LINK_ID", row.getID(), "OUTCOME_ID", outcomeId));
            }
            return link.withId(row.getID());
        });
    }

    /**
     * The link whose token hashes to this value, whatever its state; callers check
     * {@link ShareLink#opensAt}. Asks the database the same questions whether or not there is
     * such a link (the link by its hash, then its outcomes and views, by id 0 when there is
     * none), so an unknown hash costs what a known one does.
     */
    public Optional<ShareLink> findByTokenHash(String tokenHash) {
        return store.inTransaction(() -> {
            ShareLinkEntity[] rows = store.find(ShareLinkEntity.class, Query.select().where("TOKEN_HASH = ?", tokenHash));
            ShareLinkEntity row = rows.length == 0 ? null : rows[0];
            ShareLink link = toShareLink(row == null ? 0 : row.getID(), row);
            return Optional.ofNullable(link);
        });
    }

    /**
     * The link whose token hashes to this value, whatever its state, as opening it needs it: its
     * view log is not read (it grows with every opening), so {@code viewCount} and
     * {@code lastViewedAt} are only what the row itself holds. Asks the same two questions
     * whether or not there is such a link (the link by its hash, then its outcomes, by id 0
     * when there is none).
     */
    public Optional<ShareLink> findToOpen(String tokenHash) {
        return store.inTransaction(() -> {
            ShareLinkEntity[] rows = store.find(ShareLinkEntity.class, Query.select().where("TOKEN_HASH = ?", tokenHash));
            ShareLinkEntity row = rows.length == 0 ? null : rows[0];
            Set<Integer> outcomeIds = outcomeIds(row == null ? 0 : row.getID());
            return Optional.ofNullable(row == null ? null : toShareLink(row, outcomeIds, row.getLastViewedAt(), 0));
        });
    }

    /**
     * Logs one opening of a link: one new row, nothing read or updated, so concurrent openings
     * neither deadlock nor fail to serialize. The link's {@code viewCount} and
     * {@code lastViewedAt} follow from the log. A link that does not exist (deleted meanwhile)
     * is refused by the database's foreign key, and nothing is logged.
     *
     * @param agent a coarse browser class, never a full User-Agent
     */
    public ShareView recordView(int linkId, Instant viewedAt, String agent) {
        ShareView view = new ShareView(0, linkId, viewedAt, agent);
        return store.inTransaction(() -> {
            ShareViewEntity row = store.create(ShareViewEntity.class, Map.of("SHARE_LINK_ID", linkId,
                    "VIEWED_AT", Columns.fromInstant(view.viewedAt()), "AGENT_CLASS", view.agent()));
            return new ShareView(row.getID(), linkId, Columns.toInstant(Columns.fromInstant(view.viewedAt())), view.agent());
        });
    }

    /**
     * Revokes a link at {@code when}, touching nothing else of it (views may be counted at the
     * same moment); a link revoked before keeps its first revocation. Returns the link as it now is.
     */
    public ShareLink revoke(int linkId, Instant when) {
        return store.inTransaction(() -> {
            ShareLinkEntity row = existing(linkId);
            if (row.getRevokedAt() == null) {
                row.setRevokedAt(Columns.fromInstant(when));
                row.save();
            }
            return toShareLink(row);
        });
    }

    /** A link's logged views, newest first. */
    public List<ShareView> views(int linkId) {
        return store.inTransaction(() -> {
            List<ShareView> views = new ArrayList<>();
            for (ShareViewEntity row : store.find(ShareViewEntity.class,
                    Query.select().where("SHARE_LINK_ID = ?", linkId).order("VIEWED_AT DESC, ID DESC"))) {
                views.add(new ShareView(row.getID(), linkId, Columns.toInstant(row.getViewedAt()), row.getAgentClass()));
            }
            return views;
        });
    }

    public Optional<ShareLink> find(int id) {
        return store.inTransaction(() -> Optional.ofNullable(store.get(ShareLinkEntity.class, id)).map(this::toShareLink));
    }

    /** A plan's links, newest first. */
    public List<ShareLink> findByPlan(int planId) {
        return store.inTransaction(() -> {
            List<ShareLink> links = new ArrayList<>();
            for (ShareLinkEntity row : store.find(ShareLinkEntity.class,
                    Query.select().where("PLAN_ID = ?", planId).order("CREATED_AT DESC, ID DESC"))) {
                links.add(toShareLink(row));
            }
            return links;
        });
    }

    public void delete(int id) {
        store.inTransaction(() -> {
            existing(id);
            new Cascade(store).deleteShareLinks(List.of(id));
            return null;
        });
    }

    private ShareLinkEntity existing(int id) {
        return Rows.require(store, ShareLinkEntity.class, id, "share link");
    }

    private void rejectForeignOutcomes(ShareLink link) {
        for (int outcomeId : link.outcomeIds()) {
            OutcomeEntity outcome = store.get(OutcomeEntity.class, outcomeId);
            if (outcome == null || outcome.getPlan().getID() != link.planId()) {
                throw new ValidationException("shareLink.outcomeIds", "names outcome " + outcomeId
                        + ", which is not an outcome of this plan");
            }
        }
    }

    private Set<Integer> outcomeIds(int linkId) {
        Set<Integer> outcomeIds = new HashSet<>();
        for (ShareLinkOutcomeEntity shown : store.find(ShareLinkOutcomeEntity.class,
                Query.select().where("SHARE_LINK_ID = ?", linkId))) {
            outcomeIds.add(shown.getOutcome().getID());
        }
        return outcomeIds;
    }

    private int loggedViews(int linkId) {
        return store.count(ShareViewEntity.class, Query.select().where("SHARE_LINK_ID = ?", linkId));
    }

    private ShareLink toShareLink(ShareLinkEntity row) {
        return toShareLink(row.getID(), row);
    }

    /**
     * The link of a row with its outcomes and views; {@code null} for no row, after the same
     * queries (for link id {@code linkId}, 0 when there is no row).
     */
    private ShareLink toShareLink(int linkId, ShareLinkEntity row) {
        Set<Integer> outcomeIds = outcomeIds(linkId);
        int logged = loggedViews(linkId);
        ShareViewEntity[] latest = store.find(ShareViewEntity.class,
                Query.select().where("SHARE_LINK_ID = ?", linkId).order("VIEWED_AT DESC").limit(1));
        if (row == null) {
            return null;
        }
        java.util.Date lastViewed = row.getLastViewedAt();
        if (latest.length > 0 && (lastViewed == null || latest[0].getViewedAt().after(lastViewed))) {
            lastViewed = latest[0].getViewedAt();
        }
        return toShareLink(row, outcomeIds, lastViewed, logged);
    }

    private static ShareLink toShareLink(ShareLinkEntity row, Set<Integer> outcomeIds, java.util.Date lastViewed,
                                         int loggedViews) {
        return new ShareLink(row.getID(), row.getPlan().getID(), row.getLabel(), row.getTokenHash(), row.getCreatedBy(),
                Columns.toInstant(row.getCreatedAt()), Columns.toInstant(row.getExpiresAt()),
                Columns.toInstant(row.getRevokedAt()), row.isAllOutcomes(), outcomeIds,
                Columns.toInstant(lastViewed), row.getViewCount() + loggedViews, row.getLanguage());
    }
}
