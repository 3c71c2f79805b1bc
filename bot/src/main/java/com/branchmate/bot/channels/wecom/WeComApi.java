package com.branchmate.bot.channels.wecom;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.AccessTokenCache;
import com.branchmate.bot.channels.JsonHttp;
import com.branchmate.bot.channels.OutboundSender.Attempt;

/** Calls to WeCom's API with the app's access token, and how WeCom's answers are read. */
@Component
class WeComApi {

    /** The token is invalid or expired: drop it and try again with a fresh one. */
    private static final Set<Long> TOKEN_INVALID = Set.of(40001L, 40014L, 42001L);
    /** Busy (-1), rate limited (45009), too many concurrent calls (45033): worth another try later. */
    private static final Set<Long> TRY_AGAIN = Set.of(-1L, 45009L, 45033L);

    private final WeComProperties properties;
    private final JsonHttp http;
    private final AccessTokenCache tokens;

    WeComApi(WeComProperties properties, JsonHttp http, AccessTokenCache tokens) {
        this.properties = properties;
        this.http = http;
        this.tokens = tokens;
    }

    /** One token per app secret, shared by all instances. */
    String tokenKey() {
        return "token:wecom:" + properties.corpId() + ":" + properties.agentId();
    }

    /** POSTs to an API path that takes the app's access token. */
    Attempt postWithToken(String path, Object body) throws IOException, InterruptedException {
        String token = tokens.token(tokenKey(), this::fetchToken);
        JsonHttp.Answer answer = http.post(URI.create(properties.api(path + "?access_token=" + encode(token))), body);
        long errcode = answer.number("errcode", answer.serverError() ? -1 : 0);
        if (TOKEN_INVALID.contains(errcode)) {
            tokens.invalidate(tokenKey());
        }
        return judge(answer);
    }

    /** POSTs to a full URL that needs no token (group robot webhook, robot response_url). */
    Attempt postWithoutToken(URI uri, Object body) throws IOException, InterruptedException {
        return judge(http.post(uri, body));
    }

    static Attempt judge(JsonHttp.Answer answer) {
        if (answer.serverError()) {
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
        return TOKEN_INVALID.contains(errcode) || TRY_AGAIN.contains(errcode)
                ? Attempt.retry(error) : Attempt.fail(error);
    }

    private AccessTokenCache.Grant fetchToken() throws IOException, InterruptedException {
        JsonHttp.Answer answer = http.get(URI.create(properties.api("/cgi-bin/gettoken?corpid="
                + encode(properties.corpId()) + "&corpsecret=" + encode(properties.secret()))));
        String token = answer.text("access_token");
        if (answer.number("errcode", 0) != 0 || token == null || token.isBlank()) {
            // An IOException makes the sender retry, as for any other failed call.
            throw new IOException("WeCom gettoken failed: HTTP " + answer.status() + ", errcode "
                    + answer.number("errcode", -1) + " " + answer.text("errmsg"));
        }
        return new AccessTokenCache.Grant(token, Duration.ofSeconds(answer.number("expires_in", 7200)));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
