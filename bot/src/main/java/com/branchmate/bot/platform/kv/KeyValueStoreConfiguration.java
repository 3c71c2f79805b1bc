package com.branchmate.bot.platform.kv;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

@Configuration(proxyBeanMethods = false)
class KeyValueStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyValueStoreConfiguration.class);

    @Bean
    KeyValueStore keyValueStore(RedisProperties redis, Clock clock, DatabaseClaims databaseClaims) {
        if (!redis.enabled()) {
            log.info("Key-value store: in-process (set BOT_REDIS_URL to share state across instances)");
            return new InMemoryKeyValueStore(clock);
        }
        log.info("Key-value store: Redis at {}:{}", redis.url().getHost(), redis.url().getPort());
        return new ResilientKeyValueStore(new JedisKeyValueStore(pooled(redis), redis.keyPrefix()), databaseClaims,
                new InMemoryKeyValueStore(clock), clock, redis.skipAfterFailure());
    }

    static JedisPooled pooled(RedisProperties redis) {
        var uri = redis.url();
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        // Connect and socket timeouts well under WeCom's 5 s re-send: a hung Redis costs a request this much, once
        // (the resilient store then skips Redis for a while).
        var config = DefaultJedisClientConfig.builder()
                .timeoutMillis((int) redis.timeout().toMillis())
                .ssl("rediss".equalsIgnoreCase(uri.getScheme()));
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isBlank()) {
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                String user = userInfo.substring(0, colon);
                if (!user.isBlank()) {
                    config.user(user);
                }
                config.password(userInfo.substring(colon + 1));
            } else {
                config.password(userInfo);
            }
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            config.database(Integer.parseInt(path.substring(1)));
        }
        JedisClientConfig clientConfig = config.build();
        var pool = new ConnectionPoolConfig();
        pool.setMaxTotal(32);
        // Waiting for a pooled connection counts against the same budget: hung calls hold connections.
        pool.setMaxWait(redis.timeout());
        return new JedisPooled(new HostAndPort(uri.getHost(), port), clientConfig, pool);
    }
}
