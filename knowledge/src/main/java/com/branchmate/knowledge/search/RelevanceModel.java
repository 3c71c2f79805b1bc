package com.branchmate.knowledge.search;

/**
 * How likely a passage is about the question, 0 to 1: a logistic model over what is absolute in a hit, its cosine
 * similarity to the question and the (IDF-weighted) share of the question's words it contains. Fitted on the tuning
 * part of kb-dev + kb-dev2 (the best hits of answerable questions against those of unanswerable and off-topic ones,
 * classes weighted equally); KnowledgeBenchmark prints how it decides on both parts. A passage's distance from
 * the standard score of all similarities was tried as a third input and did not help.
 */
public final class RelevanceModel {

    static final double SIMILARITY = 26.98;
    static final double COVERAGE = 9.89;
    static final double BIAS = -16.69;

    private RelevanceModel() {
    }

    /**
     * The relevance an answer needs: on the tuning part 0.4 kept 91 % of answerable questions answered while 81 % of
     * unanswerable and off-topic ones got "nothing found" (0.5: 89 % / 86 %; 0.3: 94 % / 76 %).
     */
    public static final double THRESHOLD = 0.4;

    /** Whether a passage this similar to the question, holding this share of its words, is about it. */
    public static boolean relevant(double similarity, double coverage) {
        return relevance(similarity, coverage) >= THRESHOLD;
    }

    public static double relevance(double similarity, double coverage) {
        double z = SIMILARITY * similarity + COVERAGE * coverage + BIAS;
        return 1 / (1 + Math.exp(-z));
    }
}
