package com.branchmate.bot.huddles;

import java.time.Instant;
import java.time.LocalDate;

/** A member's results for a day, as they answered the huddle: branches visited, policies, premium in yuan. */
public record DayReport(Long id, Long teamId, Long memberId, String memberLogin, String memberName, LocalDate reportDate,
                        Integer visits, Integer policies, Long premium, String rawText, String channel,
                        Instant createdAt, Instant supersededAt) {
}
