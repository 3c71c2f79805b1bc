package com.branchmate.bot.tasks;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up a member committed to: what, for whom, by when. */
public record Task(Long id, Long memberId, String memberLogin, Long personId, String personName, Long noteId,
                   LocalDate dueDate, String content, boolean done, Instant doneAt, Instant createdAt) {
}
