package com.branchmate.bot.huddles;

import java.time.Instant;
import java.time.LocalDate;

/** One huddle of one team on one day: claimed once, then SENT, FAILED or MISSED. */
public record HuddleRecord(Long id, Long teamId, LocalDate huddleDate, HuddleKind kind, HuddleStatus status,
                           String markdown, Instant scheduledAt, Instant sentAt, String detail, Instant createdAt) {
}
