package com.branchmate.bot.channels.dingtalk;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.channels.CallbackBody;
import com.branchmate.bot.channels.ChannelsProperties;
import com.branchmate.bot.channels.JsonHttp;

import tools.jackson.databind.JsonNode;

/**
 * The DingTalk app robot's HTTP callback (消息接收模式 HTTP). The headers {@code timestamp} and {@code sign}
 * are checked before anything is read into the pipeline; a bad or stale pair, or a pair already used for
 * another message (the signature does not cover the body), gets 403 and nothing happens.
 * The answer is an empty 200 at once; the reply follows through the sessionWebhook. Only when the bot is too
 * busy does the response itself carry a message, which DingTalk shows in the chat.
 */
@RestController
class DingTalkCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DingTalkCallbackController.class);

    private final DingTalkProperties properties;
    private final DingTalkInbox inbox;
    private final DingTalkReplayGuard replayGuard;
    private final JsonHttp http;
    private final ChannelsProperties channels;
    private final Clock clock;

    DingTalkCallbackController(DingTalkProperties properties, DingTalkInbox inbox, DingTalkReplayGuard replayGuard,
                               JsonHttp http, ChannelsProperties channels, Clock clock) {
        this.properties = properties;
        this.inbox = inbox;
        this.replayGuard = replayGuard;
        this.http = http;
        this.channels = channels;
        this.clock = clock;
    }

    @PostMapping("/callback/dingtalk")
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        if (!properties.enabled()) {
            return ResponseEntity.notFound().build();
        }
        if (!DingTalkSignature.verify(request.getHeader("timestamp"), request.getHeader("sign"),
                properties.appSecret(), clock.instant())) {
            log.warn("DingTalk callback with a bad or stale signature refused");
            return ResponseEntity.status(403).build();
        }
        JsonNode body;
        try {
            body = http.read(CallbackBody.read(request, channels.maxCallbackBody().toBytes()));
        } catch (CallbackBody.TooLarge e) {
            return ResponseEntity.status(413).build();
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().build();
        }
        if (body == null || !body.isObject()) {
            return ResponseEntity.badRequest().build();
        }
        DingTalkMessage message = DingTalkMessage.fromJson(body);
        if (message.msgId() == null || message.msgId().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        if (!replayGuard.accept(request.getHeader("timestamp"), request.getHeader("sign"), message.msgId())) {
            log.warn("DingTalk callback refused: its timestamp and sign were already used for another message");
            return ResponseEntity.status(403).build();
        }
        return inbox.accept(message)
                .map(text -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(http.write(Map.of("msgtype", "text", "text", Map.of("content", text)))))
                .orElseGet(() -> ResponseEntity.ok().build());
    }
}
