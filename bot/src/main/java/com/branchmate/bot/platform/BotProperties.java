package com.branchmate.bot.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that are the bot's own rather than one feature's.
 *
 * @param dataDir       where the embedded database and local files live
 * @param zone          the business time zone: "today", due dates and huddles are in it
 * @param apiToken      a static bearer token for tools and tests (BOT_API_TOKEN); unset means none
 * @param adminPassword the first admin's password (BOT_ADMIN_PASSWORD); generated and printed once when unset
 * @param encryptionKey AES-256 key for personal data at rest, base64 (BOT_ENCRYPTION_KEY); required with MySQL
 */
@ConfigurationProperties("bot")
public record BotProperties(@DefaultValue("./data") Path dataDir,
                            @DefaultValue("Asia/Shanghai") ZoneId zone,
                            String apiToken,
                            String adminPassword,
                            String encryptionKey) {

    public boolean hasApiToken() {
        return apiToken != null && !apiToken.isBlank();
    }
}
