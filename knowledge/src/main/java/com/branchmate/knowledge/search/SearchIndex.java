package com.branchmate.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * An immutable snapshot of all passages with their keyword and vector indexes. Built anew when documents change
 * (passages keep their segmented terms, so a rebuild only recounts); searched without locks.
 */
public final class SearchIndex {

    private static final int CANDIDATES = 50;
    /**
     * The built-in playbook's fused score counts this much: an organisation's passage ranked just behind a built-in
     * one in both lists moves ahead of it; a built-in passage clearly better still comes first.
     */
    static final double BUILT_IN_YIELD = 0.9;
    /** The places a member reads (an answer cites at most this many). */
    private static final int TOP = 5;
    /**
     * Built-in passages among the first {@link #TOP} unless the playbook is about the question and the organisation's
     * documents are not. Recall@5 with the playbook on (tuning / held out) is 0.738 / 0.711, as with it off (with both
     * sources in one ranking: 0.713 / 0.667); a cap that never lifts would hide the playbook's answer to what the
     * organisation's documents do not cover.
     */
    static final int BUILT_IN_SLOTS = 1;

    /** A passage with its terms (body, and heading when that is a field of its own), segmented once. */
    public record Entry(Passage passage, List<String> terms, List<String> headingTerms) {
        public static Entry of(Passage passage) {
            return of(passage, SearchTuning.standard());
        }

        public static Entry of(Passage passage, SearchTuning tuning) {
            if (tuning.titleWeight() > 0) {
                return new Entry(passage, ChineseTokenizer.passageTerms(passage.text(), tuning.simplify()),
                        ChineseTokenizer.passageTerms(passage.heading(), tuning.simplify()));
            }
            return new Entry(passage, ChineseTokenizer.passageTerms(passage.searchableText(), tuning.simplify()),
                    List.of());
        }
    }

    private final List<Entry> entries;
    private final SearchTuning tuning;
    private final KeywordIndex keywords;
    private final KeywordIndex headings;
    private final VectorIndex vectors;
    /** Passages of the built-in playbook and of the organisation's own documents are both there. */
    private final boolean holdsBothSources;
    /** With both there, each source's keyword statistics of its own, as if the other were not loaded. */
    private final SourceKeywords ownKeywords;
    private final SourceKeywords playbookKeywords;

    public SearchIndex(List<Entry> entries) {
        this(entries, SearchTuning.standard());
    }

    public SearchIndex(List<Entry> entries, SearchTuning tuning) {
        this.entries = List.copyOf(entries);
        this.tuning = tuning;
        this.keywords = new KeywordIndex(entries.stream().map(Entry::terms).toList());
        this.headings = new KeywordIndex(entries.stream().map(Entry::headingTerms).toList());
        this.vectors = new VectorIndex(entries.stream().map(e -> e.passage().embedding()).toList());
        this.holdsBothSources = entries.stream().anyMatch(e -> e.passage().builtIn())
                && entries.stream().anyMatch(e -> !e.passage().builtIn());
        this.ownKeywords = holdsBothSources ? new SourceKeywords(this.entries, false) : null;
        this.playbookKeywords = holdsBothSources ? new SourceKeywords(this.entries, true) : null;
    }

    /**
     * BM25 over the passages of one source, scored into an array over all passages (0 for the other source's). Body
     * terms only: a title field of its own (tuning.titleWeight) lost to titles read as part of the passage.
     */
    private static final class SourceKeywords {
        private final int[] positions;
        private final KeywordIndex index;

        SourceKeywords(List<Entry> entries, boolean builtIn) {
            positions = IntStream.range(0, entries.size())
                    .filter(i -> entries.get(i).passage().builtIn() == builtIn).toArray();
            index = new KeywordIndex(Arrays.stream(positions).mapToObj(i -> entries.get(i).terms()).toList());
        }

