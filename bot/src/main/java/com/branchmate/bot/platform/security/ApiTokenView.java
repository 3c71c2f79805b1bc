package com.branchmate.bot.platform.security;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A token as the console lists it ({@code member} the owner's login, {@code memberName} their display name); the
 * token itself is never shown again after creation.
 */
public record ApiTokenView(Long id, String name, String member,
                           @Schema(description = "令牌所属成员的姓名（member 是登录名）") String memberName, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
