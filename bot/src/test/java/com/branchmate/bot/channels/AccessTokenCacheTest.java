package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.platform.kv.InMemoryKeyValueStore;
import com.branchmate.bot.support.MutableClock;

@Tag("channel")
class AccessTokenCacheTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00+08:00");
    private final InMemoryKeyValueStore store = new InMemoryKeyValueStore(clock);
    private final AccessTokenCache cache = new AccessTokenCache(store);
    private final AtomicInteger fetches = new AtomicInteger();

    @Test
    void tokenIsFetchedOnceAndRenewedShortlyBeforeThePlatformExpiresIt() throws Exception {
        assertThat(cache.token("t", this::grant)).isEqualTo("token-1");
        assertThat(cache.token("t", this::grant)).isEqualTo("token-1");

        clock.advance(Duration.ofSeconds(7200 - 301));
        assertThat(cache.token("t", this::grant)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.token("t", this::grant)).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void invalidatedTokenIsFetchedAgain() throws Exception {
        cache.token("t", this::grant);
        cache.invalidate("t");

        assertThat(cache.token("t", this::grant)).isEqualTo("token-2");
    }

    @Test
    void failedFetchCachesNothingAndLeavesNoLockBehind() throws Exception {
        assertThatThrownBy(() -> cache.token("t", () -> {
            throw new IOException("gettoken errcode 40013");
        })).isInstanceOf(IOException.class);

        assertThat(store.get("t")).isEmpty();
        assertThat(store.get("lock:t")).isEmpty();
        assertThat(cache.token("t", this::grant)).isEqualTo("token-1");
    }

    @Test
    void shortLifetimesAreHalved() {
        assertThat(AccessTokenCache.cacheFor(Duration.ofSeconds(7200))).isEqualTo(Duration.ofSeconds(6900));
        assertThat(AccessTokenCache.cacheFor(Duration.ofSeconds(300))).isEqualTo(Duration.ofSeconds(150));
    }

    private AccessTokenCache.Grant grant() {
        return new AccessTokenCache.Grant("token-" + fetches.incrementAndGet(), Duration.ofSeconds(7200));
    }
}
