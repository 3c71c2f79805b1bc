package com.branchmate.bot.platform.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import com.branchmate.bot.members.Caller;

/**
 * Records reads of personal data and every change, with member, time and channel. Written in the caller's
 * transaction, so a change that rolls back leaves no audit row claiming it happened.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final AuditMapper mapper;
    private final Clock clock;

    AuditLog(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void record(Caller actor, String action, String targetType, String targetId, String channel, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        mapper.insert(new AuditEntry(null, actor.memberId(), actor.login(), action, targetType, targetId,
                channel == null ? "api" : channel, trimmed, clock.instant(), null));
    }

    public List<AuditEntry> recent(String targetType, String targetId, int limit) {
        return mapper.findRecent(targetType, targetId, Math.max(1, Math.min(limit, 500)));
    }
}
