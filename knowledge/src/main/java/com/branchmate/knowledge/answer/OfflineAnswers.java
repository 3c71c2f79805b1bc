package com.branchmate.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.branchmate.knowledge.search.ChineseTokenizer;
import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.Passage;

/**
 * Answers without a language model: the sentences of the best passages that share most words with the question,
 * as short points, the most telling first, citing the passages they came from. Dialogue lines of script patterns are
 * left to scripts.
 */
public final class OfflineAnswers {

    private static final int PASSAGES = 3;

    private OfflineAnswers() {
    }

    public static Answer answer(String question, List<Hit> hits, int maxChars) {
        List<Hit> relevant = Relevance.relevantHits(hits);
        if (relevant.isEmpty()) {
            return nothingFound(question, hits);
        }
        Set<String> words = new HashSet<>(ChineseTokenizer.queryTerms(question));
        record Candidate(int hit, int index, String sentence, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int h = 0; h < Math.min(PASSAGES, relevant.size()); h++) {
            List<String> sentences = Sentences.of(relevant.get(h).passage().text());
            for (int i = 0; i < sentences.size(); i++) {
                int overlap = Sentences.overlap(sentences.get(i), words) + Sentences.headlineOverlap(sentences.get(i), words);
                if (overlap > 0 || h == 0 && i < 2) {
                    // Earlier passages rank higher; within one, the words shared with the question decide. The
                    // best passage's opening sentences stay candidates: found by meaning, they may share no word.
                    candidates.add(new Candidate(h, i, sentences.get(i), overlap + (PASSAGES - h) * 0.5 - i * 0.01));
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        int length = 0;
        for (Candidate candidate : candidates.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::hit).thenComparingInt(Candidate::index)).toList()) {
            boolean fits = length + candidate.sentence().length() <= maxChars;
            if (fits || chosen.isEmpty()) {
                chosen.add(candidate);
                length += Math.min(candidate.sentence().length(), maxChars);
            }
            if (length >= maxChars * 0.8 || chosen.size() >= 4) {
                break;
            }
        }
        // The most telling sentence first: on a phone the first line is often all that is read.
        chosen.sort(Comparator.comparingDouble(Candidate::score).reversed());
        StringBuilder text = new StringBuilder();
        Set<Integer> used = new LinkedHashSet<>();
        for (Candidate candidate : chosen) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(chosen.size() > 1 ? "· " : "").append(shorten(candidate.sentence(), maxChars));
            used.add(candidate.hit());
        }
        List<Citation> citations = used.stream().map(h -> Citation.of(relevant.get(h).passage())).toList();
        return new Answer(text.toString(), citations, true, List.of());
    }

    /** Says plainly that the knowledge base has nothing on it, and names the closest topics it does have. */
    public static Answer nothingFound(String question, List<Hit> near) {
        List<String> topics = near.stream().map(Hit::passage)
                .map(OfflineAnswers::topic).distinct().limit(3).toList();
        StringBuilder text = new StringBuilder("知识库里没有找到和「").append(shorten(question.strip(), 30))
                .append("」相关的内容。");
        if (!topics.isEmpty()) {
            text.append("可以换个说法，或者问问这些相近的主题：");
            topics.forEach(topic -> text.append("\n· ").append(topic));
        }
        return new Answer(text.toString(), List.of(), false, topics);
    }

    private static String topic(Passage passage) {
        return passage.section() == null || passage.section().isBlank()
                ? passage.title()
                : passage.section().replaceFirst("^.* / ", "") + "（" + passage.title() + "）";
    }

    static String shorten(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, Math.max(1, maxChars - 1)) + "…";
    }
}
