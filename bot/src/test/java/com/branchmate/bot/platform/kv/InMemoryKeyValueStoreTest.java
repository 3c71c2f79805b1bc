package com.branchmate.bot.platform.kv;

import java.time.Duration;

import org.junit.jupiter.api.Tag;

import com.branchmate.bot.support.MutableClock;

@Tag("redis")
class InMemoryKeyValueStoreTest extends KeyValueStoreContract {

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00+08:00");

    @Override
    protected KeyValueStore createStore() {
        return new InMemoryKeyValueStore(clock);
    }

    @Override
    protected void advance(Duration duration) {
        clock.advance(duration);
    }
}
