package com.branchmate.bot.channels.wecom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.ChatChannel;
import com.branchmate.bot.channels.MessageSplitter;
import com.branchmate.bot.channels.OutboundSender;
import com.branchmate.bot.channels.OutboundSender.Part;
import com.branchmate.bot.channels.OutboundSender.RateLimit;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.channels.SendFailed;

/**
 * Messages from the WeCom app: to a member with {@code message/send}, to an app group chat with
 * {@code appchat/send}. Plain text, because markdown is invisible to members who read WeCom inside WeChat.
 */
@Component
public class WeComChannel implements ChatChannel {

    private static final MessageSplitter SPLITTER = new MessageSplitter();

    /** WeCom cuts text beyond 2048 bytes without an error, so longer replies go in parts. */
    static final int TEXT_LIMIT_BYTES = 2048;
    /** WeCom drops (silently) more than 30 app messages a minute to one member. */
    private static final int PER_MEMBER_PER_MINUTE = 30;
    /** Long enough for a restart and a lease (60 s) to pass; short enough that asking the same twice is answered twice. */
    static final int DUPLICATE_CHECK_SECONDS = 600;

    private final WeComProperties properties;
    private final WeComApi api;
    private final OutboundSender sender;

    WeComChannel(WeComProperties properties, WeComApi api, OutboundSender sender) {
        this.properties = properties;
        this.api = api;
        this.sender = sender;
    }

    @Override
    public String id() {
        return "wecom";
    }

    @Override
    public void send(Recipient to, Reply reply) {
        deliver(to, reply.text(), "out:" + UUID.randomUUID());
    }

    /** The answer to a member's message; throws when a part could not be delivered. */
    void reply(String userId, String inboundMessageId, Reply reply) {
        deliver(Recipient.user(userId), reply.text(), "in:" + inboundMessageId);
    }

    private void deliver(Recipient to, String text, String messageKey) {
        if (!properties.enabled()) {
            throw new IllegalStateException("WeCom app is not configured (bot.wecom.*)");
        }
        List<String> parts = SPLITTER.split(text == null ? "" : text, TEXT_LIMIT_BYTES);
        boolean group = to.chatId() != null && !to.chatId().isBlank();
        String recipient = group ? "chat:" + to.chatId() : "user:" + to.userId();
        RateLimit limit = group ? null : new RateLimit("wecom:user:" + to.userId(), PER_MEMBER_PER_MINUTE);
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (group) {
                body.put("chatid", to.chatId());
            } else {
                body.put("touser", to.userId());
                body.put("agentid", properties.agentId());
            }
            body.put("msgtype", "text");
            body.put("text", Map.of("content", parts.get(i)));
            if (!group) {
                // A reply the platform accepted just before a crash is sent again after the restart (it was not yet
                // marked sent); WeCom drops the same JSON within the interval, so the member sees it once.
                body.put("enable_duplicate_check", 1);
                body.put("duplicate_check_interval", DUPLICATE_CHECK_SECONDS);
            }
            String path = group ? "/cgi-bin/appchat/send" : "/cgi-bin/message/send";
            var result = sender.send(new Part(id(), recipient, messageKey, i + 1, parts.size()), limit,
                    () -> api.postWithToken(path, body));
            if (!result.sent()) {
                // Later parts would read out of context without this one.
                throw new SendFailed("WeCom send", result);
            }
        }
    }
}
