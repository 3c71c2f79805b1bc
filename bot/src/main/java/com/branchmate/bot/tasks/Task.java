package com.branchmate.bot.tasks;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import com.branchmate.bot.platform.privacy.Masking;

/** A follow-up a member committed to: what, for whom, by when; {@code memberName} is the member's display name. */
public record Task(Long id, Long memberId, String memberLogin,
                   @Schema(description = "成员的姓名（memberLogin 是登录名）") String memberName, Long personId,
                   String personName, Long noteId, LocalDate dueDate, String content, boolean done, Instant doneAt,
                   Instant createdAt) {

    /** As lists show it: phone numbers in the text masked. */
    public Task masked() {
        return new Task(id, memberId, memberLogin, memberName, personId, personName, noteId, dueDate,
                Masking.phonesIn(content), done, doneAt, createdAt);
    }
}
