package com.branchmate.bot.channels.dingtalk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.ChannelReplies;
import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.JsonHttp;

/** Where DingTalk messages go in, whichever way they arrived (HTTP callback or Stream mode). */
@Component
class DingTalkInbox {

    private final InboundDispatcher dispatcher;
    private final JsonHttp http;
    private final Clock clock;

    DingTalkInbox(InboundDispatcher dispatcher, JsonHttp http, Clock clock) {
        this.dispatcher = dispatcher;
        this.http = http;
        this.clock = clock;
    }

    /**
     * Hands the message to the conversation and returns at once.
     *
     * @return text to answer right away, when the message could be stored nowhere (the member sends it again)
     */
    Optional<String> accept(DingTalkMessage message) {
        if (message.msgId() == null || message.senderStaffId() == null) {
            return Optional.empty();
        }
        String type = message.msgtype() == null ? "" : message.msgtype();
        String text = switch (type) {
            // Group messages start with the space that followed the @mention.
            case "text" -> message.text() == null ? null : message.text().strip();
            // DingTalk transcribes voice itself: the recognition is the note.
            case "audio" -> blankToNull(message.recognition());
            default -> null;
        };
        Instant at = message.createAt() > 0 ? Instant.ofEpochMilli(message.createAt()) : clock.instant();
        var inbound = new InboundMessage("dingtalk", message.msgId(), message.senderStaffId(),
                message.group() ? message.conversationId() : null, text, at, !message.group() || message.inAtList());
        var route = DingTalkReplies.route(message, http);
        var outcome = text != null
                ? dispatcher.dispatch(inbound, route)
                : dispatcher.dispatch(inbound, "audio".equals(type)
                        ? ChannelReplies.VOICE_NOT_RECOGNISED : ChannelReplies.UNSUPPORTED, route);
        return outcome == InboundDispatcher.Outcome.BUSY ? Optional.of(ChannelReplies.BUSY) : Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
