package com.branchmate.bot.access;

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

    /** Whether the member's records lie within what this caller may see (read their notes, tasks, people). */
    public boolean maySee(Member member) {
        return switch (role) {
            case ADMIN -> true;
            case MANAGER -> member.teamId().equals(teamId);
            case MEMBER -> member.id().equals(memberId);
        };
    }

    /**
     * Whether this caller may act for (write as, ask as) the given member: themself; an admin or the deployment's
     * token anyone; a team lead only the plain MEMBERs of their own team, never an admin or another lead, so acting
     * for someone never widens the caller's own scope.
     */
    public boolean mayActFor(Member member) {
        if (member.id().equals(memberId)) {
            return true;
        }
        return switch (role) {
            case ADMIN -> true;
            case MANAGER -> member.role() == Role.MEMBER && member.teamId().equals(teamId);
            case MEMBER -> false;
        };
    }

    /** Whether this caller may chat as the member (api.md: only the deployment token or an ADMIN names another). */
    public boolean mayChatAs(Member member) {
        return member.id().equals(memberId) || isAdmin();
    }
}
