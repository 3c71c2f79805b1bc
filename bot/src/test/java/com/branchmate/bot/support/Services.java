package com.branchmate.bot.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests against MariaDB or Redis run when .ci/run (or a developer) points the bot at them. With
 * -Dbranchmate.require-services=true a missing service fails the run instead of skipping it, so CI
 * cannot pass by skipping.
 */
public final class Services {

    private Services() {
    }

    public static String redisUrl() {
        String url = System.getProperty("bot.redis.url", System.getenv("BOT_REDIS_URL"));
        require(url != null && !url.isBlank(),
                "Redis suite skipped: set BOT_REDIS_URL (e.g. redis://127.0.0.1:6379) to run it against a real Redis");
        return url;
    }

    public static void require(boolean present, String message) {
        if (!present && Boolean.getBoolean("branchmate.require-services")) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(present, message);
    }
}
