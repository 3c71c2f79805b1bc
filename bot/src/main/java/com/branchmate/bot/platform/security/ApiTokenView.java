package com.branchmate.bot.platform.security;

import java.time.Instant;

/** A token as the console lists it; the token itself is never shown again after creation. */
public record ApiTokenView(Long id, String name, String member, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
