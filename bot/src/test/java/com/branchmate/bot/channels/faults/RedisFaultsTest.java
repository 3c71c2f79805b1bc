package com.branchmate.bot.channels.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.PrivateRedis;
import com.branchmate.bot.support.Services;

/**
 * The bot on a Redis of the test's own, which is stopped, started again and hung (SIGSTOP) while WeCom callbacks
 * arrive, each delivered twice as WeCom does when unsure. Every phase counts: notes saved = messages acknowledged,
 * replies = messages, duplicates = 0, and every acknowledgement well under WeCom's 5 s re-send.
 */
@Tag("redis")
class RedisFaultsTest extends ChannelTestSupport {

    private static final PrivateRedis REDIS = PrivateRedis.startIfInstalled();
    private static final AtomicLong MSG_IDS = new AtomicLong(7_400_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final int MESSAGES = 10;
    private static final String NOTE = "今天去了建行城南支行，大堂经理李娜喜欢瑜伽。";

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        registry.add("bot.redis.url", () -> REDIS == null ? "redis://127.0.0.1:1" : REDIS.url());
        registry.add("bot.redis.key-prefix", () -> Fixtures.unique("faults") + ":");
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (REDIS != null) {
            REDIS.close();
        }
    }

    @Test
    void exactlyOnceAndQuickAcknowledgementsWhileRedisStopsAndHangs() throws Exception {
        Services.require(REDIS != null, "redis-server is not installed: the Redis fault test needs it");
        var wecom = new WeComSender(port, WECOM_TOKEN, WECOM_AES_KEY, CORP_ID);

        // Warm-up: the first request of a fresh application loads classes; it is not what is measured here.
        wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, Fixtures.unique("wx-warmup"), MSG_IDS.incrementAndGet(),
                "帮助")), CORP_ID);
        Phase up = phase(wecom, "up");
        REDIS.stop();
        Phase stopped = phase(wecom, "stopped");
        REDIS.start();
        Phase back = phase(wecom, "back");
        REDIS.hang();
        Phase hung;
        try {
            hung = phase(wecom, "hung");
        } finally {
            REDIS.resume();
        }

        for (Phase phase : List.of(up, stopped, back, hung)) {
            System.out.printf("Redis %-8s: %d messages x 2 deliveries, slowest acknowledgement %d ms%n", phase.name(),
                    MESSAGES, phase.counts().maxAckMillis());
            assertExactlyOnce(phase);
            assertThat(phase.counts.maxAckMillis()).as("slowest acknowledgement with Redis " + phase.name)
                    .isLessThan(3_000);
        }
    }

    /** One member sends MESSAGES notes, each callback posted twice; waits until all are answered. */
    private Phase phase(WeComSender wecom, String name) {
        String user = Fixtures.unique("wx-redis-" + name);
        member(user, null);
        Phase phase = new Phase(name, user, new ArrayList<>(), new FaultCounts());
        for (int i = 0; i < MESSAGES; i++) {
            long id = MSG_IDS.incrementAndGet();
            phase.ids.add(String.valueOf(id));
            var sealed = wecom.seal(WeComSender.textMessage(CORP_ID, user, id, NOTE));
            for (int delivery = 0; delivery < 2; delivery++) {
                long start = System.nanoTime();
                assertThat(wecom.postXml(sealed, CORP_ID).status()).isEqualTo(200);
                phase.counts.ack((System.nanoTime() - start) / 1_000_000);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                FaultCounts.repliesAccepted(PLATFORMS, "/cgi-bin/message/send", user) >= MESSAGES);
        return phase;
    }

    private void assertExactlyOnce(Phase phase) {
        for (String id : phase.ids()) {
            assertThat(notesFor("wecom", id)).as("notes for message " + id + " with Redis " + phase.name()).isEqualTo(1);
        }
        // No late duplicate reply either: the count holds for a while.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                FaultCounts.repliesAccepted(PLATFORMS, "/cgi-bin/message/send", phase.user()) == MESSAGES);
    }

    private record Phase(String name, String user, List<String> ids, FaultCounts counts) {
    }
}
