package com.branchmate.bot.notes;

import java.time.Instant;
import java.time.LocalDate;

/** A visit note as the member wrote it, with what extraction made of it; {@code memberName} is the author's display name. */
public record VisitNote(Long id, Long memberId, String memberLogin, String memberName, Long branchId, String rawText,
                        LocalDate referenceDate, String channel, String channelMessageId,
                        ExtractionStatus extractionStatus, String extractionJson, Instant createdAt, Instant undoneAt) {
}
