package com.branchmate.bot.platform.llm;

import java.util.function.Supplier;

/**
 * What a model call is for (extraction, answer, script), so the metrics tell them apart. A thread carries it only for
 * the length of one call: langchain4j calls its listeners on the calling thread.
 */
public final class LlmUse {

    public static final String EXTRACTION = "extraction";
    public static final String ANSWER = "answer";
    public static final String SCRIPT = "script";
    static final String UNNAMED = "other";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private LlmUse() {
    }

    static String current() {
        String use = CURRENT.get();
        return use == null ? UNNAMED : use;
    }

    static <T> T during(String use, Supplier<T> call) {
        String outer = CURRENT.get();
        CURRENT.set(use);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
