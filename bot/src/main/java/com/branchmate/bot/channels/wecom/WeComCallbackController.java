package com.branchmate.bot.channels.wecom;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.channels.CallbackBody;
import com.branchmate.bot.channels.ChannelReplies;
import com.branchmate.bot.channels.ChannelsProperties;
import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.InboundMessage;

/**
 * The WeCom app's callback (应用 → 接收消息 → 设置API接收). GET is the URL check WeCom makes when the admin
 * saves the settings; POST carries members' encrypted messages. A message is acknowledged with an empty 200 at
 * once (WeCom re-sends after 5 s without one) and answered later through {@code message/send}.
 */
@RestController
class WeComCallbackController {

    private static final Logger log = LoggerFactory.getLogger(WeComCallbackController.class);

    private final WeComProperties properties;
    private final WeComCrypto crypto;
    private final WeComChannel channel;
    private final InboundDispatcher dispatcher;
    private final ChannelsProperties channels;
    private final Clock clock;

    WeComCallbackController(WeComProperties properties, WeComChannel channel, InboundDispatcher dispatcher,
                            ChannelsProperties channels, Clock clock) {
        this.properties = properties;
        this.crypto = properties.enabled()
                ? new WeComCrypto(properties.token(), properties.aesKey(), properties.corpId()) : null;
        this.channel = channel;
        this.dispatcher = dispatcher;
        this.channels = channels;
        this.clock = clock;
    }

    @GetMapping(value = "/callback/wecom", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verifyUrl(@RequestParam(name = "msg_signature", required = false) String signature,
                                     @RequestParam(required = false) String timestamp,
                                     @RequestParam(required = false) String nonce,
                                     @RequestParam(required = false) String echostr) {
        if (crypto == null) {
            return ResponseEntity.notFound().build();
        }
        return echo(crypto, signature, timestamp, nonce, echostr);
    }

    /** Shared with the robot callback: the same check, with the robot's token and key. */
    static ResponseEntity<String> echo(WeComCrypto crypto, String signature, String timestamp, String nonce,
                                       String echostr) {
        if (echostr == null) {
            return ResponseEntity.badRequest().build();
        }
        try {
            // Base64 has no spaces: a space here is a '+' that was sent unencoded and decoded as a form space.
            String plain = crypto.open(signature, timestamp, nonce, echostr.replace(' ', '+'));
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(plain);
        } catch (WeComCrypto.BadSignature e) {
            return ResponseEntity.status(403).build();
        } catch (WeComCrypto.BadMessage e) {
            return ResponseEntity.badRequest().build();
        }
    }

    @PostMapping("/callback/wecom")
    ResponseEntity<String> receive(@RequestParam(name = "msg_signature", required = false) String signature,
                                   @RequestParam(required = false) String timestamp,
                                   @RequestParam(required = false) String nonce,
                                   HttpServletRequest request) throws IOException {
        if (crypto == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, String> message;
        try {
            String body = CallbackBody.read(request, channels.maxCallbackBody().toBytes());
            String encrypted = SafeXml.fields(body).get("Encrypt");
            message = SafeXml.fields(crypto.open(signature, timestamp, nonce, encrypted));
        } catch (CallbackBody.TooLarge e) {
            return ResponseEntity.status(413).build();
        } catch (WeComCrypto.BadSignature e) {
            log.warn("WeCom callback with a bad signature refused");
            return ResponseEntity.status(403).build();
        } catch (SafeXml.Malformed | WeComCrypto.BadMessage e) {
            log.warn("WeCom callback refused: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        if (!WeComCrypto.fresh(timestamp, clock.instant())) {
            log.warn("WeCom callback refused: signed correctly but its timestamp is more than 5 minutes off");
            return ResponseEntity.status(403).build();
        }
        // WxJava does not compare the receive id; a message for another corp must not reach our members.
        if (!properties.corpId().equals(message.get("ToUserName"))) {
            log.warn("WeCom callback for another corp refused");
            return ResponseEntity.status(403).build();
        }
        return handle(message) ? ResponseEntity.ok().build() : ResponseEntity.status(503).build();
    }

    /** Stores the message for the dispatcher; false when it could be stored nowhere (answered 503: re-send). */
    private boolean handle(Map<String, String> message) {
        String type = message.getOrDefault("MsgType", "");
        String msgId = message.get("MsgId");
        String from = message.get("FromUserName");
        if ("event".equals(type) || msgId == null || msgId.isBlank() || from == null) {
            return true; // events (enter app, subscribe, ...) need no answer
        }
        Instant at = createTime(message.get("CreateTime"));
        String text = switch (type) {
            case "text" -> message.get("Content");
            // WeCom documents no speech-to-text for app voice messages; use it if it ever arrives.
            case "voice" -> blankToNull(message.get("Recognition"));
            default -> null;
        };
        var inbound = new InboundMessage("wecom", msgId, from, null, text, at, true);
        InboundDispatcher.Outcome outcome = text != null
                ? dispatcher.dispatch(inbound, WeComAppReplies.ROUTE)
                : dispatcher.dispatch(inbound, "voice".equals(type)
                        ? ChannelReplies.VOICE_NOT_RECOGNISED : ChannelReplies.UNSUPPORTED, WeComAppReplies.ROUTE);
        return outcome != InboundDispatcher.Outcome.BUSY;
    }

    private Instant createTime(String seconds) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds.strip()));
        } catch (RuntimeException e) {
            return clock.instant();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
