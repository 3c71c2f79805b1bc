package com.branchmate.bot.access;

import java.time.Instant;

/** An account manager, team lead or admin, with the chat identities bound to them. */
public record Member(Long id, String login, String displayName, Role role, Long teamId, String teamCode,
                     String wecomUserId, String dingtalkStaffId, String passwordHash, boolean enabled,
                     Instant createdAt, Instant updatedAt) {

    public boolean canLogIn() {
        return enabled && passwordHash != null && !passwordHash.isBlank();
    }
}
