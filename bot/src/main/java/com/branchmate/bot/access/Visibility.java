package com.branchmate.bot.access;

/**
 * A read scope bound into queries as parameters (never spliced into SQL): both null means everything,
 * {@code teamId} limits to a team's members, {@code memberId} to one member's own records.
 */
public record Visibility(Long teamId, Long memberId) {

    public static Visibility everything() {
        return new Visibility(null, null);
    }

    public static Visibility team(Long teamId) {
        return new Visibility(teamId, null);
    }

    public static Visibility member(Long memberId) {
        return new Visibility(null, memberId);
    }
}
