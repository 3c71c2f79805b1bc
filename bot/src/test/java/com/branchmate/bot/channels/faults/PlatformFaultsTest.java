package com.branchmate.bot.channels.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.Fixtures;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * WeCom's send API answering 500, then hanging past the bot's request timeout, while members' messages arrive:
 * every message is acknowledged at once and its note saved while the platform fails (sending does not hold
 * processing), and once the platform is back every reply goes out exactly once. Each callback is delivered twice.
 */
@TestPropertySource(properties = {"bot.channels.reply-retry-backoff=300ms", "bot.channels.send-attempts=1"})
class PlatformFaultsTest extends ChannelTestSupport {

    private static final AtomicLong MSG_IDS = new AtomicLong(7_500_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final int MESSAGES = 10;
    private static final String SEND = "/cgi-bin/message/send";
    private static final String NOTE = "今天去了工行城东支行，客户经理王芳喜欢跑步。";

    @Test
    void platform500() {
        exactlyOnceThrough(aResponse().withStatus(500).withBody("busy"));
    }

    @Test
    void platformHangingPastTheRequestTimeout() {
        // Longer than the bot's 10 s request timeout: each send in this phase times out (the 504 that finally
        // comes marks, for the counting, that the platform took nothing).
        exactlyOnceThrough(aResponse().withFixedDelay(12_000).withStatus(504));
    }

    private void exactlyOnceThrough(ResponseDefinitionBuilder failure) {
        String user = Fixtures.unique("wx-platform");
        member(user, null);
        StubMapping failing = PLATFORMS.stubFor(post(urlPathEqualTo(SEND)).atPriority(1)
                .withRequestBody(containing(user)).willReturn(failure));
        var wecom = new WeComSender(port, WECOM_TOKEN, WECOM_AES_KEY, CORP_ID);
        // Warm-up: the first request of a fresh application loads classes; it is not what is measured here.
        wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, Fixtures.unique("wx-warmup"), MSG_IDS.incrementAndGet(),
                "帮助")), CORP_ID);
        var counts = new FaultCounts();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < MESSAGES; i++) {
                long id = MSG_IDS.incrementAndGet();
                ids.add(String.valueOf(id));
                var sealed = wecom.seal(WeComSender.textMessage(CORP_ID, user, id, NOTE));
                for (int delivery = 0; delivery < 2; delivery++) {
                    long start = System.nanoTime();
                    assertThat(wecom.postXml(sealed, CORP_ID).status()).isEqualTo(200);
                    counts.ack((System.nanoTime() - start) / 1_000_000);
                }
            }
            // Processing goes on while every send fails.
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> notesFor("wecom", id) == 1));
            assertThat(FaultCounts.repliesAccepted(PLATFORMS, SEND, user)).isZero();
        } finally {
            PLATFORMS.removeStub(failing);
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> FaultCounts.repliesAccepted(PLATFORMS, SEND, user) >= MESSAGES);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                FaultCounts.repliesAccepted(PLATFORMS, SEND, user) == MESSAGES);
        for (String id : ids) {
            assertThat(notesFor("wecom", id)).isEqualTo(1);
        }
        assertThat(FaultCounts.replyTexts(PLATFORMS, SEND, user)).doesNotHaveDuplicates();
        assertThat(counts.maxAckMillis()).isLessThan(3_000);
        System.out.printf("Platform fault: %d messages x 2 deliveries, slowest acknowledgement %d ms%n", MESSAGES,
                counts.maxAckMillis());
    }
}
