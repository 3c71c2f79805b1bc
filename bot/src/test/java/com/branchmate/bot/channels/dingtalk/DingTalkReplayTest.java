package com.branchmate.bot.channels.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.channels.CallbackClient;
import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.support.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * An attacker who saw one signed DingTalk callback (the signature covers only the timestamp) replays its
 * (timestamp, sign) headers with a body of their own: another sender, and a sessionWebhook on their own server.
 * The replay is refused, the attacker's server never hears from the bot, and nothing is saved.
 */
class DingTalkReplayTest extends ChannelTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTE = "今天去了工行东门支行，李主任喜欢打羽毛球。";
    private static final String QUESTION = "李主任手机多少";

    /** The attacker's server, on another loopback port than the platforms' fake. */
    private static final WireMockServer ATTACKER = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeAll
    static void attacker() {
        ATTACKER.start();
        ATTACKER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @AfterAll
    static void stopAttacker() {
        ATTACKER.stop();
    }

    @Test
    void capturedPairOnAnotherMessageIsRefusedWhileTheOriginalsRedeliveryStillPasses() {
        String victim = Fixtures.unique("staff");
        String other = Fixtures.unique("staff");
        member(null, victim);
        member(null, other);
        long timestamp = Instant.now().toEpochMilli();
        Map<String, String> pair = Map.of("timestamp", String.valueOf(timestamp),
                "sign", DingTalkChannelTest.sign(timestamp, DINGTALK_APP_SECRET));
        var genuine = message(other, NOTE, PLATFORMS.baseUrl());
        var forged = message(victim, QUESTION, ATTACKER.baseUrl());
        var forgedOnOurHost = message(victim, QUESTION, PLATFORMS.baseUrl());

        var first = post(genuine, pair);
        var redelivery = post(genuine, pair);
        var replay = post(forged, pair);
        var replayOnOurHost = post(forgedOnOurHost, pair);

        assertThat(first.status()).isEqualTo(200);
        assertThat(redelivery.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(403);
        assertThat(replayOnOurHost.status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(10)).until(() -> notesFor("dingtalk", (String) genuine.get("msgId")) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCalls(genuine) == 1);
        assertThat(webhookCalls(forgedOnOurHost)).isZero();
        assertThat(openApiCallsTo(victim)).isZero();
        assertThat(ATTACKER.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        // The refused message id was not claimed: were it genuine, DingTalk's own delivery would still go through.
        assertThat(notesFor("dingtalk", (String) forged.get("msgId"))).isZero();
    }

    @Test
    void timestampsOverAnHourOldOrMinutesAheadAreRefused() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        Instant now = Instant.now();
        var old = message(staff, NOTE, PLATFORMS.baseUrl());
        var ahead = message(staff, NOTE, PLATFORMS.baseUrl());
        var slightlyAhead = message(staff, NOTE, PLATFORMS.baseUrl());

        var oldResponse = post(old, signedAt(now.minus(Duration.ofMinutes(61))));
        var aheadResponse = post(ahead, signedAt(now.plus(Duration.ofMinutes(10))));
        var slightlyAheadResponse = post(slightlyAhead, signedAt(now.plus(Duration.ofMinutes(2))));

        assertThat(oldResponse.status()).isEqualTo(403);
        assertThat(aheadResponse.status()).isEqualTo(403);
        assertThat(slightlyAheadResponse.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCalls(slightlyAhead) == 1);
        assertThat(notesFor("dingtalk", (String) old.get("msgId"))).isZero();
        assertThat(notesFor("dingtalk", (String) ahead.get("msgId"))).isZero();
        assertThat(webhookCalls(old) + webhookCalls(ahead)).isZero();
    }

    @Test
    void freshlySignedMessageWithAHostileSessionWebhookIsAnsweredThroughTheOpenApiOnly() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var hostile = message(staff, NOTE, ATTACKER.baseUrl());

        assertThat(post(hostile, signedAt(Instant.now())).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> openApiCallsTo(staff) == 1);
        assertThat(notesFor("dingtalk", (String) hostile.get("msgId"))).isEqualTo(1);
        assertThat(ATTACKER.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private CallbackClient.Response post(Map<String, Object> message, Map<String, String> headers) {
        return new CallbackClient(port).post("/callback/dingtalk", "application/json; charset=utf-8",
                JSON.writeValueAsString(message), headers);
    }

    private static Map<String, String> signedAt(Instant at) {
        long timestamp = at.toEpochMilli();
        return Map.of("timestamp", String.valueOf(timestamp), "sign", DingTalkChannelTest.sign(timestamp, DINGTALK_APP_SECRET));
    }

    private static Map<String, Object> message(String staffId, String text, String webhookBase) {
        long now = System.currentTimeMillis();
        Map<String, Object> message = new HashMap<>();
        message.put("msgId", Fixtures.unique("msg"));
        message.put("msgtype", "text");
        message.put("text", Map.of("content", " " + text));
        message.put("createAt", now);
        message.put("conversationType", "1");
        message.put("conversationId", Fixtures.unique("cid"));
        message.put("senderStaffId", staffId);
        message.put("robotCode", DINGTALK_APP_KEY);
        message.put("isInAtList", true);
        message.put("sessionWebhook", webhookBase + "/robot/sendBySession?session=" + Fixtures.unique("s"));
        message.put("sessionWebhookExpiredTime", now + Duration.ofMinutes(90).toMillis());
        return message;
    }

    private static int webhookCalls(Map<String, Object> message) {
        String webhook = (String) message.get("sessionWebhook");
        String session = webhook.substring(webhook.indexOf("session=") + "session=".length());
        return received(postRequestedFor(urlPathEqualTo("/robot/sendBySession"))
                .withQueryParam("session", equalTo(session))).size();
    }

    private static int openApiCallsTo(String staff) {
        return received(postRequestedFor(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))
                .withRequestBody(matchingJsonPath("$.userIds[0]", equalTo(staff)))).size();
    }
}
