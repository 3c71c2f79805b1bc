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
                             boolean personalReminders, Integer maturityDays, Integer birthdayDays, Integer anniversaryDays,
                             Instant updatedAt) {

    /** How far ahead the morning huddle announces maturities, birthdays and anniversaries, unless the team chose. */
    public static final int MATURITY_DAYS = 30;
    public static final int BIRTHDAY_DAYS = 7;
    public static final int ANNIVERSARY_DAYS = 7;
    /** The longest look-ahead a team may choose: beyond it the list stops being a reminder. */
    public static final int MAX_DAYS_AHEAD = 90;

    /** Days ahead not given (an older client, a form left empty) are the defaults. */
    public HuddleSettings {
        maturityDays = maturityDays == null ? MATURITY_DAYS : maturityDays;
        birthdayDays = birthdayDays == null ? BIRTHDAY_DAYS : birthdayDays;
        anniversaryDays = anniversaryDays == null ? ANNIVERSARY_DAYS : anniversaryDays;
    }

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
                CustomerNames.HONORIFIC, null, null, null, null, 60, true, MATURITY_DAYS, BIRTHDAY_DAYS, ANNIVERSARY_DAYS, now);
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
                targetPremium, graceMinutes, personalReminders, maturityDays, birthdayDays, anniversaryDays, updatedAt);
    }

    private static String hideTail(String secret) {
        return secret == null || secret.length() <= 8 ? (secret == null ? null : HIDDEN)
                : HIDDEN + secret.substring(secret.length() - 4);
    }

    public boolean hasTargets() {
        return targetPolicies != null || targetPremium != null;
    }
}
