package com.branchmate.bot.channels.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where a reply may be posted: only DingTalk's session endpoint, whatever a (forged) callback body names. */
@Tag("channel")
class DingTalkWebhookTrustTest {

    private static final DingTalkProperties PRODUCTION = new DingTalkProperties("key", "secret", null,
            URI.create("https://api.dingtalk.com"), URI.create("https://oapi.dingtalk.com"), false);
    private static final DingTalkProperties LOCAL_FAKE = new DingTalkProperties("key", "secret", null,
            URI.create("http://127.0.0.1:18080"), URI.create("http://127.0.0.1:18080"), false);

    @Test
    void dingTalksOwnSessionEndpointOverHttpsIsTrusted() {
        assertThat(trusted("https://oapi.dingtalk.com/robot/sendBySession?session=abc", PRODUCTION)).isTrue();
        assertThat(trusted("https://oapi.dingtalk.com:443/robot/sendBySession?session=abc", PRODUCTION)).isTrue();
        assertThat(trusted("https://api.dingtalk.com/robot/sendBySession?session=abc", PRODUCTION)).isTrue();
    }

    @Test
    void otherHostsSchemesPortsPathsAndTricksAreNot() {
        for (String url : new String[] {
                "http://oapi.dingtalk.com/robot/sendBySession?session=abc",
                "https://oapi.dingtalk.com:8443/robot/sendBySession?session=abc",
                "https://evil.example/robot/sendBySession?session=abc",
                "https://oapi.dingtalk.com.evil.example/robot/sendBySession?session=abc",
                "https://oapi.dingtalk.com@evil.example/robot/sendBySession?session=abc",
                "https://evil.example#@oapi.dingtalk.com/robot/sendBySession",
                "https://oapi.dingtalk.com/robot/send?access_token=x",
                "https://oapi.dingtalk.com/robot/sendBySession/../../user/get",
                "http://127.0.0.1:18080/robot/sendBySession?session=abc",
                "/robot/sendBySession?session=abc"}) {
            assertThat(trusted(url, PRODUCTION)).as(url).isFalse();
        }
    }

    @Test
    void aLocalFakeIsTrustedOnlyWhenTheConfiguredBaseUrlIsThatFake() {
        assertThat(trusted("http://127.0.0.1:18080/robot/sendBySession?session=abc", LOCAL_FAKE)).isTrue();
        assertThat(trusted("http://127.0.0.1:18081/robot/sendBySession?session=abc", LOCAL_FAKE)).isFalse();
        assertThat(trusted("http://127.0.0.2:18080/robot/sendBySession?session=abc", LOCAL_FAKE)).isFalse();
        assertThat(trusted("https://127.0.0.1:18080/robot/sendBySession?session=abc", LOCAL_FAKE)).isFalse();
    }

    private static boolean trusted(String url, DingTalkProperties properties) {
        return DingTalkChannel.trustedWebhook(URI.create(url), properties);
    }
}
