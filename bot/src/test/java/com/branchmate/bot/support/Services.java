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

    /**
     * A new, empty database next to the one SPRING_DATASOURCE_URL names (same server and account), for bot processes
     * a test starts: other test applications in this JVM poll the shared database and would take their stored
     * messages. Null when no external database is configured.
     */
    public static String privateDatabase(String prefix) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(.*)$").matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("cannot derive a private database from " + url);
        }
        String name = prefix + "_" + Long.toHexString(System.nanoTime());
        var admin = new org.springframework.jdbc.core.JdbcTemplate(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
                        System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root"),
                        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")));
        admin.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return matcher.group(1) + name + matcher.group(3);
    }

    /** Drops a database made by {@link #privateDatabase}; nothing for an embedded one. */
    public static void dropPrivateDatabase(String url) {
        if (url == null || url.startsWith("jdbc:h2:")) {
            return;
        }
        var matcher = java.util.regex.Pattern.compile("^jdbc:(?:mysql|mariadb)://[^/]+/([A-Za-z0-9_]+).*$").matcher(url);
        if (matcher.matches()) {
            new org.springframework.jdbc.core.JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
                    System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root"),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")))
                    .execute("drop database if exists " + matcher.group(1));
        }
    }

    public static void require(boolean present, String message) {
        if (!present && Boolean.getBoolean("branchmate.require-services")) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(present, message);
    }
}
