package com.branchmate.bot.huddles;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A team's huddle settings. Groups: a WeCom group robot key or app group chat, a DingTalk robot webhook (with
 * its signing secret) or conversation. {@code customerNames} says how customers are named in the group.
 */
public record HuddleSettings(Long teamId, boolean enabled, String morningTime, String eveningTime, String zone,
                             String wecomWebhookKey, String wecomChatId, String dingtalkWebhook, String dingtalkSecret,
                             String dingtalkConversationId, CustomerNames customerNames, String morningTemplate,
                             String eveningTemplate, Integer targetPolicies, Long targetPremium, int graceMinutes,
                             boolean personalReminders, Instant updatedAt) {

    /** How a customer's name shows in a group chat. */
    public enum CustomerNames {
        /** 张先生 stays; 张伟 becomes 张姓客户 when no title is known. */
        HONORIFIC,
        /** 张** */
        SURNAME_MASK,
        /** As recorded: the team chose to show full names. */
        FULL
    }

    public static HuddleSettings defaults(long teamId, Instant now) {
        return new HuddleSettings(teamId, false, "08:30", "17:30", "Asia/Shanghai", null, null, null, null, null,
                CustomerNames.HONORIFIC, null, null, null, null, 60, true, now);
    }

    public LocalTime time(HuddleKind kind) {
        return LocalTime.parse(kind == HuddleKind.MORNING ? morningTime : eveningTime);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public boolean hasTargets() {
        return targetPolicies != null || targetPremium != null;
    }
}
