package com.branchmate.bot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A note waiting for the member to say which known person they meant. Kept in the key-value store for a
 * few minutes, so any instance can take the answer.
 */
record PendingChoice(String text, LocalDate referenceDate, String channel, String channelMessageId,
                     Map<Integer, Long> choices, int personIndex, List<Long> candidateIds) {
}
