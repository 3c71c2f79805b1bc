package com.branchmate.bot.platform.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One contract, run against every implementation: in-process and Redis. */
abstract class KeyValueStoreContract {

    protected KeyValueStore store;
    protected String key;

    protected abstract KeyValueStore createStore();

    /** Lets time pass: a fixed clock moves on for the in-process store, real time passes for Redis. */
    protected abstract void advance(Duration duration) throws InterruptedException;

    @BeforeEach
    void setUp() {
        store = createStore();
        key = "test:" + UUID.randomUUID();
    }

    @Test
    void firstClaimWinsAndSecondLoses() {
        assertThat(store.putIfAbsent(key, "first", Duration.ofMinutes(5))).isTrue();
        assertThat(store.putIfAbsent(key, "second", Duration.ofMinutes(5))).isFalse();
        assertThat(store.get(key)).contains("first");
    }

    @Test
    void claimCanBeTakenAgainAfterItExpires() throws InterruptedException {
        assertThat(store.putIfAbsent(key, "first", Duration.ofMillis(200))).isTrue();
        advance(Duration.ofMillis(600));
        assertThat(store.get(key)).isEmpty();
        assertThat(store.putIfAbsent(key, "again", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void releasedClaimCanBeTakenAgain() {
        assertThat(store.putIfAbsent(key, "first", Duration.ofMinutes(5))).isTrue();
        store.delete(key);
        assertThat(store.putIfAbsent(key, "retry", Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void setOverwritesAndExpires() throws InterruptedException {
        store.set(key, "one", Duration.ofMinutes(1));
        store.set(key, "two", Duration.ofMillis(200));
        assertThat(store.get(key)).contains("two");
        advance(Duration.ofMillis(600));
        assertThat(store.get(key)).isEmpty();
    }

    @Test
    void windowCounterCountsThenStartsOver() throws InterruptedException {
        assertThat(store.incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(1);
        assertThat(store.incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(2);
        assertThat(store.incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(3);
        advance(Duration.ofMillis(800));
        assertThat(store.incrementInWindow(key, Duration.ofMillis(300))).isEqualTo(1);
    }

    @Test
    void concurrentClaimsHaveExactlyOneWinner() throws Exception {
        int threads = 16;
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < threads; i++) {
                String value = "claimant-" + i;
                Callable<Boolean> claim = () -> {
                    start.await();
                    return store.putIfAbsent(key, value, Duration.ofMinutes(5));
                };
                results.add(pool.submit(claim));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
