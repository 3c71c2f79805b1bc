package com.branchmate.bot.huddles;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evening huddle @-mentions who logged nothing, in each group robot's own mention syntax. */
@SpringBootTest
@Tag("channel")
class HuddleMentionsTest {

    static final WireMockServer PLATFORMS = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    static {
        PLATFORMS.start();
        PLATFORMS.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        PLATFORMS.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("bot.wecom.api-base-url", PLATFORMS::baseUrl);
        // Huddles post only to the platforms' robot hosts: here, the fake standing in for them.
        registry.add("bot.dingtalk.oapi-base-url", PLATFORMS::baseUrl);
    }

    @AfterAll
    static void stop() {
        PLATFORMS.stop();
    }

    @Autowired
    MemberService members;

    @Autowired
    HuddleService huddles;

    @Autowired
    HuddleScheduler scheduler;

    @Test
    void silentMembersAreMentionedAsWeComAndDingTalkUsers() {
        String code = Fixtures.unique("at");
        long teamId = members.ensureTeam(code, "提醒团队").id();
        String wecomId = Fixtures.unique("wx").replace("-", "");
        String staffId = Fixtures.unique("dt").replace("-", "");
        members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("quiet"), "沉默的李四", Role.MEMBER,
                code, null, wecomId, staffId), "test");
        members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("plain"), "未绑定王五", Role.MEMBER,
                code, null, null, null), "test");
        String key = "robot-" + code;
        huddles.save(Caller.system(), code, new HuddleSettings(teamId, true, "08:30", "17:30", "Asia/Shanghai", key, null,
                PLATFORMS.baseUrl() + "/robot/send?access_token=" + code, "SEC-" + code, null,
                HuddleSettings.CustomerNames.HONORIFIC, null, null, null, null, 60, false, 30, 7, 7, null));

        scheduler.runDue(Instant.parse("2026-11-23T09:31:00Z"));

        String wecom = body("/cgi-bin/webhook/send", key);
        JsonNode dingtalk = JsonMapper.builder().build().readTree(body("/robot/send", code));
        assertThat(wecom).contains("<@" + wecomId + ">").doesNotContain("@沉默的李四").contains("@未绑定王五");
        assertThat(dingtalk.get("markdown").get("text").asText()).contains("@" + staffId).doesNotContain("@沉默的李四");
        assertThat(dingtalk.get("at").get("atUserIds").get(0).asText()).isEqualTo(staffId);
    }

    private static String body(String path, String marker) {
        return PLATFORMS.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
                .filter(r -> r.getUrl().contains(marker)).filter(r -> r.getBodyAsString().contains("夕会"))
                .findFirst().orElseThrow(() -> new AssertionError("no evening huddle posted to " + path)).getBodyAsString();
    }
}
