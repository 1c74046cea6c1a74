package io.backcast.server.web;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed number of locks shared out by key: work under the same key runs one at a time (in
 * this node), work under different keys mostly in parallel (two keys share a lock 1 time in
 * {@code stripes}).
 */
public final class StripedLocks {

    private final ReentrantLock[] locks;

    public StripedLocks(int stripes) {
        locks = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public <T> T run(String key, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode() * 0x9E3779B9, locks.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
