package com.branchmate.bot.platform.kv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** One instance only: state is lost on restart and not shared. Good for a single embedded bot and for tests. */
public class InMemoryKeyValueStore implements KeyValueStore {

    private static final int PURGE_EVERY_WRITES = 1_000;

    private record Entry(String value, Instant expiresAt) {
        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final Clock clock;

    public InMemoryKeyValueStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        AtomicBoolean claimed = new AtomicBoolean();
        entries.compute(key, (k, old) -> {
            if (old != null && !old.expired(now)) {
                return old;
            }
            claimed.set(true);
            return new Entry(value, now.plus(ttl));
        });
        afterWrite(now);
        return claimed.get();
    }

    @Override
    public Optional<String> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.expired(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        entries.put(key, new Entry(value, now.plus(ttl)));
        afterWrite(now);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        Instant now = clock.instant();
        Entry entry = entries.compute(key, (k, old) -> {
            if (old == null || old.expired(now)) {
                return new Entry("1", now.plus(window));
            }
            return new Entry(String.valueOf(Long.parseLong(old.value()) + 1), old.expiresAt());
        });
        afterWrite(now);
        return Long.parseLong(entry.value());
    }

    @Override
    public String kind() {
        return "in-process";
    }

    /** Expired entries are dropped now and then so a long-running bot does not grow without bound. */
    private void afterWrite(Instant now) {
        if (writes.incrementAndGet() % PURGE_EVERY_WRITES == 0) {
            entries.entrySet().removeIf(e -> e.getValue().expired(now));
        }
    }
}
