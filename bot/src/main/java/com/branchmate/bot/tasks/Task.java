package com.branchmate.bot.tasks;

import java.time.Instant;
import java.time.LocalDate;

import com.branchmate.bot.platform.privacy.Masking;

/** A follow-up a member committed to: what, for whom, by when. */
public record Task(Long id, Long memberId, String memberLogin, Long personId, String personName, Long noteId,
                   LocalDate dueDate, String content, boolean done, Instant doneAt, Instant createdAt) {

    /** As lists show it: phone numbers in the text masked. */
    public Task masked() {
        return new Task(id, memberId, memberLogin, personId, personName, noteId, dueDate, Masking.phonesIn(content), done,
                doneAt, createdAt);
    }
}
