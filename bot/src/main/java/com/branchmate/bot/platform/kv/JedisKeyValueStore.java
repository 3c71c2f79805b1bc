package com.branchmate.bot.platform.kv;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** Redis through Jedis: shared by every bot instance that points at the same Redis. */
public class JedisKeyValueStore implements KeyValueStore, AutoCloseable {

    /** INCR and set the expiry on the first event, in one step so a crash between them cannot leave a counter forever. */
    private static final String INCREMENT_IN_WINDOW = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count""";

    private final UnifiedJedis jedis;
    private final String prefix;

    public JedisKeyValueStore(UnifiedJedis jedis, String prefix) {
        this.jedis = jedis;
        this.prefix = prefix;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(jedis.set(prefix + key, value, SetParams.setParams().nx().px(millis(ttl))));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(jedis.get(prefix + key));
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        jedis.set(prefix + key, value, SetParams.setParams().px(millis(ttl)));
    }

    @Override
    public void delete(String key) {
        jedis.del(prefix + key);
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        Object count = jedis.eval(INCREMENT_IN_WINDOW, List.of(prefix + key), List.of(String.valueOf(millis(window))));
        return ((Number) count).longValue();
    }

    @Override
    public String kind() {
        return "redis";
    }

    /** Answers true when Redis answers a PING; for health checks. */
    public boolean ping() {
        return "PONG".equalsIgnoreCase(jedis.ping());
    }

    @Override
    public void close() {
        jedis.close();
    }

    private static long millis(Duration ttl) {
        return Math.max(1, ttl.toMillis());
    }
}
