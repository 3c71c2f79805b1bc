package com.branchmate.bot.intents;

import java.time.LocalDate;

import com.branchmate.bot.access.Member;

/**
 * One message of a member, as its handler sees it.
 *
 * @param referenceDate the day the message was written (its platform timestamp, or its arrival) in the business
 *                      zone: what 今天 and 明天 mean in it, even when it is handled later
 * @param choice        the number the member answered to the handler's "which one" question; else null
 */
public record Turn(Member member, String text, String channel, String messageId, LocalDate referenceDate,
                   boolean inGroup, Integer choice) {
}
