package com.branchmate.extraction.rules;

import java.util.List;
import java.util.regex.Pattern;

/** Trimming shared by the free-text rules. */
final class Words {

    /** Particles that end a clause but not a value (的, 了, 吧). */
    static final Pattern TRAILING = Pattern.compile("[的了吗呢啊吧~～]+$");

    private Words() {
    }

    /**
     * The text without any of the words at its start, repeatedly. A loop rather than a repeated regex group, which
     * recurses once per repetition and overflows the stack on long input.
     */
    /** 说话很客气: 说 starts a word here, not a report (他说…). */
    private static final String KEPT = "说话";

    static String stripLeading(String s, List<String> words) {
        int start = 0;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String w : words) {
                if (s.startsWith(w, start) && !s.startsWith(KEPT, start)) {
                    start += w.length();
                    stripped = true;
                    break;
                }
            }
        }
        return s.substring(start);
    }
}
