package com.branchmate.bot.notes;

/** PENDING: saved, not yet extracted. DONE: facts recorded. FAILED: kept as text only. */
public enum ExtractionStatus {
    PENDING, DONE, FAILED
}
