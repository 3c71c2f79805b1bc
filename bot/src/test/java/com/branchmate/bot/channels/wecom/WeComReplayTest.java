package com.branchmate.bot.channels.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.support.Fixtures;

import tools.jackson.databind.json.JsonMapper;

/**
 * A WeCom callback that is correctly signed and encrypted but was captured days ago (or is stamped far ahead) is
 * refused, on the app callback and on the intelligent robot's; one within five minutes goes through.
 */
class WeComReplayTest extends ChannelTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTE = "今天去了农行河西支行，柜员周琳喜欢游泳。";

    @Test
    void appCallbackFromThreeDaysAgoOrTenMinutesAheadIsRefusedAndSavesNothing() {
        String user = Fixtures.unique("wx");
        member(user, null);
        var wecom = new WeComSender(port, WECOM_TOKEN, WECOM_AES_KEY, CORP_ID);
        Instant now = Instant.now();
        String old = Fixtures.unique("old");
        String ahead = Fixtures.unique("ahead");
        String recent = Fixtures.unique("recent");

        var threeDaysAgo = wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, user, old, NOTE),
                now.minus(Duration.ofDays(3))), CORP_ID);
        var tenMinutesAhead = wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, user, ahead, NOTE),
                now.plus(Duration.ofMinutes(10))), CORP_ID);
        var fourMinutesAgo = wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, user, recent, NOTE),
                now.minus(Duration.ofMinutes(4))), CORP_ID);

        assertThat(threeDaysAgo.status()).isEqualTo(403);
        assertThat(tenMinutesAhead.status()).isEqualTo(403);
        assertThat(fourMinutesAgo.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> notesFor("wecom", recent) == 1);
        assertThat(notesFor("wecom", old)).isZero();
        assertThat(notesFor("wecom", ahead)).isZero();
        // the reply goes out on its own queue after the note is saved: wait for it, then check it stays one
        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(user) >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> repliesTo(user) == 1);
    }

    private long repliesTo(String user) {
        return received(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).stream()
                .filter(r -> r.getBodyAsString().contains(user)).count();
    }

    @Test
    void robotCallbackFromThreeDaysAgoIsRefusedAndNeverAnswered() {
        String user = Fixtures.unique("wx");
        member(user, null);
        var robot = new WeComSender(port, ROBOT_TOKEN, ROBOT_AES_KEY, "");
        String staleCode = Fixtures.unique("rc");
        String freshCode = Fixtures.unique("rc");

        var stale = robot.seal(robotMessage(user, staleCode), Instant.now().minus(Duration.ofDays(3)));
        var fresh = robot.seal(robotMessage(user, freshCode), Instant.now());
        var staleResponse = robot.postRaw("/callback/wecom/robot?" + stale.query(), "application/json",
                JSON.writeValueAsString(Map.of("encrypt", stale.encrypted())));
        var freshResponse = robot.postRaw("/callback/wecom/robot?" + fresh.query(), "application/json",
                JSON.writeValueAsString(Map.of("encrypt", fresh.encrypted())));

        assertThat(staleResponse.status()).isEqualTo(403);
        assertThat(freshResponse.status()).isEqualTo(200);
        var freshPattern = postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response"))
                .withQueryParam("response_code", equalTo(freshCode));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(freshPattern).size() == 1);
        // The fresh one was answered, and the stale one, sent first, never will be.
        assertThat(received(postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response"))
                .withQueryParam("response_code", equalTo(staleCode)))).isEmpty();
    }

    private static String robotMessage(String user, String responseCode) {
        return JSON.writeValueAsString(Map.of(
                "msgid", Fixtures.unique("CAIQ"), "aibotid", "AIBOT1", "chattype", "single",
                "from", Map.of("userid", user),
                "response_url", PLATFORMS.baseUrl() + "/cgi-bin/aibot/response?response_code=" + responseCode,
                "msgtype", "text", "text", Map.of("content", "帮助")));
    }
}
