package com.branchmate.bot.intents;

import java.util.List;

/** What a handler says back, and what it did (for logs and tests), e.g. {@code note.saved:12}. */
public record Answer(String text, List<String> actions) {

    public Answer {
        actions = List.copyOf(actions);
    }

    public static Answer of(String text, String action) {
        return new Answer(text, List.of(action));
    }
}
