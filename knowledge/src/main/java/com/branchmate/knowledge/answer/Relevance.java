package com.branchmate.knowledge.answer;

import java.util.List;

import com.branchmate.knowledge.search.Hit;

/**
 * Whether a hit is about the question at all. Fused rank scores are relative, so this looks at the absolute
 * figures: the embedding similarity, or how much of the question's wording the passage covers. The thresholds come
 * from the kb-dev questions against off-topic ones (see KnowledgeBenchmark).
 */
public final class Relevance {

    /** Similar enough on its own (kb-dev questions: 0.46 to 0.64 for the best hit; off-topic ones: 0.29 to 0.48). */
    static final double MIN_SIMILARITY = 0.50;
    /** Or somewhat similar and sharing some of the question's words. */
    static final double SOME_SIMILARITY = 0.43;
    static final double SOME_COVERAGE = 0.15;
    /** Or sharing most of the question's words. */
    static final double MIN_COVERAGE = 0.6;

    private Relevance() {
    }

    public static boolean relevant(Hit hit) {
        return hit.similarity() >= MIN_SIMILARITY || hit.coverage() >= MIN_COVERAGE
                || hit.similarity() >= SOME_SIMILARITY && hit.coverage() >= SOME_COVERAGE;
    }

    /** The hits worth answering from, best first; none when nothing found is about the question. */
    public static List<Hit> relevantHits(List<Hit> hits) {
        return hits.stream().filter(Relevance::relevant).toList();
    }
}
