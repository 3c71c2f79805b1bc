package com.branchmate.bot.platform.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.kv.KeyValueStore;

/**
 * Locks a console login after repeated wrong passwords: {@value #MAX_FAILURES} failures within the window lock it
 * for {@link #LOCK}, even for the right password, so guessing is slow. Counted in the shared key-value store, so
 * every instance sees the same count.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final KeyValueStore store;
    private final AuditLog audit;

    LoginAttempts(KeyValueStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    boolean isLocked(String login) {
        return login != null && store.get(lockKey(login)).isPresent();
    }

    /** Counts a failure; true when this one locked the login. */
    boolean failed(String login) {
        if (login == null || login.isBlank()) {
            return false;
        }
        long failures = store.incrementInWindow("login-failures:" + normalized(login), WINDOW);
        if (failures >= MAX_FAILURES) {
            store.set(lockKey(login), "locked", LOCK);
            store.delete("login-failures:" + normalized(login));
            String who = normalized(login).length() > 64 ? normalized(login).substring(0, 64) : normalized(login);
            audit.record(new Caller(null, who, Role.MEMBER, null, false), "LOGIN_LOCKED", "member", who, "web",
                    "连续输错密码 " + MAX_FAILURES + " 次，锁定 " + LOCK.toMinutes() + " 分钟");
            return true;
        }
        return false;
    }

    void succeeded(String login) {
        store.delete("login-failures:" + normalized(login));
    }

    private static String lockKey(String login) {
        return "login-lock:" + normalized(login);
    }

    private static String normalized(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }
}
