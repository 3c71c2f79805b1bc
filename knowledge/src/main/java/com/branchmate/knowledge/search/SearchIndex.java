package com.branchmate.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of all passages with their keyword and vector indexes. Built anew when documents change
 * (passages keep their segmented terms, so a rebuild only recounts); searched without locks.
 */
public final class SearchIndex {

    /** Reciprocal rank fusion constant: 60 is the usual choice, flattening the difference between ranks 1 and 3. */
    private static final int RRF_K = 60;
    private static final int CANDIDATES = 50;

    /** A passage with its terms, so that rebuilding the index need not segment it again. */
    public record Entry(Passage passage, List<String> terms) {
        public static Entry of(Passage passage) {
            return new Entry(passage, ChineseTokenizer.passageTerms(passage.searchableText()));
        }
    }

    private final List<Entry> entries;
    private final KeywordIndex keywords;
    private final VectorIndex vectors;

    public SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.keywords = new KeywordIndex(entries.stream().map(Entry::terms).toList());
        this.vectors = new VectorIndex(entries.stream().map(e -> e.passage().embedding()).toList());
    }

    public static SearchIndex empty() {
        return new SearchIndex(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The best {@code k} passages for the query, best first. */
    public List<Hit> search(String query, float[] queryEmbedding, int k, SearchMode mode) {
        if (entries.isEmpty()) {
            return List.of();
        }
        ChineseTokenizer.Query terms = ChineseTokenizer.query(query);
        List<String> queryWords = terms.words();
        double[] keywordScores = keywords.scores(terms.searched());
        double[] similarities = queryEmbedding == null ? new double[entries.size()] : vectors.similarities(queryEmbedding);

        Map<Integer, Double> fused = new HashMap<>();
        if (mode != SearchMode.VECTOR) {
            addRanks(fused, KeywordIndex.ranking(keywordScores, CANDIDATES));
        }
        if (mode != SearchMode.KEYWORD && queryEmbedding != null) {
            addRanks(fused, KeywordIndex.ranking(similarities, CANDIDATES));
        }
        List<Hit> hits = new ArrayList<>();
        fused.entrySet().stream()
                // Equal fused ranks (first in one list, second in the other) go to the passage sharing more of the
                // question's words: the wording a member typed is the surer sign.
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> -keywordScores[e.getKey()])
                        .thenComparing(e -> -similarities[e.getKey()]))
                .limit(Math.max(1, k))
                .forEach(e -> hits.add(new Hit(entries.get(e.getKey()).passage(), e.getValue(),
                        keywords.coverage(e.getKey(), queryWords), similarities[e.getKey()])));
        return hits;
    }

    private static void addRanks(Map<Integer, Double> fused, int[] ranking) {
        for (int rank = 0; rank < ranking.length; rank++) {
            fused.merge(ranking[rank], 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }
}
