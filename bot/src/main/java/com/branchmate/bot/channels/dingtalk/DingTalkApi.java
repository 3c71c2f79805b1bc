package com.branchmate.bot.channels.dingtalk;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.AccessTokenCache;
import com.branchmate.bot.channels.JsonHttp;
import com.branchmate.bot.channels.OutboundSender.Attempt;

/** DingTalk's OpenAPI with the app's access token, and how DingTalk's answers are read. */
@Component
class DingTalkApi {

    /** Custom robot: more than 20 a minute; the robot is then blocked for 10 minutes. */
    static final long SEND_TOO_FAST = 130101;
    /** sessionWebhook past its expiry ("session 不存在"). */
    static final long SESSION_GONE = 300001;

    private final DingTalkProperties properties;
    private final JsonHttp http;
    private final AccessTokenCache tokens;

    DingTalkApi(DingTalkProperties properties, JsonHttp http, AccessTokenCache tokens) {
        this.properties = properties;
        this.http = http;
        this.tokens = tokens;
    }

    String tokenKey() {
        return "token:dingtalk:" + properties.appKey();
    }

    /** POSTs to an OpenAPI path (api.dingtalk.com) with the access token header. */
    Attempt post(String path, Object body) throws IOException, InterruptedException {
        String token = tokens.token(tokenKey(), this::fetchToken);
        JsonHttp.Answer answer = http.post(URI.create(properties.api(path)), body,
                Map.of("x-acs-dingtalk-access-token", token));
        if (answer.status() == 401 || "InvalidAuthentication".equals(answer.text("code"))) {
            tokens.invalidate(tokenKey());
            return Attempt.retry("token rejected: " + answer.text("code"));
        }
        if (answer.status() == 429 || answer.serverError() || throttled(answer.text("code"))) {
            return Attempt.retry("HTTP " + answer.status() + " " + answer.text("code"));
        }
        if (answer.status() >= 400) {
            return Attempt.fail("HTTP " + answer.status() + " " + answer.text("code") + " " + answer.text("message"));
        }
        if (answer.body().path("flowControlledStaffIdList").size() > 0) {
            return Attempt.retry("flow controlled");
        }
        if (answer.body().path("invalidStaffIdList").size() > 0) {
            return Attempt.fail("invalid staff id");
        }
        return Attempt.success();
    }

    /** POSTs to a webhook (sessionWebhook or custom robot), which answers errcode/errmsg. */
    JsonHttp.Answer postWebhook(URI uri, Object body) throws IOException, InterruptedException {
        return http.post(uri, body);
    }

    static Attempt judgeWebhook(JsonHttp.Answer answer) {
        if (answer.serverError() || answer.status() == 429) {
            return Attempt.retry("HTTP " + answer.status());
        }
        if (answer.status() >= 400) {
            return Attempt.fail("HTTP " + answer.status());
        }
        long errcode = answer.number("errcode", 0);
        if (errcode == 0) {
            return Attempt.success();
        }
        String error = "errcode " + errcode + " " + answer.text("errmsg");
        return errcode == SEND_TOO_FAST || errcode == -1 ? Attempt.retry(error) : Attempt.fail(error);
    }

    private static boolean throttled(String code) {
        return code != null && (code.contains("Throttling") || code.contains("QpsLimit") || code.contains("FlowControl"));
    }

    private AccessTokenCache.Grant fetchToken() throws IOException, InterruptedException {
        JsonHttp.Answer answer = http.post(URI.create(properties.api("/v1.0/oauth2/accessToken")),
                Map.of("appKey", properties.appKey(), "appSecret", properties.appSecret()));
        String token = answer.text("accessToken");
        if (answer.status() != 200 || token == null || token.isBlank()) {
            throw new IOException("DingTalk accessToken failed: HTTP " + answer.status() + " " + answer.text("code"));
        }
        return new AccessTokenCache.Grant(token, Duration.ofSeconds(answer.number("expireIn", 7200)));
    }
}
