package com.branchmate.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.ChatChannel;
import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.platform.persistence.DatabaseDown;

/**
 * Replays kept messages (the database was down) at start and every 30 seconds. A platform message kept by the
 * channels' dispatcher is stored in the database like any new one and answered along its route; a web chat message
 * is handled here and its reply sent through the platform it came from, so the member hears what was recorded.
 */
@Component
public class OutboxReplay {

    private static final Logger log = LoggerFactory.getLogger(OutboxReplay.class);
    static final String REPLAYED = "你之前发的消息现在处理好了：\n";

    private final MessageOutbox outbox;
    private final ConversationService conversation;
    private final InboundDispatcher dispatcher;
    private final Map<String, ChatChannel> channels;

    OutboxReplay(MessageOutbox outbox, ConversationService conversation, InboundDispatcher dispatcher,
                 List<ChatChannel> channels) {
        this.outbox = outbox;
        this.conversation = conversation;
        this.dispatcher = dispatcher;
        this.channels = channels.stream().collect(Collectors.toMap(ChatChannel::id, Function.identity()));
    }

    /** Replays what it can; returns how many messages were handled. */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${bot.outbox.replay-every:PT30S}")
    public int replay() {
        int handled = 0;
        for (MessageOutbox.Kept kept : outbox.pending()) {
            try {
                if (kept.envelope().route() != null) {
                    // Stored like a new message: processed and answered by the dispatcher, once across instances.
                    dispatcher.store(kept.envelope());
                    outbox.done(kept);
                    handled++;
                    continue;
                }
                Reply reply = conversation.handleKept(kept.message());
                outbox.done(kept);
                handled++;
                answer(kept.message(), reply);
            } catch (RuntimeException e) {
                if (kept.envelope().route() == null && !DatabaseDown.is(e)) {
                    // Not the database: this message will not get better by waiting; keep it for an operator.
                    log.error("Kept message {} failed on replay", kept.file().getFileName(), e);
                    continue;
                }
                log.info("Database still unavailable; {} kept message(s) wait", outbox.pending().size());
                break;
            }
        }
        if (handled > 0) {
            log.info("Saved {} message(s) kept while the database was unavailable", handled);
        }
        return handled;
    }

    private void answer(InboundMessage message, Reply reply) {
        ChatChannel channel = channels.get(message.channel());
        if (channel == null || reply == null || reply.text() == null || reply.text().isBlank()) {
            return;
        }
        try {
            channel.send(message.inGroup() ? ChatChannel.Recipient.group(message.chatId())
                    : ChatChannel.Recipient.user(message.senderId()), Reply.text(REPLAYED + reply.text()));
        } catch (RuntimeException e) {
            // The note is saved; only the confirmation is lost, and the send log records it.
            log.warn("Reply to replayed {} message {} not delivered: {}", message.channel(), message.messageId(),
                    e.getMessage());
        }
    }
}
