package com.branchmate.bot.channels.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.branchmate.bot.channels.CallbackClient;
import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.platform.kv.KeyValueStore;
import com.branchmate.bot.support.Fixtures;
import com.dingtalk.open.app.api.models.bot.ChatbotMessage;
import com.dingtalk.open.app.api.models.bot.MessageContent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The DingTalk app robot end to end: signed callbacks in, sessionWebhook and OpenAPI calls to a local fake out. */
class DingTalkChannelTest extends ChannelTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTE = "今天去了工行东门支行，李主任喜欢打羽毛球，下周五生日。";

    @Autowired
    DingTalkGroupRobot groupRobot;

    @Autowired
    DingTalkStreamListener streamListener;

    @Autowired
    KeyValueStore store;

    @Autowired
    ApplicationContext context;

    private CallbackClient dingtalk;

    @BeforeEach
    void dingtalk() {
        dingtalk = new CallbackClient(port);
    }

    @Test
    void noteSentThroughDingTalkIsSavedAndAnsweredThroughTheSessionWebhook() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "text");

        var response = deliver(message, Instant.now());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.millis()).isLessThan(2_000);
        JsonNode reply = body(awaitWebhook(message, 1).get(0));
        assertThat(reply.get("msgtype").asString()).isEqualTo("text");
        assertThat(reply.get("text").get("content").asString()).contains("已记下");
        assertThat(notesFor("dingtalk", (String) message.get("msgId"))).isEqualTo(1);
    }

    @Test
    void retriedCallbackIsAnsweredOnce() throws InterruptedException {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "text");
        Instant sentAt = Instant.now();

        for (int delivery = 0; delivery < 3; delivery++) {
            assertThat(deliver(message, sentAt).status()).isEqualTo(200);
        }

        awaitWebhook(message, 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> webhookCalls(message).size() == 1);
        assertThat(webhookCalls(message)).hasSize(1);
        assertThat(notesFor("dingtalk", (String) message.get("msgId"))).isEqualTo(1);
    }

    @Test
    void badOrStaleSignatureGets403AndChangesNothing() throws InterruptedException {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "text");
        long now = System.currentTimeMillis();
        long twoHoursAgo = now - Duration.ofHours(2).toMillis();

        var forged = dingtalk.post("/callback/dingtalk", "application/json", JSON.writeValueAsString(message),
                Map.of("timestamp", String.valueOf(now), "sign", sign(now, "someone-elses-secret")));
        var stale = dingtalk.post("/callback/dingtalk", "application/json", JSON.writeValueAsString(message),
                Map.of("timestamp", String.valueOf(twoHoursAgo), "sign", sign(twoHoursAgo, DINGTALK_APP_SECRET)));
        var unsigned = dingtalk.post("/callback/dingtalk", "application/json", JSON.writeValueAsString(message));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(403);
        assertThat(unsigned.status()).isEqualTo(403);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> webhookCalls(message).isEmpty());
        assertThat(webhookCalls(message)).isEmpty();
        assertThat(notesFor("dingtalk", (String) message.get("msgId"))).isZero();
        // Nothing was claimed: the genuine delivery still goes through.
        assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);
        awaitWebhook(message, 1);
    }

    @Test
    void voiceMessageUsesDingTalksRecognitionAsTheNote() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "audio");
        message.remove("text");
        message.put("content", Map.of("recognition", NOTE, "downloadCode", "dl-1", "duration", "6"));

        assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);

        assertThat(body(awaitWebhook(message, 1).get(0)).get("text").get("content").asString()).contains("已记下");
        // Note text is stored encrypted; decrypted it is the recognition text.
        assertThat(cipher.decrypt(jdbc.queryForObject("select raw_text from visit_note where channel = 'dingtalk' "
                + "and channel_message_id = ?", String.class, message.get("msgId")))).isEqualTo(NOTE);
    }

    @Test
    void groupMessageIsAnsweredOnlyWhenTheBotIsMentioned() throws InterruptedException {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var overheard = groupMessage(staff, false);
        var addressed = groupMessage(staff, true);

        assertThat(deliver(overheard, Instant.now()).status()).isEqualTo(200);
        assertThat(deliver(addressed, Instant.now()).status()).isEqualTo(200);

        JsonNode reply = body(awaitWebhook(addressed, 1).get(0));
        assertThat(reply.get("at").get("atUserIds").get(0).asString()).isEqualTo(staff);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                .until(() -> webhookCalls(overheard).isEmpty());
        assertThat(webhookCalls(overheard)).isEmpty();
        assertThat(notesFor("dingtalk", (String) overheard.get("msgId"))).isZero();
    }

    @Test
    void expiredSessionWebhookFallsBackToTheOpenApiWithOneSharedToken() {
        store.delete("token:dingtalk:" + DINGTALK_APP_KEY);
        int tokensBefore = PLATFORMS.findAll(postRequestedFor(urlPathEqualTo("/v1.0/oauth2/accessToken"))).size();
        String staff = Fixtures.unique("staff");
        member(null, staff);

        for (int i = 0; i < 3; i++) {
            var message = message(staff, "text");
            message.put("text", Map.of("content", "帮助"));
            message.put("sessionWebhookExpiredTime", System.currentTimeMillis() - 1_000);
            assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);
        }

        var pattern = postRequestedFor(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))
                .withRequestBody(matchingJsonPath("$.userIds[0]", equalTo(staff)));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(pattern).size() == 3);
        LoggedRequest first = received(pattern).get(0);
        assertThat(first.getHeader("x-acs-dingtalk-access-token")).isEqualTo("dingtalk-token-1");
        JsonNode sent = body(first);
        assertThat(sent.get("robotCode").asString()).isEqualTo(DINGTALK_APP_KEY);
        assertThat(sent.get("msgKey").asString()).isEqualTo("sampleText");
        assertThat(JSON.readTree(sent.get("msgParam").asString()).get("content").asString()).contains("拜访笔记");
        assertThat(PLATFORMS.findAll(postRequestedFor(urlPathEqualTo("/v1.0/oauth2/accessToken"))))
                .hasSize(tokensBefore + 1);
    }

    @Test
    void groupReplyAfterTheWebhookExpiredGoesToTheGroupThroughTheOpenApi() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = groupMessage(staff, true);
        message.put("sessionWebhookExpiredTime", System.currentTimeMillis() - 1_000);

        assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);

        var pattern = postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .withRequestBody(matchingJsonPath("$.openConversationId", equalTo((String) message.get("conversationId"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(pattern).size() == 1);
    }

    @Test
    void webhookThatSaysTheSessionIsGoneFallsBackToTheOpenApi() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "text");
        PLATFORMS.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .withQueryParam("session", equalTo(session(message)))
                .willReturn(json("{\"errcode\":300001,\"errmsg\":\"session 不存在\"}")));

        assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);

        var pattern = postRequestedFor(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))
                .withRequestBody(matchingJsonPath("$.userIds[0]", equalTo(staff)));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(pattern).size() == 1);
        assertThat(webhookCalls(message)).hasSize(1);
    }

    @Test
    void webhookOnAnotherHostIsNeverCalled() {
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "text");
        message.put("sessionWebhook", "http://127.0.0.2:9/robot/sendBySession?session=elsewhere");

        assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);

        var pattern = postRequestedFor(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))
                .withRequestBody(matchingJsonPath("$.userIds[0]", equalTo(staff)));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(pattern).size() == 1);
    }

    @Test
    void unknownSenderGetsTheBindingHint() {
        String stranger = Fixtures.unique("staff-stranger");
        var message = message(stranger, "text");

        assertThat(deliver(message, Instant.now()).status()).isEqualTo(200);

        assertThat(body(awaitWebhook(message, 1).get(0)).get("text").get("content").asString())
                .contains("还没有绑定").contains(stranger);
    }

    @Test
    void bodyOverOneMegabyteIsRefused() {
        long now = System.currentTimeMillis();
        String huge = "{\"msgId\":\"x\",\"text\":{\"content\":\"" + "拜".repeat(400_000) + "\"}}";

        var response = dingtalk.post("/callback/dingtalk", "application/json", huge,
                Map.of("timestamp", String.valueOf(now), "sign", sign(now, DINGTALK_APP_SECRET)));

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void malformedJsonIsRefusedWith400BeforeAnythingIsProcessed() {

        for (String body : new String[] {"{\"msgId\":\"x\",\"text\":{\"content\":", "[1,2,3]", "not json at all", "\"a string\"",
                "{\"msgId\":" + "[".repeat(5000) + "}"}) {
            long now = System.currentTimeMillis();
            var response = dingtalk.post("/callback/dingtalk", "application/json", body,
                    Map.of("timestamp", String.valueOf(now), "sign", sign(now, DINGTALK_APP_SECRET)));
            assertThat(response.status()).as(body.length() > 40 ? body.substring(0, 40) : body).isEqualTo(400);
        }
    }

    @Test
    void customGroupRobotSignsEveryCallWithItsSecret() {
        String accessToken = Fixtures.unique("robot");
        String secret = "SEC" + Fixtures.unique("secret");

        boolean sent = groupRobot.sendGroupMarkdown(PLATFORMS.baseUrl() + "/robot/send?access_token=" + accessToken,
                secret, "晨会", "### 今日目标\n- 拜访 **3** 个网点");

        assertThat(sent).isTrue();
        var calls = received(postRequestedFor(urlPathEqualTo("/robot/send")).withQueryParam("access_token", equalTo(accessToken)));
        assertThat(calls).hasSize(1);
        long timestamp = Long.parseLong(calls.get(0).queryParameter("timestamp").firstValue());
        assertThat(Math.abs(System.currentTimeMillis() - timestamp)).isLessThan(60_000);
        assertThat(calls.get(0).queryParameter("sign").firstValue()).isEqualTo(sign(timestamp, secret));
        JsonNode body = body(calls.get(0));
        assertThat(body.get("markdown").get("title").asString()).isEqualTo("晨会");
        assertThat(body.get("markdown").get("text").asString()).contains("今日目标");
    }

    @Test
    void longHuddleArrivesInOrderInSeveralParts() {
        String accessToken = Fixtures.unique("robot");
        String markdown = IntStream.rangeClosed(1, 400)
                .mapToObj(i -> "- 第" + i + "位客户经理：今日拜访三个网点，出单两件，保费五万元。")
                .collect(Collectors.joining("\n"));

        assertThat(groupRobot.sendGroupMarkdown(PLATFORMS.baseUrl() + "/robot/send?access_token=" + accessToken,
                "SECtest", "夕会", markdown)).isTrue();

        var calls = received(postRequestedFor(urlPathEqualTo("/robot/send")).withQueryParam("access_token", equalTo(accessToken)));
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2);
        List<String> texts = calls.stream().map(c -> body(c).get("markdown").get("text").asString()).toList();
        assertThat(texts).allSatisfy(t -> assertThat(t.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(15_000));
        assertThat(String.join("\n", texts)).isEqualTo(markdown);
        assertThat(body(calls.get(0)).get("markdown").get("title").asString()).isEqualTo("夕会（1/" + calls.size() + "）");
    }

    @Test
    void streamModeStaysOffAndItsListenerFeedsTheSamePipeline() {
        assertThat(context.getBeanNamesForType(DingTalkStreamConnection.class)).isEmpty();
        String staff = Fixtures.unique("staff");
        member(null, staff);
        var message = message(staff, "text");
        ChatbotMessage streamed = new ChatbotMessage();
        streamed.setMsgId((String) message.get("msgId"));
        streamed.setMsgtype("text");
        MessageContent text = new MessageContent();
        text.setContent(" " + NOTE);
        streamed.setText(text);
        streamed.setConversationType("1");
        streamed.setSenderStaffId(staff);
        streamed.setSessionWebhook((String) message.get("sessionWebhook"));
        streamed.setSessionWebhookExpiredTime((Long) message.get("sessionWebhookExpiredTime"));
        streamed.setCreateAt(System.currentTimeMillis());

        streamListener.execute(streamed);

        assertThat(body(awaitWebhook(message, 1).get(0)).get("text").get("content").asString()).contains("已记下");
        assertThat(notesFor("dingtalk", (String) message.get("msgId"))).isEqualTo(1);
    }

    private CallbackClient.Response deliver(Map<String, Object> message, Instant sentAt) {
        long timestamp = sentAt.toEpochMilli();
        return dingtalk.post("/callback/dingtalk", "application/json; charset=utf-8", JSON.writeValueAsString(message),
                Map.of("timestamp", String.valueOf(timestamp), "sign", sign(timestamp, DINGTALK_APP_SECRET)));
    }

    /** As DingTalk signs: Base64(HmacSHA256(secret, timestamp + "\n" + secret)), written here independently. */
    static String sign(long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> message(String staffId, String msgtype) {
        long now = System.currentTimeMillis();
        Map<String, Object> message = new HashMap<>();
        message.put("msgId", Fixtures.unique("msg"));
        message.put("msgtype", msgtype);
        message.put("text", Map.of("content", " " + NOTE));
        message.put("createAt", now);
        message.put("conversationType", "1");
        message.put("conversationId", Fixtures.unique("cid"));
        message.put("senderId", "$:LWCP_v1:$" + Fixtures.unique("enc"));
        message.put("senderStaffId", staffId);
        message.put("senderNick", "李经理");
        message.put("senderCorpId", "ding-corp");
        message.put("chatbotUserId", "$:LWCP_v1:$bot");
        message.put("robotCode", DINGTALK_APP_KEY);
        message.put("isAdmin", false);
        message.put("isInAtList", true);
        message.put("sessionWebhook", PLATFORMS.baseUrl() + "/robot/sendBySession?session=" + Fixtures.unique("s"));
        message.put("sessionWebhookExpiredTime", now + Duration.ofMinutes(90).toMillis());
        return message;
    }

    private Map<String, Object> groupMessage(String staffId, boolean mentioned) {
        var message = message(staffId, "text");
        message.put("conversationType", "2");
        message.put("conversationTitle", "城南团队");
        message.put("isInAtList", mentioned);
        return message;
    }

    private static String session(Map<String, Object> message) {
        String webhook = (String) message.get("sessionWebhook");
        return webhook.substring(webhook.indexOf("session=") + "session=".length());
    }

    private List<LoggedRequest> webhookCalls(Map<String, Object> message) {
        return received(postRequestedFor(urlPathEqualTo("/robot/sendBySession"))
                .withQueryParam("session", equalTo(session(message))));
    }

    private List<LoggedRequest> awaitWebhook(Map<String, Object> message, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCalls(message).size() >= count);
        return webhookCalls(message);
    }

    private static JsonNode body(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString());
    }
}
