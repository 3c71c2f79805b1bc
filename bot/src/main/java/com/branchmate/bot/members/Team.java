package com.branchmate.bot.members;

import java.time.Instant;

public record Team(Long id, String code, String name, Instant createdAt) {
}
