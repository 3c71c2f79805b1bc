package com.branchmate.knowledge.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.branchmate.knowledge.search.ChineseTokenizer;

/** Sentences of a passage, and how many of a question's words each contains. */
final class Sentences {

    private static final Pattern SPLIT = Pattern.compile("(?<=[。！？；!?])|\\n");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*·•]|\\d{1,2}[.、)）]|[（(]?\\d{1,2}[)）]|[一二三四五六七八九十]+、)\\s*");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> result = new ArrayList<>();
        for (String piece : SPLIT.split(text)) {
            String sentence = LIST_MARKER.matcher(piece.strip()).replaceFirst("").strip();
            if (sentence.length() >= 4 && !sentence.startsWith("|")) {
                result.add(sentence);
            }
        }
        return result;
    }

    /** The summed length of the distinct question words in the sentence: longer shared words say more. */
    static int overlap(String sentence, Set<String> questionWords) {
        Set<String> words = new HashSet<>(ChineseTokenizer.passageTerms(sentence));
        int score = 0;
        for (String word : questionWords) {
            if (words.contains(word)) {
                score += word.length();
            }
        }
        return score;
    }
}
