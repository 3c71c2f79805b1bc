package com.branchmate.bot.channels.dingtalk;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.ChatChannel;
import com.branchmate.bot.channels.JsonHttp;
import com.branchmate.bot.channels.MessageSplitter;
import com.branchmate.bot.channels.OutboundSender;
import com.branchmate.bot.channels.OutboundSender.Part;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.channels.SendFailed;

/**
 * Messages from the DingTalk app robot. A reply to a member's message goes through the message's
 * sessionWebhook while it lives (no token needed); after that, and for anything the bot starts itself
 * (huddle prompts, reminders), through the OpenAPI: {@code oToMessages/batchSend} to a member,
 * {@code groupMessages/send} to a group.
 */
@Component
public class DingTalkChannel implements ChatChannel {

    private static final MessageSplitter SPLITTER = new MessageSplitter();

    /** DingTalk refuses bodies over 20,000 bytes (460101); the JSON around the text needs room too. */
    static final int BODY_LIMIT_BYTES = 20_000;
    static final int TEXT_LIMIT_BYTES = 15_000;
    /** Don't start on a webhook about to expire: a long reply in parts would lose its tail. */
    private static final Duration WEBHOOK_MARGIN = Duration.ofMinutes(1);
    /** Where DingTalk's sessionWebhook URLs live (https://oapi.dingtalk.com/robot/sendBySession?session=…). */
    private static final Set<String> DINGTALK_HOSTS = Set.of("oapi.dingtalk.com", "api.dingtalk.com");
    private static final String SESSION_PATH = "/robot/sendBySession";

    private final DingTalkProperties properties;
    private final DingTalkApi api;
    private final JsonHttp http;
    private final OutboundSender sender;
    private final Clock clock;

    DingTalkChannel(DingTalkProperties properties, DingTalkApi api, JsonHttp http, OutboundSender sender,
                    Clock clock) {
        this.properties = properties;
        this.api = api;
        this.http = http;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "dingtalk";
    }

    @Override
    public void send(Recipient to, Reply reply) {
        requireEnabled();
        boolean group = to.chatId() != null && !to.chatId().isBlank();
        String recipient = group ? "chat:" + to.chatId() : "user:" + to.userId();
        String messageKey = "out:" + UUID.randomUUID();
        List<String> parts = fitting(reply.text(), part -> openApiBody(group, to, part));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            var result = sender.send(new Part(id(), recipient, messageKey, i + 1, parts.size()), null,
                    () -> api.post(openApiPath(group), openApiBody(group, to, part)));
            requireSent(result);
        }
    }

    /** The answer to a member's message: through its sessionWebhook while valid, else the OpenAPI. */
    void reply(DingTalkMessage message, Reply reply) {
        requireEnabled();
        boolean group = message.group();
        Recipient to = group ? Recipient.group(message.conversationId()) : Recipient.user(message.senderStaffId());
        String recipient = group ? "chat:" + message.conversationId() : "user:" + message.senderStaffId();
        URI webhook = usableWebhook(message);
        AtomicBoolean webhookAlive = new AtomicBoolean(webhook != null);
        List<String> parts = fitting(reply.text(), part -> webhookBody(message, part));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            var result = sender.send(new Part(id(), recipient, "in:" + message.msgId(), i + 1, parts.size()), null,
                    () -> {
                        if (webhookAlive.get()) {
                            JsonHttp.Answer answer = api.postWebhook(webhook, webhookBody(message, part));
                            if (answer.number("errcode", 0) != DingTalkApi.SESSION_GONE) {
                                return DingTalkApi.judgeWebhook(answer);
                            }
                            // Expired early (or the clocks disagree): this and later parts take the OpenAPI.
                            webhookAlive.set(false);
                        }
                        return api.post(openApiPath(group), openApiBody(group, to, part));
                    });
            requireSent(result);
        }
    }

    /** The sessionWebhook if it is DingTalk's own session endpoint and has more than a minute to live. */
    private URI usableWebhook(DingTalkMessage message) {
        if (message.sessionWebhook() == null
                || clock.millis() + WEBHOOK_MARGIN.toMillis() >= message.sessionWebhookExpiredTime()) {
            return null;
        }
        try {
            URI uri = URI.create(message.sessionWebhook());
            // The callback signature does not cover the body: never post where a forged body points.
            return trustedWebhook(uri, properties) ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Only DingTalk's session endpoint: https on DingTalk's own API hosts, or exactly (scheme, host and port) the
     * API base URLs the operator configured, which is how a local fake in tests is reached. A plain-http or
     * loopback webhook is therefore trusted only when the configured base URL is that very address.
     */
    static boolean trustedWebhook(URI uri, DingTalkProperties properties) {
        if (uri.getRawUserInfo() != null || uri.getHost() == null
                || !SESSION_PATH.equals(uri.getPath())) {
            return false;
        }
        boolean dingtalkHost = "https".equalsIgnoreCase(uri.getScheme())
                && DINGTALK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
                && (uri.getPort() == -1 || uri.getPort() == 443);
        return dingtalkHost || sameOrigin(uri, properties.oapiBaseUrl()) || sameOrigin(uri, properties.apiBaseUrl());
    }

    private static boolean sameOrigin(URI uri, URI base) {
        return base != null && base.getHost() != null
                && Objects.equals(lower(uri.getScheme()), lower(base.getScheme()))
                && uri.getHost().equalsIgnoreCase(base.getHost()) && port(uri) == port(base);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> webhookBody(DingTalkMessage message, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "text");
        body.put("text", Map.of("content", text));
        if (message.group() && message.senderStaffId() != null) {
            body.put("at", Map.of("atUserIds", List.of(message.senderStaffId()), "isAtAll", false));
        }
        return body;
    }

    private static String openApiPath(boolean group) {
        return group ? "/v1.0/robot/groupMessages/send" : "/v1.0/robot/oToMessages/batchSend";
    }

    private Map<String, Object> openApiBody(boolean group, Recipient to, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("robotCode", properties.robotCodeOrAppKey());
        if (group) {
            body.put("openConversationId", to.chatId());
        } else {
            body.put("userIds", List.of(to.userId()));
        }
        body.put("msgKey", "sampleText");
        body.put("msgParam", http.write(Map.of("content", text)));
        return body;
    }

    /**
     * Parts whose JSON, as actually sent, stays under DingTalk's body limit: escaping (msgParam is JSON inside
     * JSON) can make a part several times its text size, so an oversized part is split again.
     */
    private List<String> fitting(String text, Function<String, Object> body) {
        List<String> parts = new ArrayList<>();
        for (String part : SPLITTER.split(text == null ? "" : text, TEXT_LIMIT_BYTES)) {
            addFitting(parts, part, TEXT_LIMIT_BYTES, body);
        }
        return parts;
    }

    private void addFitting(List<String> parts, String part, int limit, Function<String, Object> body) {
        if (limit <= 64 || utf8Length(http.write(body.apply(part))) <= BODY_LIMIT_BYTES) {
            parts.add(part);
            return;
        }
        for (String smaller : SPLITTER.split(part, limit / 2)) {
            addFitting(parts, smaller, limit / 2, body);
        }
    }

    private void requireEnabled() {
        if (!properties.enabled()) {
            throw new IllegalStateException("DingTalk app is not configured (bot.dingtalk.*)");
        }
    }

    private static void requireSent(OutboundSender.Result result) {
        if (!result.sent()) {
            throw new SendFailed("DingTalk send", result);
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
