package com.branchmate.bot.members;

/**
 * Who is asking: a logged-in member, a member's API token, or the deployment's own token ({@link #system()}),
 * which acts as an admin without being a member. Every read of people and notes is scoped by it.
 */
public record Caller(Long memberId, String login, Role role, Long teamId, boolean isSystem) {

    public static Caller system() {
        return new Caller(null, "system", Role.ADMIN, null, true);
    }

    public static Caller of(Member member) {
        return new Caller(member.id(), member.login(), member.role(), member.teamId(), false);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** What this caller may see: everything, one team, or their own records. */
    public Visibility visibility() {
        return switch (role) {
            case ADMIN -> Visibility.everything();
            case MANAGER -> Visibility.team(teamId);
            case MEMBER -> Visibility.member(memberId);
        };
    }

    /** Whether this caller may act for (chat as, read the notes of) the given member. */
    public boolean mayActFor(Member member) {
        return switch (role) {
            case ADMIN -> true;
            case MANAGER -> member.teamId().equals(teamId);
            case MEMBER -> member.id().equals(memberId);
        };
    }
}
