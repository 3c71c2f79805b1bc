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
    /** Lines of a script pattern (经理：… 客户：…) and their "适用于…" note are dialogue, not advice. */
    private static final Pattern DIALOGUE = Pattern.compile("^(经理|客户|柜员|行长)[：:]|^适用于");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*·•]|\\d{1,2}[.、)）]|[（(]?\\d{1,2}[)）]|[一二三四五六七八九十]+、)\\s*");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> result = new ArrayList<>();
        for (String piece : SPLIT.split(text)) {
            String sentence = LIST_MARKER.matcher(piece.strip()).replaceFirst("").strip();
            if (sentence.length() >= 4 && !sentence.startsWith("|") && !DIALOGUE.matcher(sentence).find()) {
                result.add(sentence);
            }
        }
        return result;
    }

    /**
     * Extra weight for a sentence that states the question it answers before a colon (晨会怎么开：…), as playbooks
     * write their key points: the part before the colon is compared with the question.
     */
    static int headlineOverlap(String sentence, Set<String> questionWords) {
        int colon = sentence.indexOf('：');
        if (colon <= 0 || colon > 24) {
            return 0;
        }
        int shared = overlap(sentence.substring(0, colon), questionWords);
        return shared == 0 ? 0 : 2 + shared;
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
