package com.branchmate.bot.intents;

/**
 * What the bot makes of a message, decided without side effects; the chat acts on exactly this.
 *
 * @param confidence the model's probability for the intent
 * @param runnerUp   the second most likely intent
 * @param choice     when the message answers a pending "which one" question, the number chosen; else null
 */
public record Understanding(Intent intent, double confidence, Intent runnerUp, Integer choice) {
}
