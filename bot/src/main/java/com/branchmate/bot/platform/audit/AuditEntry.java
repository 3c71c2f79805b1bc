package com.branchmate.bot.platform.audit;

import java.time.Instant;

/** Who did or read what, when, through which channel. {@code actorName} is the member's name, read with the entry. */
public record AuditEntry(Long id, Long actorId, String actorLogin, String action, String targetType, String targetId,
                         String channel, String detail, Instant occurredAt, String actorName) {
}
