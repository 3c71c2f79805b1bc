package com.branchmate.bot.platform.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import com.branchmate.bot.access.Caller;

/**
 * Records reads of personal data and every change, with member, time and channel. Written in the caller's
 * transaction, so a change that rolls back leaves no audit row claiming it happened.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;
    static final String SYSTEM_NAME = "系统";

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

    /** Newest first; what the system did itself (first start, the deployment token) is named 系统, not by its login. */
    public List<AuditEntry> recent(String targetType, String targetId, int limit) {
        String system = Caller.system().login();
        return mapper.findRecent(targetType, targetId, Math.max(1, Math.min(limit, 500))).stream()
                .map(e -> e.actorId() == null && system.equals(e.actorLogin()) && e.actorName() == null
                        ? new AuditEntry(e.id(), e.actorId(), e.actorLogin(), e.action(), e.targetType(), e.targetId(),
                                e.channel(), e.detail(), e.occurredAt(), SYSTEM_NAME)
                        : e)
                .toList();
    }
}
