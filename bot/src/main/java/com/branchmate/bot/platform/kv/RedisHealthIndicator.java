package com.branchmate.bot.platform.kv;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** "redis" in /actuator/health: DOWN when the configured Redis does not answer; in-process is always UP. */
@Component("redis")
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final KeyValueStore store;

    RedisHealthIndicator(KeyValueStore store) {
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("kind", store.kind());
        KeyValueStore redis = store instanceof ResilientKeyValueStore resilient ? resilient.redis() : store;
        try {
            if (redis instanceof JedisKeyValueStore jedis && !jedis.ping()) {
                builder.down();
                return;
            }
        } catch (RuntimeException e) {
            // Down for readiness, but the bot still answers (claims fall back to the database).
            builder.down().withDetail("error", e.getClass().getSimpleName());
            return;
        }
        builder.up();
    }
}
