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
     * Below this a language model is not even asked: on the tuning part of the eval questions one answerable question
     * of 80 falls under it, and 9 of the 12 off-topic chat messages (which would cost a call for nothing).
     */
    public static final double MODEL_FLOOR = 0.02;

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
     * the model is there to read (with 8 hits read, the answer was among them for 58 rather than 61 of 80 tuning questions).
     */
    public static List<Hit> worthReading(List<Hit> hits) {
        return hits.isEmpty() || hits.get(0).relevance() < MODEL_FLOOR ? List.of() : hits;
    }

    /** The hits worth answering from, best first; none when nothing found is about the question. */
    public static List<Hit> relevantHits(List<Hit> hits) {
        return hits.stream().filter(Relevance::relevant).toList();
    }
}
