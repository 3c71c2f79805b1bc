package com.branchmate.bot.channels.wecom;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.ChannelReplies;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.MessageSplitter;
import com.branchmate.bot.channels.OutboundSender;
import com.branchmate.bot.channels.OutboundSender.Part;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.channels.ReplyRoute;
import com.branchmate.bot.channels.SendFailed;

/**
 * Answers a WeCom robot message through its {@code response_url} (the route's data, checked to be on WeCom's
 * host when the callback came in), which takes one call within an hour.
 */
@Component
class WeComRobotReplies implements ReplyRoute.Handler {

    private static final MessageSplitter SPLITTER = new MessageSplitter();
    static final String KIND = "wecom-robot";

    private final WeComApi api;
    private final OutboundSender sender;

    WeComRobotReplies(WeComApi api, OutboundSender sender) {
        this.api = api;
        this.sender = sender;
    }

    static ReplyRoute route(URI responseUrl) {
        return new ReplyRoute(KIND, responseUrl.toString());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void send(InboundMessage message, String data, Reply reply) {
        respond(URI.create(data), message.messageId(), message.senderId(), reply.text());
    }

    /** One call per response_url: a reply too long for one message is cut, with a note saying so. */
    private void respond(URI responseUrl, String msgId, String userId, String text) {
        var parts = SPLITTER.split(text, WeComRobotCallbackController.MARKDOWN_LIMIT_BYTES
                - utf8Length(ChannelReplies.TRUNCATED));
        if (parts.isEmpty()) {
            return;
        }
        String content = parts.size() > 1 ? parts.get(0) + ChannelReplies.TRUNCATED : text;
        Map<String, Object> body = Map.of("msgtype", "markdown", "markdown", Map.of("content", content));
        var result = sender.send(new Part("wecom", "robot-user:" + userId, "in:" + msgId, 1, 1), null,
                () -> api.postWithoutToken(responseUrl, body));
        if (!result.sent()) {
            throw new SendFailed("WeCom robot reply", result);
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
