package com.branchmate.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/** BM25 over the passages' terms (k1 1.2, b 0.75), built once per change of the knowledge base. */
final class KeywordIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    KeywordIndex(List<List<String>> passages) {
        lengths = new int[passages.size()];
        long total = 0;
        for (int i = 0; i < passages.size(); i++) {
            Map<String, Integer> counts = new HashMap<>();
            for (String term : passages.get(i)) {
                counts.merge(term, 1, Integer::sum);
            }
            termCounts.add(counts);
            counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            lengths[i] = passages.get(i).size();
            total += lengths[i];
        }
        averageLength = passages.isEmpty() ? 1 : Math.max(1.0, (double) total / passages.size());
    }

    /** BM25 score of every passage for the query; 0 where no term matches. */
    double[] scores(Map<String, Double> queryTerms) {
        double[] scores = new double[lengths.length];
        for (Map.Entry<String, Double> weighted : queryTerms.entrySet()) {
            String term = weighted.getKey();
            Integer df = documentFrequency.get(term);
            if (df == null) {
                continue;
            }
            double idf = idf(df) * weighted.getValue();
            for (int i = 0; i < lengths.length; i++) {
                Integer tf = termCounts.get(i).get(term);
                if (tf != null) {
                    double norm = K1 * (1 - B + B * lengths[i] / averageLength);
                    scores[i] += idf * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return scores;
    }

    /**
     * How much of the query a passage covers, 0 to 1: the IDF-weighted share of the query's own words (not their
     * synonyms or pieces) that occur in it. A calibrated figure where BM25 scores are not.
     */
    double coverage(int passage, List<String> queryWords) {
        double all = 0;
        double found = 0;
        for (String word : new HashSet<>(queryWords)) {
            double weight = idf(documentFrequency.getOrDefault(word, 0));
            all += weight;
            if (termCounts.get(passage).containsKey(word)) {
                found += weight;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    boolean contains(String term) {
        return documentFrequency.containsKey(term);
    }

    private double idf(int df) {
        return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
    }

    /** Every passage, the best scoring first (equal scores in passage order). */
    static int[] byScore(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The best {@code limit} of the passages {@code include} accepts that score above 0, best first, read off
     * {@code byScore} (the scores' order, sorted once for every ranking taken of them).
     */
    static int[] ranking(int[] byScore, double[] scores, int limit, IntPredicate include) {
        return Arrays.stream(byScore).filter(include).filter(i -> scores[i] > 0).limit(limit).toArray();
    }
}
