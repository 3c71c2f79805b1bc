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

    /** What shows where a value is kept but not given out. */
    static final String HIDDEN = "****";

    /**
     * These settings as the API shows them: the robot key, the webhook's access token and the signing secret are
     * credentials for posting into the group, so only their last characters show and the secret not at all.
     */
    public HuddleSettings redacted() {
        return new HuddleSettings(teamId, enabled, morningTime, eveningTime, zone, hideTail(wecomWebhookKey),
                wecomChatId, dingtalkWebhook == null ? null : dingtalkWebhook.replaceAll("(access_token=)[^&]*", "$1" + HIDDEN),
                null, dingtalkConversationId, customerNames, morningTemplate, eveningTemplate, targetPolicies,
                targetPremium, graceMinutes, personalReminders, updatedAt);
    }

    private static String hideTail(String secret) {
        return secret == null || secret.length() <= 8 ? (secret == null ? null : HIDDEN)
                : HIDDEN + secret.substring(secret.length() - 4);
    }

    public boolean hasTargets() {
        return targetPolicies != null || targetPremium != null;
    }
}
