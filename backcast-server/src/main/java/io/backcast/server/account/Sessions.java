package io.backcast.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.backcast.port.EntityStore;
import net.java.ao.Query;

/**
 * Logged-in sessions, kept in the database (so every node knows every session): a random
 * 256-bit token in the cookie, its SHA-256 in the row, a fixed lifetime from login, and a CSRF
 * token per session.
 */
public final class Sessions {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private final EntityStore store;
    private final Clock clock;
    private final Duration lifetime;

    public Sessions(EntityStore store, Clock clock, Duration lifetime) {
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A session just opened: the token goes into the cookie and is never stored. */
    public record Opened(String token, Session session) {
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** Opens a session for an account that just logged in; expired sessions are cleared on the way. */
    public Opened open(Account account) {
        String token = Tokens.newToken();
        String csrf = Tokens.newToken();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(lifetime);
        return store.inTransaction(() -> {
            store.deleteWhere(UserSessionEntity.class, "EXPIRES_AT < ?", Date.from(now));
            Map<String, Object> values = new HashMap<>();
            values.put("TOKEN_HASH", Tokens.sha256(token));
            values.put("ACCOUNT_ID", account.id());
            values.put("CSRF_TOKEN", csrf);
            values.put("CREATED_AT", Date.from(now));
            values.put("EXPIRES_AT", Date.from(expires));
            store.create(UserSessionEntity.class, values);
            return new Opened(token, new Session(account, csrf, expires));
        });
    }

    /** The live session a cookie's token names; empty for anything unknown, malformed or expired. */
    public Optional<Session> find(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Instant now = clock.instant();
        return store.inTransaction(() -> {
            UserSessionEntity[] rows = store.find(UserSessionEntity.class, Query.select().where("TOKEN_HASH = ?", hash));
            if (rows.length == 0) {
                return Optional.<Session>empty();
            }
            UserSessionEntity row = rows[0];
            Instant expires = Instant.ofEpochMilli(row.getExpiresAt().getTime());
            if (!now.isBefore(expires)) {
                store.delete(row);
                return Optional.<Session>empty();
            }
            return Optional.of(new Session(Accounts.toAccount(row.getAccount()), row.getCsrfToken(), expires));
        });
    }

    /** Ends the session a token names (logout); nothing happens for an unknown token. */
    public void close(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return;
        }
        String hash = Tokens.sha256(token);
        store.inTransaction(() -> store.deleteWhere(UserSessionEntity.class, "TOKEN_HASH = ?", hash));
    }
}
