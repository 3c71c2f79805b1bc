package com.branchmate.bot.huddles;

/**
 * SENDING: claimed by an instance, delivery under way (a row left in it means the instance stopped mid-send).
 * SENT, FAILED (delivery gave up; visible in the console), MISSED (found too late after a restart).
 */
public enum HuddleStatus {
    SENDING, SENT, FAILED, MISSED
}
