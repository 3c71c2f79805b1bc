package com.branchmate.knowledge.search;

/**
 * A passage found for a query. {@code score} is the fused rank score (reciprocal rank fusion, higher is better);
 * {@code coverage} (share of the query's words in the passage) and {@code similarity} (cosine of the embeddings)
 * are absolute and tell whether the best hit is relevant at all.
 */
public record Hit(Passage passage, double score, double coverage, double similarity) {
}
