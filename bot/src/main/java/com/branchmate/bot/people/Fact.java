package com.branchmate.bot.people;

import java.time.Instant;

/**
 * One thing known about a person, with its source note and who recorded it. A current fact has no
 * {@code supersededAt}; a changed value supersedes the old row, which stays as history.
 */
public record Fact(Long id, Long personId, String factKey, String factValue, String factNote, Long sourceNoteId,
                   Long recordedBy, String recordedByLogin, Instant recordedAt, Instant supersededAt,
                   Long supersededBy) {

    public boolean current() {
        return supersededAt == null;
    }
}
