package com.branchmate.bot.channels;

import java.time.Instant;

/**
 * A message from a chat platform, after its channel verified and decrypted it.
 *
 * @param channel   "web", "wecom", "dingtalk"
 * @param messageId the platform's id, used to recognise re-deliveries
 * @param senderId  the platform user id (or, on the web channel, a member login)
 * @param chatId    the group or conversation id; null in a one-to-one chat
 * @param text      what the member wrote (or, for voice, what the platform recognised)
 * @param addressed true when the bot was @-mentioned or the chat is one-to-one
 */
public record InboundMessage(String channel, String messageId, String senderId, String chatId, String text,
                             Instant at, boolean addressed) {

    public boolean inGroup() {
        return chatId != null && !chatId.isBlank();
    }
}
