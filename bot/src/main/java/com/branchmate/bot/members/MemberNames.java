package com.branchmate.bot.members;

import java.util.HashMap;
import java.util.Map;

/** Members' display names for one response, each looked up once: people read names, logins are for machines. */
public final class MemberNames {

    private final MemberService members;
    private final Map<Long, String> byId = new HashMap<>();

    MemberNames(MemberService members) {
        this.members = members;
    }

    /** The member's display name; the login when the member is unknown or has no name. */
    public String of(Long memberId, String login) {
        if (memberId == null) {
            return login;
        }
        return byId.computeIfAbsent(memberId, id -> members.findById(id)
                .map(m -> m.displayName() == null || m.displayName().isBlank() ? m.login() : m.displayName())
                .orElse(login));
    }
}
