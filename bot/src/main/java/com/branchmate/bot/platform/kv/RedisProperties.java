package com.branchmate.bot.platform.kv;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.redis.url} (BOT_REDIS_URL), e.g. redis://127.0.0.1:6379/0; unset means the in-process store.
 * Keys are prefixed so one Redis can serve several deployments. {@code timeout} bounds connecting, each call and
 * the wait for a pooled connection; after a failure Redis is skipped for {@code skipAfterFailure}, so a hung Redis
 * slows one call, not every one.
 */
@ConfigurationProperties("bot.redis")
public record RedisProperties(URI url,
                              @DefaultValue("branchmate:") String keyPrefix,
                              @DefaultValue("500ms") Duration timeout,
                              @DefaultValue("5s") Duration skipAfterFailure) {

    public boolean enabled() {
        return url != null && !url.toString().isBlank();
    }
}
