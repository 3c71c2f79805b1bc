package com.branchmate.knowledge.answer;

import java.util.List;

import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.RelevanceModel;

/**
 * Whether a hit is about the question at all: its calibrated relevance (see RelevanceModel) reaches the threshold
 * chosen on the tuning part of the eval questions, so that unanswerable questions get "nothing found" while
 * answerable ones are still answered. KnowledgeBenchmark prints both rates on the tuning and held-out parts.
 */
public final class Relevance {

    public static final double THRESHOLD = RelevanceModel.THRESHOLD;

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
