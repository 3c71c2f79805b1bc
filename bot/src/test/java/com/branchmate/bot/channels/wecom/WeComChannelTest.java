package com.branchmate.bot.channels.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.channels.ChatChannel.Recipient;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.platform.kv.KeyValueStore;
import com.branchmate.bot.support.Fixtures;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The WeCom app end to end: WeCom's encrypted callbacks in, message/send calls to a local fake out. */
class WeComChannelTest extends ChannelTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong MSG_IDS = new AtomicLong(7_300_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String NOTE = "今天去了建行城南支行，王行长下周三过生日，喜欢喝普洱。";

    @Autowired
    WeComChannel channel;

    @Autowired
    WeComGroupRobot groupRobot;

    @Autowired
    KeyValueStore store;

    private WeComSender wecom;

    @BeforeEach
    void wecom() {
        wecom = new WeComSender(port, WECOM_TOKEN, WECOM_AES_KEY, CORP_ID);
    }

    @Test
    void urlCheckAnswersTheDecryptedEchoStringAlone() {
        var response = wecom.verifyUrl("/callback/wecom", "5927782489442352469");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("5927782489442352469");
    }

    @Test
    void urlCheckWithWrongSignatureIsRefused() {
        var signed = wecom.seal("123");
        var response = new WeComSender(port, "not-our-token", WECOM_AES_KEY, CORP_ID).verifyUrl("/callback/wecom", "123");

        assertThat(response.status()).isEqualTo(403);
        assertThat(signed.signature()).isNotBlank();
    }

    @Test
    void noteSentThroughWeComIsSavedAndAnsweredByMessageSend() {
        String user = Fixtures.unique("wx");
        member(user, null);
        long msgId = MSG_IDS.incrementAndGet();

        var response = wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, user, msgId, NOTE)), CORP_ID);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.millis()).isLessThan(2_000);
        List<LoggedRequest> sends = awaitSends(user, 1);
        JsonNode sent = JSON.readTree(sends.get(0).getBodyAsString());
        assertThat(sent.get("text").get("content").asString()).contains("已记下");
        assertThat(sent.get("agentid").asInt()).isEqualTo(AGENT_ID);
        assertThat(sent.get("msgtype").asString()).isEqualTo("text");
        assertThat(sent.get("enable_duplicate_check").asInt()).as("a resend after a crash is dropped by WeCom").isEqualTo(1);
        assertThat(sends.get(0).queryParameter("access_token").firstValue()).isEqualTo("wecom-token-1");
        assertThat(notesFor("wecom", String.valueOf(msgId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from channel_send where recipient = ? and message_key = ?",
                String.class, "user:" + user, "in:" + msgId)).isEqualTo("SENT");
    }

    @Test
    void retriedCallbackIsAnsweredOnce() throws InterruptedException {
        String user = Fixtures.unique("wx");
        member(user, null);
        long msgId = MSG_IDS.incrementAndGet();
        var signed = wecom.seal(WeComSender.textMessage(CORP_ID, user, msgId, NOTE));

        for (int delivery = 0; delivery < 3; delivery++) {
            assertThat(wecom.postXml(signed, CORP_ID).status()).isEqualTo(200);
        }

        awaitSends(user, 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).until(() -> sendsTo(user).size() == 1);
        assertThat(sendsTo(user)).hasSize(1);
        assertThat(notesFor("wecom", String.valueOf(msgId))).isEqualTo(1);
    }

    @Test
    void badSignatureIsRefusedAndChangesNothing() throws InterruptedException {
        String user = Fixtures.unique("wx");
        member(user, null);
        long msgId = MSG_IDS.incrementAndGet();
        var genuine = wecom.seal(WeComSender.textMessage(CORP_ID, user, msgId, NOTE));
        var forged = new WeComSender.Signed(genuine.encrypted(), genuine.timestamp(), genuine.nonce(),
                "0".repeat(40));

        var response = wecom.postXml(forged, CORP_ID);

        assertThat(response.status()).isEqualTo(403);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> sendsTo(user).isEmpty());
        assertThat(sendsTo(user)).isEmpty();
        assertThat(notesFor("wecom", String.valueOf(msgId))).isZero();
        // The forged delivery claimed nothing: the genuine one is still processed.
        assertThat(wecom.postXml(genuine, CORP_ID).status()).isEqualTo(200);
        awaitSends(user, 1);
    }

    @Test
    void messageAddressedToAnotherCorpIsRefused() throws InterruptedException {
        String user = Fixtures.unique("wx");
        member(user, null);
        long msgId = MSG_IDS.incrementAndGet();

        var response = wecom.postXml(wecom.seal(WeComSender.textMessage("wwsomeoneelse", user, msgId, NOTE)), CORP_ID);

        assertThat(response.status()).isEqualTo(403);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                .until(() -> notesFor("wecom", String.valueOf(msgId)) == 0);
        assertThat(notesFor("wecom", String.valueOf(msgId))).isZero();
    }

    @Test
    void xmlWithDoctypeIsRefusedOutsideAndInside() throws InterruptedException {
        String user = Fixtures.unique("wx");
        member(user, null);
        String outerXxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>&e;</ToUserName><Encrypt>abc</Encrypt></xml>";
        var signed = wecom.seal("x");
        long msgId = MSG_IDS.incrementAndGet();
        String innerXxe = "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + WeComSender.textMessage(CORP_ID, user, msgId, "&e;");

        var outer = wecom.postRaw("/callback/wecom?" + signed.query(), "text/xml", outerXxe);
        var inner = wecom.postXml(wecom.seal(innerXxe), CORP_ID);

        assertThat(outer.status()).isEqualTo(400);
        assertThat(inner.status()).isEqualTo(400);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> sendsTo(user).isEmpty());
        assertThat(sendsTo(user)).isEmpty();
        assertThat(notesFor("wecom", String.valueOf(msgId))).isZero();
    }

    @Test
    void bodyOverOneMegabyteIsRefusedUnread() {
        var signed = wecom.seal("x");
        String huge = "<xml><Encrypt>" + "A".repeat(1_100_000) + "</Encrypt></xml>";

        var response = wecom.postRaw("/callback/wecom?" + signed.query(), "text/xml", huge);

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void unknownSenderGetsTheBindingHintWithTheirId() {
        String stranger = Fixtures.unique("wx-stranger");
        long msgId = MSG_IDS.incrementAndGet();

        assertThat(wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, stranger, msgId, NOTE)), CORP_ID)
                .status()).isEqualTo(200);

        String content = JSON.readTree(awaitSends(stranger, 1).get(0).getBodyAsString()).get("text").get("content")
                .asString();
        assertThat(content).contains("还没有绑定").contains(stranger);
        assertThat(notesFor("wecom", String.valueOf(msgId))).isZero();
    }

    @Test
    void voiceWithoutRecognitionAsksTheMemberToType() {
        String user = Fixtures.unique("wx");
        member(user, null);
        long msgId = MSG_IDS.incrementAndGet();
        String voice = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
                + "<MediaId><![CDATA[media-1]]></MediaId><Format><![CDATA[amr]]></Format><MsgId>" + msgId
                + "</MsgId><AgentID>1000002</AgentID></xml>";

        assertThat(wecom.postXml(wecom.seal(voice), CORP_ID).status()).isEqualTo(200);

        assertThat(JSON.readTree(awaitSends(user, 1).get(0).getBodyAsString()).get("text").get("content").asString())
                .contains("打字");
    }

    @Test
    void longReplyArrivesInOrderInPartsWithinTheTextLimit() {
        String user = Fixtures.unique("wx");
        String longText = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "第" + i + "条：" + "拜访记录要点，生日和爱好都记下了。".repeat(3))
                .collect(Collectors.joining("\n"));

        channel.send(Recipient.user(user), Reply.text(longText));

        List<String> parts = sendsTo(user).stream()
                .map(r -> JSON.readTree(r.getBodyAsString()).get("text").get("content").asString())
                .toList();
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048));
        assertThat(String.join("\n", parts)).isEqualTo(longText);
    }

    @Test
    void accessTokenIsFetchedOnceForSeveralSends() {
        store.delete("token:wecom:" + CORP_ID + ":" + AGENT_ID);
        int before = PLATFORMS.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken"))).size();
        String user = Fixtures.unique("wx");

        for (int i = 0; i < 4; i++) {
            channel.send(Recipient.user(user), Reply.text("第" + i + "条"));
        }

        assertThat(sendsTo(user)).hasSize(4);
        assertThat(PLATFORMS.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")))).hasSize(before + 1);
    }

    @Test
    void expiredTokenIsRefreshedAndTheMessageStillGoesOut() {
        String user = Fixtures.unique("wx");
        PLATFORMS.stubFor(post(urlPathEqualTo("/cgi-bin/message/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(user)))
                .inScenario("expired-" + user).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"))
                .willSetStateTo("refreshed"));
        int tokensBefore = PLATFORMS.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken"))).size();

        channel.send(Recipient.user(user), Reply.text("提醒：明天上午拜访农行莲花支行"));

        assertThat(sendsTo(user)).hasSize(2);
        assertThat(PLATFORMS.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")))).hasSize(tokensBefore + 1);
        assertThat(jdbc.queryForMap("select status, attempts from channel_send where recipient = ?", "user:" + user))
                .containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void serverErrorsAreRetriedAndAFailureIsRecorded() {
        String user = Fixtures.unique("wx");
        PLATFORMS.stubFor(post(urlPathEqualTo("/cgi-bin/message/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(user)))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> channel.send(Recipient.user(user), Reply.text("你好")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(sendsTo(user)).hasSize(3);
        assertThat(jdbc.queryForMap("select status, attempts, error from channel_send where recipient = ?", "user:" + user))
                .containsEntry("status", "FAILED").containsEntry("attempts", 3).containsEntry("error", "HTTP 503");
    }

    @Test
    void groupMarkdownGoesToTheRobotWebhookWithItsKey() {
        String key = Fixtures.unique("robot-key");

        boolean sent = groupRobot.sendGroupMarkdown(key, "## 晨会\n> 今日目标：**3** 个网点");

        assertThat(sent).isTrue();
        var requests = received(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send")).withQueryParam("key", equalTo(key)));
        assertThat(requests).hasSize(1);
        JsonNode body = JSON.readTree(requests.get(0).getBodyAsString());
        assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.get("markdown").get("content").asString()).startsWith("## 晨会");
        assertThat(jdbc.queryForObject("select count(*) from channel_send where recipient like 'robot:%' "
                + "and recipient not like ?", Integer.class, "%" + key + "%")).isPositive();
    }

    @Test
    void groupRobotHoldsBackMessagesBeyondTwentyAMinute() {
        String key = Fixtures.unique("robot-key");

        List<Boolean> results = IntStream.range(0, 21).mapToObj(i -> groupRobot.sendGroupMarkdown(key, "第" + i + "条")).toList();

        assertThat(results.subList(0, 20)).containsOnly(true);
        assertThat(results.get(20)).isFalse();
        assertThat(received(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send")).withQueryParam("key", equalTo(key))))
                .hasSize(20);
        assertThat(jdbc.queryForObject("select count(*) from channel_send where status = 'THROTTLED' and recipient = ?",
                Integer.class, com.branchmate.bot.channels.OutboundSender.robotName(key))).isEqualTo(1);
    }

    @Test
    void intelligentRobotAnswersAGroupMentionThroughItsResponseUrl() {
        String user = Fixtures.unique("wx");
        member(user, null);
        var robot = new WeComSender(port, ROBOT_TOKEN, ROBOT_AES_KEY, "");
        String responseCode = Fixtures.unique("rc");
        String message = JSON.writeValueAsString(Map.of(
                "msgid", Fixtures.unique("CAIQ"), "aibotid", "AIBOT1", "chatid", "wrgroup1", "chattype", "group",
                "from", Map.of("userid", user),
                "response_url", PLATFORMS.baseUrl() + "/cgi-bin/aibot/response?response_code=" + responseCode,
                "msgtype", "text", "text", Map.of("content", "@网点助手 帮助")));
        var signed = robot.seal(message);

        var response = robot.postRaw("/callback/wecom/robot?" + signed.query(), "application/json",
                JSON.writeValueAsString(Map.of("encrypt", signed.encrypted())));

        assertThat(response.status()).isEqualTo(200);
        var pattern = postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response"))
                .withQueryParam("response_code", equalTo(responseCode));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(pattern).size() == 1);
        JsonNode reply = JSON.readTree(received(pattern).get(0).getBodyAsString());
        assertThat(reply.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(reply.get("markdown").get("content").asString()).contains("拜访笔记");
    }

    @Test
    void intelligentRobotUrlCheckUsesTheRobotsOwnKey() {
        var robot = new WeComSender(port, ROBOT_TOKEN, ROBOT_AES_KEY, "");

        var response = robot.verifyUrl("/callback/wecom/robot", "robot-echo-42");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("robot-echo-42");
    }

    @Test
    void leadingMentionsAreNotPartOfTheNote() {
        assertThat(WeComRobotCallbackController.withoutMentions("@网点助手 今天去了建行")).isEqualTo("今天去了建行");
        assertThat(WeComRobotCallbackController.withoutMentions("@网点助手\u2005@张三 帮助")).isEqualTo("帮助");
        assertThat(WeComRobotCallbackController.withoutMentions("帮助")).isEqualTo("帮助");
    }

    private List<LoggedRequest> sendsTo(String user) {
        return received(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(user))));
    }

    private List<LoggedRequest> awaitSends(String user, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sendsTo(user).size() >= count);
        return sendsTo(user);
    }
}
