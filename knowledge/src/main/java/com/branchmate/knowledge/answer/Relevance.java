package com.branchmate.knowledge.answer;

import java.util.List;

import com.branchmate.knowledge.search.Hit;

/**
 * Whether a hit is about the question at all: its calibrated relevance (see RelevanceModel) reaches the threshold
 * chosen on the tuning part of the eval questions, so that unanswerable questions get "nothing found" while
 * answerable ones are still answered. KnowledgeBenchmark prints both rates on the tuning and held-out parts.
 */
public final class Relevance {

    /**
     * The relevance an answer needs: on the tuning part 0.4 kept 91 % of answerable questions answered while 81 % of
     * unanswerable and off-topic ones got "nothing found" (0.5: 89 % / 86 %; 0.3: 94 % / 76 %).
     */
    public static final double THRESHOLD = 0.4;

    private Relevance() {
    }

    public static boolean relevant(Hit hit) {
        return hit.relevance() >= THRESHOLD;
    }

    /** Whether a question's best relevance (KnowledgeBase.relevance) is enough to answer it from the knowledge base. */
    public static boolean answerable(double relevance) {
        return relevance >= THRESHOLD;
    }

    /** The hits worth answering from, best first; none when nothing found is about the question. */
    public static List<Hit> relevantHits(List<Hit> hits) {
        return hits.stream().filter(Relevance::relevant).toList();
    }
}
