package com.branchmate.extraction;

import java.time.LocalDate;

/** Turns a visit note into facts. Offline rules by default; an LLM-backed one when configured. */
public interface NoteExtractor {

    /** Longer notes are cut: a visit note is a few hundred characters, and rules must stay fast. */
    int MAX_LENGTH = 5_000;

    /** Never throws on any text; an empty extraction when nothing is found. */
    Extraction extract(String text, LocalDate referenceDate);
}
