package com.branchmate.bot.platform.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who did or read what, when, through which channel. {@code actorName} is the member's name, read with the entry. */
public record AuditEntry(Long id, Long actorId, String actorLogin, String action, String targetType, String targetId,
                         String channel, String detail, Instant occurredAt,
                         @Schema(description = "操作人的姓名（actorLogin 是登录名）；系统自己（首次启动、部署令牌）为「系统」") String actorName) {
}
