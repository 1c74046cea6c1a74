package io.backcast.server.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: a token bucket per username and client address. Each login
 * attempt takes a token; a bucket holds {@code capacity} tokens and regains one every
 * {@code refill}; a successful login empties nothing but forgets the bucket.
 *
 * <p>Kept in memory, so each node counts on its own and a restart forgets; behind a proxy the
 * address is the proxy's, so the limit becomes per username. Enough to stop a fast online
 * guesser; a shared limit (in the database) can replace it.
 */
public final class LoginThrottle {

    private static final int MAX_BUCKETS = 10_000;

    private final Clock clock;
    private final int capacity;
    private final Duration refill;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Five attempts at once, then one every twelve seconds (five a minute). */
    public LoginThrottle(Clock clock) {
        this(clock, 5, Duration.ofSeconds(12));
    }

    public LoginThrottle(Clock clock, int capacity, Duration refill) {
        this.clock = clock;
        this.capacity = capacity;
        this.refill = refill;
    }

    /** Takes a token for this attempt; false when the caller must wait. */
    public boolean tryAttempt(String username, String address) {
        long now = clock.millis();
        if (buckets.size() >= MAX_BUCKETS) {
            forgetFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key(username, address), k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, refill.toMillis());
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** A successful login: this username and address start afresh. */
    public void succeeded(String username, String address) {
        buckets.remove(key(username, address));
    }

    private void forgetFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, capacity, refill.toMillis());
                if (bucket.tokens >= capacity) {
                    it.remove();
                }
            }
        }
    }

    private static String key(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name + "\n" + address;
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int capacity, long refillMillis) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (double) (now - updated) / refillMillis);
                updated = now;
            }
        }
    }
}
