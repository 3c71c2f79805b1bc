package com.branchmate.bot.platform.kv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis for shared state, except claims ({@link #putIfAbsent}), which always live in the shared database: one
 * place for every instance whether Redis answers, stops or hangs, so a claim can never be taken once in Redis and
 * once in the database. When Redis does not answer the bot keeps answering from this instance's memory, and skips
 * Redis for a few seconds after each failure, so a hung Redis costs one timeout, not one per call.
 */
class ResilientKeyValueStore implements KeyValueStore {

    private static final Logger log = LoggerFactory.getLogger(ResilientKeyValueStore.class);
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final KeyValueStore redis;
    private final DatabaseClaims database;
    private final KeyValueStore local;
    private final Clock clock;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.MIN);
    private final Duration skipAfterFailure;
    private volatile Instant skipUntil = Instant.MIN;

    ResilientKeyValueStore(KeyValueStore redis, DatabaseClaims database, KeyValueStore local, Clock clock,
                           Duration skipAfterFailure) {
        this.redis = redis;
        this.database = database;
        this.local = local;
        this.clock = clock;
        this.skipAfterFailure = skipAfterFailure;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return database.claim(key, value, ttl);
    }

    @Override
    public Optional<String> claimedValue(String key) {
        return database.value(key);
    }

    @Override
    public Optional<String> get(String key) {
        return attempt(() -> redis.get(key), () -> local.get(key));
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        attempt(() -> {
            redis.set(key, value, ttl);
            return null;
        }, () -> {
            local.set(key, value, ttl);
            return null;
        });
    }

    @Override
    public void delete(String key) {
        attempt(() -> {
            redis.delete(key);
            return null;
        }, () -> null);
        // Claims live in the database.
        try {
            database.release(key);
        } catch (RuntimeException e) {
            log.debug("Could not release database claim", e);
        }
        local.delete(key);
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        return attempt(() -> redis.incrementInWindow(key, window), () -> local.incrementInWindow(key, window));
    }

    @Override
    public String kind() {
        return redis.kind();
    }

    KeyValueStore redis() {
        return redis;
    }

    private <T> T attempt(Supplier<T> primary, Supplier<T> fallback) {
        if (clock.instant().isBefore(skipUntil)) {
            return fallback.get();
        }
        try {
            return primary.get();
        } catch (JedisException e) {
            Instant now = clock.instant();
            skipUntil = now.plus(skipAfterFailure);
            Instant last = lastWarning.get();
            if (now.isAfter(last.plus(LOG_EVERY)) && lastWarning.compareAndSet(last, now)) {
                log.warn("Redis unavailable ({}): shared state falls back to this instance's memory",
                        e.getClass().getSimpleName());
            }
            return fallback.get();
        }
    }
}
