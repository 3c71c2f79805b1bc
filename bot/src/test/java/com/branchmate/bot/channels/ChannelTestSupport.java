package com.branchmate.bot.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One running bot for all channel tests, with WeCom's and DingTalk's hosts pointed at one local WireMock fake
 * on 127.0.0.1 that answers like the platforms do. Tests use their own member ids, so they can share it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("channel")
public abstract class ChannelTestSupport {

    public static final String CORP_ID = "wwbranchmatetest";
    public static final int AGENT_ID = 1000002;
    public static final String WECOM_TOKEN = "wecom-callback-token";
    public static final String WECOM_AES_KEY = encodingAesKey();
    public static final String ROBOT_TOKEN = "wecom-robot-token";
    public static final String ROBOT_AES_KEY = encodingAesKey();
    public static final String DINGTALK_APP_KEY = "dingbranchmatetest";
    public static final String DINGTALK_APP_SECRET = "dingtalk-app-secret-for-tests";

    protected static final WireMockServer PLATFORMS = startPlatforms();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MemberService members;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected com.branchmate.bot.platform.privacy.FieldCipher cipher;

    @DynamicPropertySource
    static void platformsOnLocalhost(DynamicPropertyRegistry registry) {
        String base = PLATFORMS.baseUrl();
        registry.add("bot.wecom.corp-id", () -> CORP_ID);
        registry.add("bot.wecom.agent-id", () -> AGENT_ID);
        registry.add("bot.wecom.secret", () -> "wecom-app-secret");
        registry.add("bot.wecom.token", () -> WECOM_TOKEN);
        registry.add("bot.wecom.aes-key", () -> WECOM_AES_KEY);
        registry.add("bot.wecom.robot-token", () -> ROBOT_TOKEN);
        registry.add("bot.wecom.robot-aes-key", () -> ROBOT_AES_KEY);
        registry.add("bot.wecom.api-base-url", () -> base);
        registry.add("bot.dingtalk.app-key", () -> DINGTALK_APP_KEY);
        registry.add("bot.dingtalk.app-secret", () -> DINGTALK_APP_SECRET);
        registry.add("bot.dingtalk.api-base-url", () -> base);
        registry.add("bot.dingtalk.oapi-base-url", () -> base);
        registry.add("bot.channels.retry-backoff", () -> "20ms");
        registry.add("bot.channels.rate-limit-max-wait", () -> "300ms");
    }

    /** The platforms' answers when all goes well; tests add their own stubs for failures. */
    private static WireMockServer startPlatforms() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(json(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"wecom-token-1\",\"expires_in\":7200}")));
        for (String path : List.of("/cgi-bin/message/send", "/cgi-bin/appchat/send", "/cgi-bin/webhook/send")) {
            server.stubFor(post(urlPathEqualTo(path)).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        }
        server.stubFor(post(urlPathMatching("/cgi-bin/aibot/response.*")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        server.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).willReturn(json(
                "{\"accessToken\":\"dingtalk-token-1\",\"expireIn\":7200}")));
        server.stubFor(post(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend")).willReturn(json(
                "{\"processQueryKey\":\"q1\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}")));
        server.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(json(
                "{\"processQueryKey\":\"q2\"}")));
        server.stubFor(post(urlPathMatching("/robot/sendBySession.*")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        server.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Requests the fake received that match, oldest first. */
    protected static List<LoggedRequest> received(RequestPatternBuilder pattern) {
        return PLATFORMS.findAll(pattern).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** A member bound to the given platform ids (either may be null). */
    protected void member(String wecomUserId, String dingtalkStaffId) {
        members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("m"), "张经理", null, "default",
                null, wecomUserId, dingtalkStaffId), "test");
    }

    protected int notesFor(String channel, String messageId) {
        return jdbc.queryForObject("select count(*) from visit_note where channel = ? and channel_message_id = ?",
                Integer.class, channel, messageId);
    }

    /** A valid EncodingAESKey as WeCom's console generates it: 43 characters of [a-zA-Z0-9]. */
    private static String encodingAesKey() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(key);
            if (encoded.matches("[a-zA-Z0-9]{43}")) {
                return encoded;
            }
        }
    }
}
