package com.branchmate.bot.channels;

/**
 * A message as it is stored between acknowledgement and answer: the message itself (every field, written as JSON,
 * so a field added later survives), where the answer goes, and, for messages the bot cannot read (images,
 * unrecognised voice), the fixed answer instead of the conversation's.
 *
 * @param route      null for a web chat message kept while the database was down (answered as before)
 * @param fixedReply null when the conversation answers
 */
public record InboundEnvelope(InboundMessage message, ReplyRoute route, String fixedReply) {

    public static InboundEnvelope of(InboundMessage message) {
        return new InboundEnvelope(message, null, null);
    }
}
