package io.backcast.web.status;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key: each key may spend {@code perMinute} requests at once, then regains one
 * every {@code 60 s / perMinute}. {@code perMinute} 0 turns the limit off. Kept in memory, so each
 * node counts on its own and a restart forgets.
 *
 * <p>At most {@value #MAX_BUCKETS} keys are remembered; when that many are, the buckets that have
 * refilled (a key not seen for a minute) are forgotten, and if that frees nothing the oldest
 * half are, so a flood of new keys costs memory but never grows it without bound.
 */
public final class RateLimiter {

    static final int MAX_BUCKETS = 50_000;

    private final Clock clock;
    private final int perMinute;
    private final double millisPerToken;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("a rate limit cannot be negative (was " + perMinute + ")");
        }
        this.clock = clock;
        this.perMinute = perMinute;
        this.millisPerToken = perMinute == 0 ? 0 : 60_000.0 / perMinute;
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    public int perMinute() {
        return perMinute;
    }

    /**
     * Spends one request of this key's bucket: {@code 0} when it may go ahead, otherwise how many
     * whole seconds (at least 1) until the key has a request to spend again.
     */
    public long tryAcquire(String key) {
        if (perMinute == 0) {
            return 0;
        }
        long now = clock.millis();
        if (buckets.size() >= MAX_BUCKETS) {
            forget(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute, millisPerToken);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * millisPerToken / 1000.0));
        }
    }

    /** How many keys are remembered (for tests). */
    int size() {
        return buckets.size();
    }

    private synchronized void forget(long now) {
        if (buckets.size() < MAX_BUCKETS) {
            return; // another thread has just made room
        }
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, perMinute, millisPerToken);
                if (bucket.tokens >= perMinute) {
                    it.remove();
                }
            }
        }
        if (buckets.size() >= MAX_BUCKETS / 2) {
            // a flood of keys all used within the minute: forget the least recently used half
            long[] updated = buckets.values().stream().mapToLong(b -> b.updated).sorted().toArray();
            long cut = updated[updated.length / 2];
            buckets.values().removeIf(b -> b.updated <= cut);
        }
    }

    private static final class Bucket {
        private double tokens;
        private volatile long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int capacity, double millisPerToken) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) / millisPerToken);
                updated = now;
            }
        }
    }
}
