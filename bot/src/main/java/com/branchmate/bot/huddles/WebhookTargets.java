package com.branchmate.bot.huddles;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.dingtalk.DingTalkProperties;
import com.branchmate.bot.channels.wecom.WeComProperties;
import com.branchmate.bot.platform.web.BadRequestException;

/**
 * Where a team's huddle may be posted: the server sends only to the platforms' own robot hosts (DingTalk
 * oapi.dingtalk.com, WeCom qyapi.weixin.qq.com, or the base URLs configured for them), never to a URL someone typed.
 */
@Component
class WebhookTargets {

    private static final URI DINGTALK_ROBOT_HOST = URI.create("https://oapi.dingtalk.com");
    private static final URI WECOM_ROBOT_HOST = URI.create("https://qyapi.weixin.qq.com");
    private static final Pattern WECOM_KEY = Pattern.compile("[A-Za-z0-9_-]{8,128}");
    private static final Pattern KEY_IN_URL = Pattern.compile("[?&]key=([^&]+)");

    private final URI dingtalkOapi;
    private final URI wecomApi;

    WebhookTargets(DingTalkProperties dingtalk, WeComProperties wecom) {
        this.dingtalkOapi = dingtalk.oapiBaseUrl();
        this.wecomApi = wecom.apiBaseUrl();
    }

    /** A DingTalk custom robot's URL, checked: https://oapi.dingtalk.com/robot/send?access_token=…. */
    String dingtalkWebhook(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri = parse(url.strip(), "dingtalkWebhook");
        if (!(sameOrigin(uri, DINGTALK_ROBOT_HOST) || sameOrigin(uri, dingtalkOapi))
                || !"/robot/send".equals(uri.getPath()) || uri.getRawQuery() == null
                || !uri.getRawQuery().contains("access_token=") || uri.getUserInfo() != null) {
            throw new BadRequestException("dingtalkWebhook",
                    "钉钉机器人 Webhook 应为 https://oapi.dingtalk.com/robot/send?access_token=… ");
        }
        return uri.toString();
    }

    /** A WeCom group robot's key; the whole webhook URL pasted from WeCom is accepted and its key kept. */
    String wecomKey(String keyOrUrl) {
        if (keyOrUrl == null || keyOrUrl.isBlank()) {
            return null;
        }
        String value = keyOrUrl.strip();
        if (value.contains("://")) {
            URI uri = parse(value, "wecomWebhookKey");
            Matcher key = KEY_IN_URL.matcher("?" + Objects.toString(uri.getRawQuery(), ""));
            if (!(sameOrigin(uri, WECOM_ROBOT_HOST) || sameOrigin(uri, wecomApi)) || !key.find()) {
                throw new BadRequestException("wecomWebhookKey",
                        "企业微信群机器人地址应为 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… ");
            }
            value = key.group(1);
        }
        if (!WECOM_KEY.matcher(value).matches()) {
            throw new BadRequestException("wecomWebhookKey", "企业微信群机器人 Key 只含字母、数字和 -");
        }
        return value;
    }

    private static URI parse(String url, String field) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new BadRequestException(field, "不是有效的网址");
        }
    }

    private static boolean sameOrigin(URI uri, URI allowed) {
        return allowed != null && Objects.equals(uri.getScheme(), allowed.getScheme())
                && uri.getHost() != null && uri.getHost().equalsIgnoreCase(allowed.getHost())
                && port(uri) == port(allowed);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }
}
