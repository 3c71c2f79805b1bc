package com.branchmate.knowledge.answer;

import java.util.List;

/**
 * An answer and the passages it stands on. When the knowledge base has nothing relevant, {@code found} is false,
 * citations are empty, and {@code suggestions} names close topics to ask about instead.
 */
public record Answer(String text, List<Citation> citations, boolean found, List<String> suggestions) {
}
