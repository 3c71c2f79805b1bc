package com.branchmate.bot.intents;

/**
 * Acts on the messages of one intent. Each lives in its feature's package; the conversation keeps them as a table,
 * one per intent, and calls the one the decision names.
 */
public interface IntentHandler {

    Intent intent();

    Answer handle(Turn turn);
}
