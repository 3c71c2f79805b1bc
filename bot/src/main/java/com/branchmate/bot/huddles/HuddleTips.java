package com.branchmate.bot.huddles;

import java.time.LocalDate;
import java.util.Optional;

/** One short piece of knowledge for the morning huddle, rotating through the knowledge base. */
public interface HuddleTips {

    /** A tip for the day, with where it comes from; empty when the knowledge base has nothing. */
    Optional<Tip> tipFor(LocalDate date, long teamId);

    record Tip(String text, String source) {
    }
}
