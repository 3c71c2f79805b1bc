package com.branchmate.bot.platform.kv;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived shared state: message de-duplication, conversation state, rate limits, token caches.
 * Redis (Jedis) when {@code bot.redis.url} is set, so several instances share it; in-process otherwise.
 */
public interface KeyValueStore {

    /** Stores the value only if the key is absent; true when this caller claimed it. Atomic across instances. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    Optional<String> get(String key);

    /**
     * The value a {@link #putIfAbsent} stored under the key, while it lasts. Claims may live apart from the rest of
     * the state (in the database when Redis is configured), so read them back with this, not {@link #get}.
     */
    default Optional<String> claimedValue(String key) {
        return get(key);
    }

    void set(String key, String value, Duration ttl);

    void delete(String key);

    /**
     * Counts one more event in the fixed window that starts with the key's first event, and returns the
     * count so far; the window (and the count) ends after {@code window}.
     */
    long incrementInWindow(String key, Duration window);

    /** Which implementation answers, for health and logs: "redis" or "in-process". */
    String kind();
}
