package com.branchmate.bot.channels.wecom;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

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
import com.branchmate.bot.channels.JsonHttp;
import com.branchmate.bot.channels.OutboundSender;

import tools.jackson.databind.JsonNode;

/**
 * The WeCom intelligent robot (智能机器人, API mode): group @-mentions and one-to-one messages arrive as
 * encrypted JSON, signed and encrypted like the app's callback but with the robot's own token and key and an
 * empty receive id. The robot only hears messages addressed to it. The answer goes to the message's
 * {@code response_url}, which takes one call within an hour.
 */
@RestController
class WeComRobotCallbackController {

    private static final Logger log = LoggerFactory.getLogger(WeComRobotCallbackController.class);
    static final int MARKDOWN_LIMIT_BYTES = 4096;

    private final WeComProperties properties;
    private final WeComCrypto crypto;
    private final WeComApi api;
    private final JsonHttp http;
    private final OutboundSender sender;
    private final InboundDispatcher dispatcher;
    private final ChannelsProperties channels;
    private final Clock clock;

    WeComRobotCallbackController(WeComProperties properties, WeComApi api, JsonHttp http, OutboundSender sender,
                                 InboundDispatcher dispatcher, ChannelsProperties channels, Clock clock) {
        this.properties = properties;
        this.crypto = properties.robotEnabled()
                ? new WeComCrypto(properties.robotToken(), properties.robotAesKey(), "") : null;
        this.api = api;
        this.http = http;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.channels = channels;
        this.clock = clock;
    }

    @GetMapping(value = "/callback/wecom/robot", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verifyUrl(@RequestParam(name = "msg_signature", required = false) String signature,
                                     @RequestParam(required = false) String timestamp,
                                     @RequestParam(required = false) String nonce,
                                     @RequestParam(required = false) String echostr) {
        if (crypto == null) {
            return ResponseEntity.notFound().build();
        }
        return WeComCallbackController.echo(crypto, signature, timestamp, nonce, echostr);
    }

    @PostMapping("/callback/wecom/robot")
    ResponseEntity<String> receive(@RequestParam(name = "msg_signature", required = false) String signature,
                                   @RequestParam(required = false) String timestamp,
                                   @RequestParam(required = false) String nonce,
                                   HttpServletRequest request) throws IOException {
        if (crypto == null) {
            return ResponseEntity.notFound().build();
        }
        JsonNode message;
        try {
            String body = CallbackBody.read(request, channels.maxCallbackBody().toBytes());
            String encrypted = JsonHttp.text(http.read(body), "encrypt");
            message = http.read(crypto.open(signature, timestamp, nonce, encrypted));
        } catch (CallbackBody.TooLarge e) {
            return ResponseEntity.status(413).build();
        } catch (WeComCrypto.BadSignature e) {
            log.warn("WeCom robot callback with a bad signature refused");
            return ResponseEntity.status(403).build();
        } catch (WeComCrypto.BadMessage | RuntimeException e) {
            log.warn("WeCom robot callback refused: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        if (!WeComCrypto.fresh(timestamp, clock.instant())) {
            log.warn("WeCom robot callback refused: signed correctly but its timestamp is more than 5 minutes off");
            return ResponseEntity.status(403).build();
        }
        return handle(message) ? ResponseEntity.ok().build() : ResponseEntity.status(503).build();
    }

    /** Stores the message for the dispatcher; false when it could be stored nowhere (answered 503: re-send). */
    private boolean handle(JsonNode message) {
        String msgId = JsonHttp.text(message, "msgid");
        String from = JsonHttp.text(message.path("from"), "userid");
        String type = Objects.requireNonNullElse(JsonHttp.text(message, "msgtype"), "");
        URI responseUrl = trustedResponseUrl(JsonHttp.text(message, "response_url"));
        if (msgId == null || from == null || responseUrl == null) {
            return true; // events, or nothing we could answer to
        }
        String text = switch (type) {
            case "text" -> withoutMentions(JsonHttp.text(message.path("text"), "content"));
            case "voice" -> JsonHttp.text(message.path("voice"), "content");
            default -> null;
        };
        String chatId = "group".equals(JsonHttp.text(message, "chattype")) ? JsonHttp.text(message, "chatid") : null;
        // The robot is only told about messages that @-mention it (or are one-to-one), so it is always addressed.
        var inbound = new InboundMessage("wecom", msgId, from, chatId, text, clock.instant(), true);
        var route = WeComRobotReplies.route(responseUrl);
        var outcome = text != null
                ? dispatcher.dispatch(inbound, route)
                : dispatcher.dispatch(inbound, ChannelReplies.UNSUPPORTED, route);
        return outcome != InboundDispatcher.Outcome.BUSY;
    }

    /** Posts only to WeCom's own host: the URL comes from the payload, and we must not be made to call elsewhere. */
    private URI trustedResponseUrl(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            URI base = properties.apiBaseUrl();
            boolean same = Objects.equals(uri.getScheme(), base.getScheme())
                    && Objects.equals(uri.getHost(), base.getHost()) && uri.getPort() == base.getPort();
            if (!same) {
                log.warn("WeCom robot response_url on an unexpected host refused");
            }
            return same ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "@网点助手 今天去了…" → "今天去了…": the leading mention names the robot, not the note. */
    static String withoutMentions(String content) {
        if (content == null) {
            return null;
        }
        String text = content.strip();
        while (text.startsWith("@")) {
            int space = text.indexOf(' ');
            int wide = text.indexOf('\u2005');
            int end = space < 0 ? wide : wide < 0 ? space : Math.min(space, wide);
            if (end < 0) {
                return "";
            }
            text = text.substring(end + 1).strip();
        }
        return text;
    }
}
