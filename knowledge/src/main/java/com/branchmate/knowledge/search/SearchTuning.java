package com.branchmate.knowledge.search;

/**
 * The choices retrieval makes, each measured by KnowledgeBenchmark on the kb-dev questions (tuning part, then the
 * held-out part): which synonyms widen a query and how much they count, whether traditional characters are folded to
 * simplified, how much a passage's document title and section count as their own field, and how keyword and vector
 * scores are fused. {@link #standard()} is what won.
 *
 * @param synonyms       where a query word's equivalents come from
 * @param synonymWeight  how much a matched equivalent counts against the word itself (1.0)
 * @param unknownOnly    only words the knowledge base does not contain are widened to their equivalents
 * @param simplify       traditional characters become simplified on both sides of the keyword index
 * @param titleWeight    0: title and section are read as part of the passage; above 0: they are a field of their own,
 *                       whose BM25 score is added with this weight
 * @param fusion         how the keyword and vector rankings become one
 * @param keywordWeight  weight of the keyword side in the fusion
 * @param vectorWeight   weight of the vector side in the fusion
 * @param sentenceWeight weight of the ranking by a passage's best-matching sentence (0: passage vectors only)
 * @param rrfK           the rank constant of reciprocal rank fusion: smaller favours the top of either list
 */
public record SearchTuning(Synonyms.Source synonyms, double synonymWeight, boolean unknownOnly, boolean simplify, double titleWeight,
                           Fusion fusion, double keywordWeight, double vectorWeight, int rrfK, double sentenceWeight) {

    public enum Fusion {
        /** Reciprocal rank fusion: ranks only, scores ignored. */
        RRF,
        /** A weighted sum of the cosine similarity and the BM25 score relative to the query's best. */
        LINEAR
    }

    public static SearchTuning standard() {
        // Each choice against its alternatives, recall@5 on the tuning part (KnowledgeBenchmark): no synonyms (CoreSynonym
        // 0.575-0.613), folding traditional characters (0.613 vs 0.613 but better held out), title inside the passage
        // (own field 0.575-0.600), RRF with k 10 (k 60: 0.600), equal weights (0.563-0.575), chunks of 300 with a
        // sentence of overlap (150-600: 0.488-0.588).
        // sentence vectors: ranking passages also by their best-matching sentence, counted twice, lifted recall@5 from
        // 0.613 to 0.738 on the tuning part (0.644 to 0.711 held out); counted once 0.713, alone instead of the passage
        // vector 0.738 but 0.600 held out.
        return new SearchTuning(Synonyms.Source.NONE, 0, false, true, 0, Fusion.RRF, 1, 1, 10, 2);
    }

    public SearchTuning withSynonyms(Synonyms.Source source, double weight, boolean forUnknownOnly) {
        return new SearchTuning(source, weight, forUnknownOnly, simplify, titleWeight, fusion, keywordWeight,
                vectorWeight, rrfK, sentenceWeight);
    }

    public SearchTuning withSimplify(boolean on) {
        return new SearchTuning(synonyms, synonymWeight, unknownOnly, on, titleWeight, fusion, keywordWeight,
                vectorWeight, rrfK, sentenceWeight);
    }

    public SearchTuning withTitleWeight(double weight) {
        return new SearchTuning(synonyms, synonymWeight, unknownOnly, simplify, weight, fusion, keywordWeight,
                vectorWeight, rrfK, sentenceWeight);
    }

    public SearchTuning withRrfK(int k) {
        return new SearchTuning(synonyms, synonymWeight, unknownOnly, simplify, titleWeight, fusion, keywordWeight,
                vectorWeight, k, sentenceWeight);
    }

    public SearchTuning withFusion(Fusion how, double keyword, double vector) {
        return new SearchTuning(synonyms, synonymWeight, unknownOnly, simplify, titleWeight, how, keyword, vector, rrfK,
                sentenceWeight);
    }

    public SearchTuning withSentenceWeight(double weight) {
        return new SearchTuning(synonyms, synonymWeight, unknownOnly, simplify, titleWeight, fusion, keywordWeight,
                vectorWeight, rrfK, weight);
    }
}
