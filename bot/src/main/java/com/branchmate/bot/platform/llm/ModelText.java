package com.branchmate.bot.platform.llm;

import java.util.regex.Pattern;

/** What of a model's answer may reach a user or a parser: never its reasoning. */
final class ModelText {

    /** A closed reasoning block, or everything up to a closing tag whose opening one the server already removed. */
    private static final Pattern REASONING = Pattern.compile("(?s)<think>.*?</think>|^(?:(?!<think>).)*?</think>");
    /** An opening tag never closed: the model was cut off while still reasoning. */
    private static final Pattern UNCLOSED = Pattern.compile("(?s)<think>.*");

    private ModelText() {
    }

    static String withoutReasoning(String text) {
        if (text == null || (!text.contains("<think>") && !text.contains("</think>"))) {
            return text;
        }
        String answer = REASONING.matcher(text).replaceAll("");
        return UNCLOSED.matcher(answer).replaceAll("").strip();
    }
}