        double[] scores(Map<String, Double> query, int size) {
            double[] own = index.scores(query);
            double[] all = new double[size];
            for (int j = 0; j < positions.length; j++) {
                all[positions[j]] = own[j];
            }
            return all;
        }
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
        ChineseTokenizer.Query terms = ChineseTokenizer.query(query, tuning, keywords::contains);
        List<String> queryWords = terms.words();
        double[] keywordScores = keywords.scores(terms.searched());
        if (tuning.titleWeight() > 0) {
            double[] headingScores = headings.scores(terms.searched());
            for (int i = 0; i < keywordScores.length; i++) {
                keywordScores[i] += tuning.titleWeight() * headingScores[i];
            }
        }
        VectorIndex.Similarities vectorScores = queryEmbedding == null ? null : vectors.similarities(queryEmbedding);
        double[] similarities = vectorScores == null ? new double[entries.size()] : vectorScores.passages();
        // Relevance is judged on the passage or its best sentence, whichever is closer (see RelevanceModel).
        IntToDoubleFunction closest = vectorScores == null ? i -> 0 : vectorScores::closest;

        boolean useKeywords = mode != SearchMode.VECTOR;
        boolean useVectors = mode != SearchMode.KEYWORD && queryEmbedding != null;
        Scores scores = new Scores(useKeywords ? Ranked.of(keywordScores) : null,
                useVectors ? Ranked.of(similarities) : null,
                useVectors && tuning.sentenceWeight() > 0 ? Ranked.of(vectorScores.bestSentences()) : null,
                keywordScores, similarities);
        boolean bothSources = useKeywords && useVectors && holdsBothSources;
        Map<Integer, Double> fused = new HashMap<>();
        List<Integer> order;
        if (!bothSources) {
            order = fusedOrder(scores, i -> true, fused);
        } else {
            // Each source is ranked among its own passages, so loading the built-in playbook does not reshuffle an
            // organisation's ranking; the fused order of both says where built-in passages may stand.
            IntPredicate builtIn = i -> entries.get(i).passage().builtIn();
            List<Integer> own = fusedOrder(scores.withKeywords(ownKeywords.scores(terms.searched(), entries.size())),
                    builtIn.negate(), fused);
            List<Integer> playbook = fusedOrder(
                    scores.withKeywords(playbookKeywords.scores(terms.searched(), entries.size())), builtIn, fused);
            Map<Integer, Double> yielded = new HashMap<>();
            List<Integer> mixed = fusedOrder(scores, i -> true, yielded);
            IntPredicate relevant = i -> RelevanceModel.relevant(closest.applyAsDouble(i),
                    keywords.coverage(i, queryWords));
            // The cap lifts only when the playbook is about the question and the organisation's documents are not.
            boolean playbookKnowsBetter = !playbook.isEmpty() && relevant.test(playbook.get(0))
                    && (own.isEmpty() || !relevant.test(own.get(0)));
            int builtInSlots = playbookKnowsBetter ? TOP : BUILT_IN_SLOTS;
            order = ownRelevantFirst(bySource(mixed, own, playbook, builtIn, builtInSlots), builtIn, relevant);
        }
        List<Hit> hits = new ArrayList<>();
        double[] ceiling = {1};
        order.stream()
                .limit(Math.max(1, k))
                .forEach(i -> {
                    double coverage = keywords.coverage(i, queryWords);
                    // Relevance follows the search order: a hit ranked lower never shows a higher figure.
                    double relevance = Math.min(ceiling[0],
                            RelevanceModel.relevance(closest.applyAsDouble(i), coverage));
                    ceiling[0] = relevance;
                    hits.add(new Hit(entries.get(i).passage(), fused.get(i), coverage, similarities[i], relevance));
                });
        return hits;
    }

    /**
     * The rankings fused: keyword (BM25), passage vector and best-sentence vector, null where not used; ties are
     * broken by the keyword score, then the similarity, which are there in every mode.
     */
    private record Scores(Ranked keywords, Ranked passages, Ranked sentences, double[] keywordTies,
                          double[] similarityTies) {
        Scores withKeywords(double[] scores) {
            return new Scores(Ranked.of(scores), passages, sentences, scores, similarityTies);
        }
    }

    /** One ranking's scores and its order, sorted once however many fusions (per source) take candidates from it. */
    private record Ranked(double[] scores, int[] byScore) {
        static Ranked of(double[] scores) {
            return new Ranked(scores, KeywordIndex.byScore(scores));
        }

        int[] top(IntPredicate include) {
            return KeywordIndex.ranking(byScore, scores, CANDIDATES, include);
        }
    }

