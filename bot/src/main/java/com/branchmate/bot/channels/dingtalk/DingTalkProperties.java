package com.branchmate.bot.channels.dingtalk;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.dingtalk}: the enterprise internal app's robot (企业内部应用机器人). Without AppKey and AppSecret
 * the channel is off and its callback answers 404.
 *
 * @param appKey        AppKey (Client ID)
 * @param appSecret     AppSecret (Client Secret): signs callbacks and gets access tokens
 * @param robotCode     RobotCode; for an internal app it is normally the AppKey, which is used when unset
 * @param apiBaseUrl    the new OpenAPI host (tokens, robot messages); tests point it at a local fake
 * @param oapiBaseUrl   the old API host, where sessionWebhook URLs live; replies go only to webhooks on it
 * @param streamEnabled receive through Stream mode (an outbound connection) instead of the HTTP callback
 */
@ConfigurationProperties("bot.dingtalk")
public record DingTalkProperties(String appKey, String appSecret, String robotCode,
                                 @DefaultValue("https://api.dingtalk.com") URI apiBaseUrl,
                                 @DefaultValue("https://oapi.dingtalk.com") URI oapiBaseUrl,
                                 @DefaultValue("false") boolean streamEnabled) {

    public boolean enabled() {
        return present(appKey) && present(appSecret);
    }

    String robotCodeOrAppKey() {
        return present(robotCode) ? robotCode : appKey;
    }

    String api(String path) {
        String base = apiBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
