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
    /**
     * Below this a language model is not even asked: on the tuning part of the eval questions every answerable question
     * reaches it (the lowest at 0.043), and half of the 12 off-topic chat messages stay under it (a call for nothing).
     */
    public static final double MODEL_FLOOR = 0.04;

    private Relevance() {
    }

    public static boolean relevant(Hit hit) {
        return hit.relevance() >= THRESHOLD;
    }

    /** Whether a question's best relevance (KnowledgeBase.relevance) is enough to answer it from the knowledge base. */
    public static boolean answerable(double relevance) {
        return relevance >= THRESHOLD;
    }

    /**
     * The hits a language model reads to decide itself whether they answer: all of them once the best reaches the
     * floor. Not hit by hit: relevance never rises along a list, so a floor per hit would cut the later hits that
     * the model is there to read.
     */
    public static List<Hit> worthReading(List<Hit> hits) {
        return hits.isEmpty() || hits.get(0).relevance() < MODEL_FLOOR ? List.of() : hits;
    }

    /** The hits worth answering from, best first; none when nothing found is about the question. */
    public static List<Hit> relevantHits(List<Hit> hits) {
        return hits.stream().filter(Relevance::relevant).toList();
    }
}
