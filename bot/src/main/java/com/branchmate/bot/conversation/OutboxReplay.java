package com.branchmate.bot.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.persistence.DatabaseDown;

/** Replays kept messages once the database answers again: at start and every 30 seconds. */
@Component
public class OutboxReplay {

    private static final Logger log = LoggerFactory.getLogger(OutboxReplay.class);

    private final MessageOutbox outbox;
    private final ConversationService conversation;

    OutboxReplay(MessageOutbox outbox, ConversationService conversation) {
        this.outbox = outbox;
        this.conversation = conversation;
    }

    /** Replays what it can; returns how many messages were handled. */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${bot.outbox.replay-every:PT30S}")
    public int replay() {
        int handled = 0;
        for (MessageOutbox.Kept kept : outbox.pending()) {
            try {
                conversation.handleKept(kept.message());
                outbox.done(kept);
                handled++;
            } catch (RuntimeException e) {
                if (!DatabaseDown.is(e)) {
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
}
