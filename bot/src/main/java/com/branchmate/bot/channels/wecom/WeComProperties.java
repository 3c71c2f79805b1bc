package com.branchmate.bot.channels.wecom;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.wecom}: the self-built app (应用) that members talk to one-to-one, and optionally the intelligent
 * robot (智能机器人) that answers @-mentions in groups. Without the app's credentials the app callback answers
 * 404; without the robot's token and key the robot callback does.
 *
 * @param corpId      企业ID (ww…); also the receive id checked in every decrypted message
 * @param agentId     the app's AgentId
 * @param secret      the app's Secret, for access tokens
 * @param token       接收消息 → Token, signs callbacks
 * @param aesKey      接收消息 → EncodingAESKey (43 characters)
 * @param apiBaseUrl  WeCom's API host; tests point it at a local fake
 * @param robotToken  the intelligent robot's API-mode Token
 * @param robotAesKey the intelligent robot's API-mode EncodingAESKey
 */
@ConfigurationProperties("bot.wecom")
public record WeComProperties(String corpId, Integer agentId, String secret, String token, String aesKey,
                              @DefaultValue("https://qyapi.weixin.qq.com") URI apiBaseUrl,
                              String robotToken, String robotAesKey) {

    public boolean enabled() {
        return present(corpId) && agentId != null && present(secret) && present(token) && present(aesKey);
    }

    public boolean robotEnabled() {
        return present(robotToken) && present(robotAesKey);
    }

    /** The base URL without a trailing slash, so paths can be appended. */
    String api(String pathAndQuery) {
        String base = apiBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
