package com.branchmate.bot.intents;

import com.branchmate.bot.access.Member;

/**
 * Acts on the messages of one intent. Each lives in its feature's package; the conversation keeps them as a table,
 * one per intent, and calls the one the decision names.
 */
public interface IntentHandler {

    Intent intent();

    Answer handle(Turn turn);

    /** Whether this handler asked the member "which one" and waits for a number (a read, no side effect). */
    default boolean awaitsChoice(Member member) {
        return false;
    }
}
