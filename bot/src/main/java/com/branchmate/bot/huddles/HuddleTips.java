package com.branchmate.bot.huddles;

import java.time.LocalDate;
import java.util.Optional;

/** One short piece of knowledge for the morning huddle, rotating through the knowledge base. */
public interface HuddleTips {

    /** A tip for the day, with where it comes from; empty when the knowledge base has nothing. */
    Optional<Tip> tipFor(LocalDate date, long teamId);

    /**
     * One suggested action for a member's reminder of this kind (birthday, anniversary, maturity, overdue, task),
     * drawn from the knowledge base; empty when it has nothing that fits, and the reminder uses its built-in line.
     */
    default Optional<Tip> actionFor(String kind) {
        return Optional.empty();
    }

    record Tip(String text, String source) {
    }
}
