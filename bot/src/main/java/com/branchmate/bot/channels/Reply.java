package com.branchmate.bot.channels;

import java.util.List;

/**
 * What the bot answers: Chinese text (short enough for a phone) and machine-readable actions taken
 * (e.g. "note.saved:42"), for the web chat and tests.
 */
public record Reply(String text, List<String> actions) {

    public Reply {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** No answer: a group message not addressed to the bot. Channels send nothing for it. */
    public static Reply silent() {
        return new Reply("", List.of("ignored"));
    }

    public boolean isSilent() {
        return text == null || text.isBlank();
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }
}
