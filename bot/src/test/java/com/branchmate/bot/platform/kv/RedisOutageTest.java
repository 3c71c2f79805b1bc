package com.branchmate.bot.platform.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** Redis configured but not answering: the bot keeps answering and claims are still taken once, in the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.redis.url=redis://127.0.0.1:1", "bot.redis.timeout=300ms", "bot.api-token=redis-down"})
@Tag("redis")
class RedisOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    KeyValueStore store;

    @Test
    void claimsFallBackToTheDatabaseAndStillHappenOnce() {
        String key = "dedup:test:" + UUID.randomUUID();

        assertThat(store.putIfAbsent(key, "first", Duration.ofHours(8))).isTrue();
        assertThat(store.putIfAbsent(key, "retry", Duration.ofHours(8))).isFalse();
        store.delete(key);
        assertThat(store.putIfAbsent(key, "after release", Duration.ofHours(8))).isTrue();
    }

    @Test
    void chatKeepsAnswering() {
        var client = new HttpTestClient(port).withBearer("redis-down");
        String login = Fixtures.unique("nored");
        client.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "无缓存")));

        var reply = client.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "帮助")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("reply").asString()).contains("网点助手");
        assertThat(store.incrementInWindow("rate:test:" + login, Duration.ofMinutes(1))).isEqualTo(1);
    }
}
