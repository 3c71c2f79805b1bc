package com.branchmate.bot.channels.wecom;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.channels.ReplyRoute;

/** Answers a WeCom app message: {@code message/send} to its sender. The message itself says where. */
@Component
class WeComAppReplies implements ReplyRoute.Handler {

    static final ReplyRoute ROUTE = ReplyRoute.of("wecom-app");

    private final WeComChannel channel;

    WeComAppReplies(WeComChannel channel) {
        this.channel = channel;
    }

    @Override
    public String kind() {
        return ROUTE.kind();
    }

    @Override
    public void send(InboundMessage message, String data, Reply reply) {
        channel.reply(message.senderId(), message.messageId(), reply);
    }
}
