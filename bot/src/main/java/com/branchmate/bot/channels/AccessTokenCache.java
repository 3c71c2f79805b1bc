package com.branchmate.bot.channels;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.kv.KeyValueStore;

/**
 * Platform access tokens kept in the key-value store, so every instance uses the same token instead of each
 * fetching its own (WeCom and DingTalk rate-limit token calls, and a fresh token may revoke the old one).
 * Kept a little shorter than the platform says it lives; dropped at once when the platform calls it invalid.
 */
@Component
public class AccessTokenCache {

    private static final Duration LOCK_TTL = Duration.ofSeconds(10);
    private static final long WAIT_FOR_OTHER_INSTANCE_MILLIS = 3_000;

    /** A token as the platform granted it. */
    public record Grant(String token, Duration expiresIn) {
    }

    /** Asks the platform for a new token. */
    @FunctionalInterface
    public interface Fetch {
        Grant fetch() throws IOException, InterruptedException;
    }

    private final KeyValueStore store;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    AccessTokenCache(KeyValueStore store) {
        this.store = store;
    }

    public String token(String key, Fetch fetch) throws IOException, InterruptedException {
        Optional<String> cached = store.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ReentrantLock local = locks.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            cached = store.get(key);
            if (cached.isPresent()) {
                return cached.get();
            }
            // Another instance may be fetching right now: give it a moment rather than fetch in parallel.
            String lockKey = "lock:" + key;
            boolean locked = store.putIfAbsent(lockKey, "1", LOCK_TTL);
            if (!locked) {
                long deadline = System.currentTimeMillis() + WAIT_FOR_OTHER_INSTANCE_MILLIS;
                while (System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                    cached = store.get(key);
                    if (cached.isPresent()) {
                        return cached.get();
                    }
                }
            }
            try {
                Grant grant = fetch.fetch();
                store.set(key, grant.token(), cacheFor(grant.expiresIn()));
                return grant.token();
            } finally {
                if (locked) {
                    store.delete(lockKey);
                }
            }
        } finally {
            local.unlock();
        }
    }

    public void invalidate(String key) {
        store.delete(key);
    }

    /** Five minutes short of the platform's lifetime (7200 s for both), half of it when the lifetime is short. */
    static Duration cacheFor(Duration expiresIn) {
        if (expiresIn == null || expiresIn.isNegative() || expiresIn.isZero()) {
            return Duration.ofMinutes(5);
        }
        Duration margin = Duration.ofMinutes(5);
        return expiresIn.compareTo(margin.multipliedBy(2)) > 0 ? expiresIn.minus(margin) : expiresIn.dividedBy(2);
    }
}
