package com.branchmate.bot.platform.kv;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.Services;

import static org.assertj.core.api.Assertions.assertThat;

/** The same contract against a real Redis (BOT_REDIS_URL); skipped with a message when none is configured. */
@Tag("redis")
class JedisKeyValueStoreTest extends KeyValueStoreContract {

    private JedisKeyValueStore jedisStore;

    @Override
    protected KeyValueStore createStore() {
        String url = Services.redisUrl();
        var properties = new RedisProperties(URI.create(url), "branchmate-test:", Duration.ofSeconds(2), Duration.ofSeconds(5));
        jedisStore = new JedisKeyValueStore(KeyValueStoreConfiguration.pooled(properties), properties.keyPrefix());
        return jedisStore;
    }

    @Override
    protected void advance(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @AfterEach
    void close() {
        if (jedisStore != null) {
            jedisStore.delete(key);
            jedisStore.close();
        }
    }

    @Test
    void answersPing() {
        assertThat(jedisStore.ping()).isTrue();
        assertThat(jedisStore.kind()).isEqualTo("redis");
    }
}
