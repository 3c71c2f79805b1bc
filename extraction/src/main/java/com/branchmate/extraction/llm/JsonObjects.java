package com.branchmate.extraction.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON objects in a model's answer, which may wrap them in a fenced block, put prose or a reasoning block
 * ({@code <think>…</think>}, itself full of braces) around them, or both. Braces inside JSON strings do not count.
 */
final class JsonObjects {

    private static final Pattern FENCED = Pattern.compile("```[A-Za-z]*\\s*\\n?(.*?)```", Pattern.DOTALL);

    private JsonObjects() {
    }

    /**
     * The candidates best first: the objects inside fenced blocks, last block first, then every balanced object in
     * the whole answer, last first (a reasoning model writes its answer after its reasoning).
     */
    static List<String> candidates(String answer) {
        List<String> found = new ArrayList<>();
        List<String> fenced = new ArrayList<>();
        Matcher fence = FENCED.matcher(answer);
        while (fence.find()) {
            fenced.addAll(balanced(fence.group(1)));
        }
        Collections.reverse(fenced);
        List<String> all = balanced(answer);
        Collections.reverse(all);
        found.addAll(fenced);
        found.addAll(all);
        return found;
    }

    /** Every outermost balanced {...} in the text, left to right; an opening brace that never closes is skipped. */
    static List<String> balanced(String text) {
        List<String> objects = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('{', from);
            if (open < 0) {
                return objects;
            }
            int close = matchingClose(text, open);
            if (close < 0) {
                from = open + 1;
            } else {
                objects.add(text.substring(open, close + 1));
                from = close + 1;
            }
        }
    }

    private static int matchingClose(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