    /** The fused order of the passages {@code include} accepts, best first; their fused values go into {@code fused}. */
    private List<Integer> fusedOrder(Scores scores, IntPredicate include, Map<Integer, Double> fused) {
        Map<Integer, Double> own = new HashMap<>();
        boolean hybrid = scores.keywords() != null && scores.passages() != null;
        if (scores.keywords() != null) {
            fuse(own, scores.keywords().scores(), scores.keywords().top(include), hybrid ? tuning.keywordWeight() : 1);
        }
        if (scores.passages() != null) {
            fuse(own, scores.passages().scores(), scores.passages().top(include), hybrid ? tuning.vectorWeight() : 1);
            if (scores.sentences() != null) {
                fuse(own, scores.sentences().scores(), scores.sentences().top(include),
                        hybrid ? tuning.sentenceWeight() : 1);
            }
        }
        if (hybrid && tuning.fusion() == SearchTuning.Fusion.LINEAR) {
            // A candidate of one list still gets its score from the other.
            double[] keywordScores = scores.keywords().scores();
            double best = max(keywordScores);
            for (Map.Entry<Integer, Double> e : own.entrySet()) {
                e.setValue(tuning.keywordWeight() * (best == 0 ? 0 : keywordScores[e.getKey()] / best)
                        + tuning.vectorWeight() * scores.passages().scores()[e.getKey()]);
            }
        }
        if (hybrid) {
            // An organisation's own documents win ties over the built-in playbook.
            own.replaceAll((i, value) -> entries.get(i).passage().builtIn() ? value * BUILT_IN_YIELD : value);
        }
        fused.putAll(own);
        double[] keywordScores = scores.keywordTies();
        double[] similarities = scores.similarityTies();
        return own.entrySet().stream()
                // Equal fused ranks (first in one list, second in the other) go to the passage sharing more of the
                // question's words: the wording a member typed is the surer sign.
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> -keywordScores[e.getKey()])
                        .thenComparing(e -> -similarities[e.getKey()]))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Each place of the fused order of both sources filled from the ranking of the source that holds it there; within
     * the first {@link #TOP}, at most {@code builtInSlots} places go to the built-in playbook.
     */
    static List<Integer> bySource(List<Integer> mixed, List<Integer> own, List<Integer> playbook, IntPredicate builtIn,
                                  int builtInSlots) {
        List<Integer> result = new ArrayList<>();
        int nextOwn = 0;
        int nextPlaybook = 0;
        int playbookInTop = 0;
        for (int at = 0; at < mixed.size(); at++) {
            boolean wantPlaybook = builtIn.test(mixed.get(at)) && (at >= TOP || playbookInTop < builtInSlots);
            if (wantPlaybook && nextPlaybook < playbook.size() || nextOwn >= own.size()) {
                if (nextPlaybook >= playbook.size()) {
                    break;
                }
                result.add(playbook.get(nextPlaybook++));
                playbookInTop += at < TOP ? 1 : 0;
            } else {
                result.add(own.get(nextOwn++));
            }
        }
        result.addAll(own.subList(nextOwn, own.size()));
        result.addAll(playbook.subList(nextPlaybook, playbook.size()));
        return result;
    }

    /**
     * The order with each built-in passage moved behind every passage of the organisation's own that is about the
     * question; the order among the organisation's passages, and among the built-in ones, stays as it was.
     */
    static List<Integer> ownRelevantFirst(List<Integer> order, IntPredicate builtIn, IntPredicate relevant) {
        int lastOwnRelevant = -1;
        for (int at = 0; at < order.size(); at++) {
            int i = order.get(at);
            if (!builtIn.test(i) && relevant.test(i)) {
                lastOwnRelevant = at;
            }
        }
        List<Integer> reordered = new ArrayList<>(order.size());
        List<Integer> deferred = new ArrayList<>();
        for (int at = 0; at < order.size(); at++) {
            int i = order.get(at);
            if (at < lastOwnRelevant && builtIn.test(i)) {
                deferred.add(i);
            } else {
                reordered.add(i);
            }
            if (at == lastOwnRelevant) {
                reordered.addAll(deferred);
            }
        }
        return reordered;
    }

    private void fuse(Map<Integer, Double> fused, double[] scores, int[] ranking, double weight) {
        double best = ranking.length == 0 ? 0 : scores[ranking[0]];
        for (int rank = 0; rank < ranking.length; rank++) {
            double value = tuning.fusion() == SearchTuning.Fusion.RRF
                    ? weight / (tuning.rrfK() + rank + 1)
                    : weight * scores[ranking[rank]] / best;
            fused.merge(ranking[rank], value, Double::sum);
        }
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
