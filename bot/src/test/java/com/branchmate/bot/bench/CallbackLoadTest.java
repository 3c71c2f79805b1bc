package com.branchmate.bot.bench;

import static com.branchmate.bot.bench.BenchBot.json;
import static com.branchmate.bot.bench.BenchBot.percentile;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.channels.CallbackClient;
import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.JsonText;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Load on the callbacks: 50 concurrent senders post signed DingTalk and encrypted WeCom callbacks (alternating) to
 * a bot on loopback, with the platforms' APIs faked locally. Prints the acknowledgement latency p50/p99 and notes
 * saved per second, and checks that every note was saved exactly once. Uses MariaDB and Redis when
 * SPRING_DATASOURCE_URL and BOT_REDIS_URL are set (as .ci/run sets them), the embedded defaults otherwise. Bounded:
 * 50 senders x 10 messages, at most two minutes. {@code -Dsenders=N} and {@code -Dworkers=N} change the number of
 * senders and of the bot's channel workers.
 *
 * <pre>SPRING_DATASOURCE_URL='jdbc:mysql://127.0.0.1:3306/test' SPRING_DATASOURCE_USERNAME=root BOT_REDIS_URL=redis://127.0.0.1:6379 \
 * ./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.bench.CallbackLoadTest -Dexec.classpathScope=test</pre>
 */
public final class CallbackLoadTest {

    static final int SENDERS = Integer.getInteger("senders", 50);
    static final int MESSAGES_PER_SENDER = 10;
    private static final String DINGTALK_SECRET = "load-dingtalk-secret";
    private static final String NOTE = "今天去了建行城南支行，大堂经理李娜喜欢瑜伽，下周三约她喝茶。";

    private CallbackLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        WireMockServer platforms = BenchBot.fakePlatforms(60);
        platforms.stubFor(post(urlPathMatching("/robot/sendBySession.*")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        platforms.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).willReturn(json(
                "{\"accessToken\":\"ding-token\",\"expireIn\":7200}")));
        platforms.stubFor(post(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend")).willReturn(json(
                "{\"processQueryKey\":\"q\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}")));

        int exit;
        try (BenchBot bot = BenchBot.start(platforms, "load", ";WRITE_DELAY=0", List.of(
                "--bot.dingtalk.app-key=dingload", "--bot.dingtalk.app-secret=" + DINGTALK_SECRET,
                "--bot.dingtalk.api-base-url=" + platforms.baseUrl(), "--bot.dingtalk.oapi-base-url=" + platforms.baseUrl(),
                // Every sender is a distinct member, so the per-sender chat limit does not apply to this load.
                "--bot.channels.queue-capacity=1000", "--bot.channels.workers=" + System.getProperty("workers", "4")))) {
            JdbcTemplate jdbc = bot.jdbc;
            String run = UUID.randomUUID().toString().substring(0, 6);
            var admin = bot.admin();
            for (int s = 0; s < SENDERS; s++) {
                admin.postJson("/api/members", JsonText.of(Map.of("login", "load-" + run + "-" + s, "name", "压测" + s,
                        "role", "MEMBER", "wecomUserId", "wx-" + run + "-" + s, "dingtalkStaffId", "dt-" + run + "-" + s)));
            }

            List<Long> acks = Collections.synchronizedList(new ArrayList<>());
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            List<String> refused = Collections.synchronizedList(new ArrayList<>());
            // Plays WeCom and DingTalk as the channel tests do, with real encryption and signatures; one HTTP client
            // each, shared by all senders, as the platforms' own servers would pool their connections.
            var wecomPlatform = bot.wecom();
            var dingtalkPlatform = new CallbackClient(bot.port);
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            Instant start = Instant.now();
            List<Future<?>> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                senders.add(pool.submit(() -> {
                    for (int m = 0; m < MESSAGES_PER_SENDER; m++) {
                        boolean wecom = (sender + m) % 2 == 0;
                        String id = run + sender + "x" + m;
                        long t = System.nanoTime();
                        var response = wecom
                                ? wecomPlatform.postXml(wecomPlatform.seal(WeComSender.textMessage(BenchBot.CORP_ID,
                                        "wx-" + run + "-" + sender, id, NOTE)), BenchBot.CORP_ID)
                                : dingtalkCallback(dingtalkPlatform, platforms.baseUrl(), "dt-" + run + "-" + sender, id);
                        acks.add(System.nanoTime() - t);
                        (response.status() == 200 ? ids : refused).add((wecom ? "wecom:" : "dingtalk:") + id);
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            // Wait (bounded) until every acknowledged message is a saved note.
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            int saved = 0;
            Instant lastSaved = Instant.now();
            while (System.nanoTime() < deadline) {
                saved = jdbc.queryForObject("select count(*) from visit_note where channel_message_id like ?",
                        Integer.class, run + "%");
                if (saved >= ids.size()) {
                    lastSaved = Instant.now();
                    break;
                }
                Thread.sleep(200);
            }
            int duplicates = jdbc.queryForObject("select count(*) from (select channel, channel_message_id from visit_note "
                    + "where channel_message_id like ? group by channel, channel_message_id having count(*) > 1) d",
                    Integer.class, run + "%");
            double seconds = Duration.between(start, lastSaved).toMillis() / 1000.0;
            List<Long> sorted = new ArrayList<>(acks);
            Collections.sort(sorted);
            System.out.println();
            System.out.printf("Callback load on %d cores: %d senders x %d messages (WeCom and DingTalk alternating), "
                            + "%s%n", Runtime.getRuntime().availableProcessors(), SENDERS, MESSAGES_PER_SENDER,
                    bot.stores());
            System.out.printf("acknowledgement latency:  p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d callbacks, %d refused)%n",
                    percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, sorted.size(),
                    refused.size());
            System.out.printf("notes saved:              %d of %d in %.1f s (%.0f notes/s), duplicates %d%n", saved,
                    ids.size(), seconds, saved / seconds, duplicates);
            boolean ok = saved == ids.size() && duplicates == 0 && refused.isEmpty();
            System.out.println(ok ? "every note saved exactly once" : "LOSS OR DUPLICATES: see above");
            exit = ok ? 0 : 1;
        }
        // Test fixtures on the classpath leave non-daemon threads; exec:java would wait for them.
        System.exit(exit);
    }

    private static CallbackClient.Response dingtalkCallback(CallbackClient platform, String platforms, String staffId,
                                                            String id) {
        // DingTalk's signature covers only the timestamp, and the bot takes a pair for one message only.
        long now = TIMESTAMPS.accumulateAndGet(System.currentTimeMillis(), (last, clock) -> Math.max(last + 1, clock));
        String body = JsonText.of(Map.ofEntries(Map.entry("msgId", id), Map.entry("msgtype", "text"),
                Map.entry("text", Map.of("content", NOTE)), Map.entry("createAt", now),
                Map.entry("conversationType", "1"), Map.entry("conversationId", "cid-" + staffId),
                Map.entry("senderStaffId", staffId), Map.entry("isInAtList", true),
                Map.entry("sessionWebhook", platforms + "/robot/sendBySession?session=" + id),
                Map.entry("sessionWebhookExpiredTime", now + Duration.ofMinutes(90).toMillis())));
        return platform.post("/callback/dingtalk", "application/json", body,
                Map.of("timestamp", String.valueOf(now), "sign", sign(now)));
    }

    private static final java.util.concurrent.atomic.AtomicLong TIMESTAMPS = new java.util.concurrent.atomic.AtomicLong();

    private static String sign(long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + DINGTALK_SECRET)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
