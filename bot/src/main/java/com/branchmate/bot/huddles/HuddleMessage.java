package com.branchmate.bot.huddles;

import java.util.List;

/** A rendered huddle: title, Markdown body, and the members to @-mention (those who logged nothing yet). */
public record HuddleMessage(String title, String markdown, List<Long> mentionMemberIds) {
}
