package com.branchmate.bot.channels;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.intents.Understanding;

/**
 * What channels hand a verified message to (the conversation implements it): channels depend on this port, not on
 * the conversation, so the two packages have no cycle.
 */
public interface MessageHandler {

    /** Finds the member behind the sender and answers; a database outage keeps the message for later. */
    Reply handle(InboundMessage message);

    /**
     * A platform message the dispatcher already stored: a database error goes back to the dispatcher, which processes
     * the stored message again, instead of being kept a second time in the outbox.
     */
    Reply handleStored(InboundMessage message);

    /** For a member already resolved (and authorised) by the caller. */
    Reply handle(Member member, InboundMessage message);

    /** What {@link #handle(Member, InboundMessage)} would do with the message now, with no side effects. */
    Understanding understand(Member member, InboundMessage message);
}
