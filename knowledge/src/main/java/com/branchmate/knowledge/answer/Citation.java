package com.branchmate.knowledge.answer;

import com.branchmate.knowledge.search.Passage;

/** A passage an answer used: the document, its section and the passage text. */
public record Citation(long documentId, String title, String section, String text) {

    public static Citation of(Passage passage) {
        return new Citation(passage.documentId(), passage.title(), passage.section(), passage.text());
    }
}
