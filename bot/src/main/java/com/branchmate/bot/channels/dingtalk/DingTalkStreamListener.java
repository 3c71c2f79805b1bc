package com.branchmate.bot.channels.dingtalk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.ChannelReplies;
import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.Reply;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.models.bot.ChatbotMessage;

/**
 * Robot messages from Stream mode: the same message as the HTTP callback, already authenticated by the
 * connection. Returns at once (the SDK's consumer threads are few); the reply goes out like an HTTP one.
 */
@Component
class DingTalkStreamListener implements OpenDingTalkCallbackListener<ChatbotMessage, Void> {

    private static final Logger log = LoggerFactory.getLogger(DingTalkStreamListener.class);

    private final DingTalkInbox inbox;
    private final DingTalkChannel channel;
    private final InboundDispatcher dispatcher;

    DingTalkStreamListener(DingTalkInbox inbox, DingTalkChannel channel, InboundDispatcher dispatcher) {
        this.inbox = inbox;
        this.channel = channel;
        this.dispatcher = dispatcher;
    }

    @Override
    public Void execute(ChatbotMessage message) {
        try {
            DingTalkMessage received = DingTalkMessage.fromStream(message);
            // Stream acks carry no chat message, so "busy" goes out like any reply.
            inbox.accept(received).ifPresent(busy -> dispatcher.notifyLater("dingtalk", received.msgId(),
                    () -> channel.reply(received, Reply.text(ChannelReplies.BUSY))));
        } catch (RuntimeException e) {
            log.error("DingTalk stream message could not be taken", e);
        }
        return null;
    }
}
