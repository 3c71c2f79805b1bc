package com.branchmate.extraction.vocabulary;

import java.util.Map;

/** Full bank names from what people type (建行 → 建设银行), from the same dictionary the extractor reads. */
public final class BankNames {

    private static final Map<String, String> FULL_NAMES = Lexicon.load().banks();

    private BankNames() {
    }

    /** The stored full name, or the input trimmed when it is not a known alias (农商行 stays as written). */
    public static String fullName(String typed) {
        if (typed == null) {
            return null;
        }
        String name = typed.strip();
        return FULL_NAMES.getOrDefault(name, name);
    }
}
