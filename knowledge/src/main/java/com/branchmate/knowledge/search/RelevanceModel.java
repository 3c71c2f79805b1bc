package com.branchmate.knowledge.search;

/**
 * How likely a passage is about the question, 0 to 1: a logistic model over what is absolute in a hit, the cosine
 * similarity to the question of the passage or of its best sentence, whichever is higher, and the (IDF-weighted) share
 * of the question's words it contains.
 * Fitted on the tuning part of kb-dev + kb-dev2 (the best hits of the 80 answerable questions against those of the 9
 * unanswerable and 12 off-topic ones, classes weighted equally); KnowledgeBenchmark prints how it decides on both
 * parts and on 30 unanswerable questions of our own kept out of the fit.
 * <p>
 * The closer of passage and best sentence rather than the passage alone: at the same refusals on the tuning part (7 of
 * 9), it answers 73 rather than 71 of 80 tuning questions, 38 rather than 36 of 45 held out, and refuses 26 rather
 * than 25 of our 30. The best sentence alone did as well on the eval questions but missed a scene passage whose
 * heading is what a script request names.
 * Also tried, none better (leave-one-out fits): the best similarity anywhere, the best coverage among the first five,
 * the fused score, how many of the keyword and vector top fives agree, the share of the question's words found
 * anywhere in the knowledge base, a passage's distance from the standard score of all similarities.
 */
public final class RelevanceModel {

    static final double SIMILARITY = 25.26;
    static final double COVERAGE = 4.71;
    static final double BIAS = -16.11;

    private RelevanceModel() {
    }

    /**
     * The relevance an answer needs: on the tuning part 0.4 answers 73 of 80 answerable questions while 19 of the 21
     * unanswerable and off-topic ones get "nothing found" (0.5: 72 and 19; 0.3: 77 and 17).
     */
    public static final double THRESHOLD = 0.4;

    /** Whether a passage is about the question, by the similarity above and the share of the question's words it holds. */
    public static boolean relevant(double similarity, double coverage) {
        return relevance(similarity, coverage) >= THRESHOLD;
    }

    public static double relevance(double similarity, double coverage) {
        double z = SIMILARITY * similarity + COVERAGE * coverage + BIAS;
        return 1 / (1 + Math.exp(-z));
    }
}
