package com.branchmate.bot.platform.kv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Atomic claims in the shared database: the fallback for {@link KeyValueStore#putIfAbsent} when Redis is down. */
@Component
class DatabaseClaims {

    private final ClaimMapper claims;
    private final Clock clock;

    DatabaseClaims(ClaimMapper claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    boolean claim(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        claims.deleteExpired(key, now);
        try {
            claims.insert(key, value.length() > 255 ? value.substring(0, 255) : value, now.plus(ttl));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<String> value(String key) {
        return Optional.ofNullable(claims.value(key, clock.instant()));
    }

    void release(String key) {
        claims.delete(key);
    }
}
