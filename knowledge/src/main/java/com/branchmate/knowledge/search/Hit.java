package com.branchmate.knowledge.search;

/**
 * A passage found for a query. {@code score} is the fused rank score (reciprocal rank fusion, higher is better);
 * {@code coverage} (share of the query's words in the passage) and {@code similarity} (cosine of the embeddings) are
 * absolute. {@code relevance}, 0 to 1, is the calibrated chance that the passage is about the question (see
 * {@link RelevanceModel}); within one result list it never rises from one hit to the next.
 */
public record Hit(Passage passage, double score, double coverage, double similarity, double relevance) {

    public Hit(Passage passage, double score, double coverage, double similarity) {
        this(passage, score, coverage, similarity, 0);
    }
}
