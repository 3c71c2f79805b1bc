package com.branchmate.bot.people;

import java.time.Instant;

/**
 * One thing known about a person, with its source note and who recorded it. A current fact has no
 * {@code supersededAt}; a changed value supersedes the old row, which stays as history. {@code origin} says where
 * it came from (null for rows older than V20).
 */
public record Fact(Long id, Long personId, String factKey, String factValue, String factNote, Long sourceNoteId,
                   Long recordedBy, String recordedByLogin, Instant recordedAt, Instant supersededAt,
                   Long supersededBy, String origin) {

    /** {@link #origin()} of a fact from a visit note, a chat correction, and the console. */
    public static final String NOTE = "NOTE";
    public static final String CHAT = "CHAT";
    public static final String CONSOLE = "CONSOLE";

    public boolean current() {
        return supersededAt == null;
    }
}
