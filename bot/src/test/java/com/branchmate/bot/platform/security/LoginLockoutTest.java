package com.branchmate.bot.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** Five wrong passwords lock a console login for a while, even for the right password; other logins are unaffected. */
@BotTest
class LoginLockoutTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repeatedWrongPasswordsLockTheLogin() {
        String victim = member("victim-password-1");
        String bystander = member("bystander-password-1");
        var browser = new HttpTestClient(port);

        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(browser.login(victim, "wrong-" + i).header("Location")).endsWith("/login.html?error");
        }
        var fifth = browser.login(victim, "wrong-5");
        var rightButLocked = browser.login(victim, "victim-password-1");

        assertThat(fifth.header("Location")).endsWith("/login.html?locked");
        assertThat(rightButLocked.header("Location")).endsWith("/login.html?locked");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(new HttpTestClient(port).login(bystander, "bystander-password-1").header("Location"))
                .doesNotContain("login.html");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'LOGIN_LOCKED' and target_id = ?",
                Integer.class, victim.toLowerCase())).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        String login = member("steady-password-1");
        var browser = new HttpTestClient(port);
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            browser.login(login, "wrong-" + i);
        }
        assertThat(browser.login(login, "steady-password-1").header("Location")).doesNotContain("login.html");

        var again = new HttpTestClient(port);
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            again.login(login, "wrong-" + i);
        }
        assertThat(again.login(login, "steady-password-1").header("Location")).doesNotContain("login.html");
    }

    private String member(String password) {
        String login = Fixtures.unique("lock");
        var created = new HttpTestClient(port).withBearer(BotTest.API_TOKEN).postJson("/api/members",
                JsonText.of(Map.of("login", login, "name", "锁定测试", "role", "MEMBER", "password", password)));
        assertThat(created.status()).isEqualTo(201);
        return login;
    }
}
