package com.branchmate.bot.notes;

/** A note of a day for the huddle: who wrote it and the branch it names. */
record NoteActivityRow(Long memberId, String branchName) {
}
