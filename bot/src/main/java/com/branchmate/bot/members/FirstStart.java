package com.branchmate.bot.members;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.BotProperties;

/**
 * On the first start: the team "default" and the admin "admin", created before the other start-up work; how to log
 * in is printed once the application is ready, after every other start-up line, so it is the last thing on screen.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final MemberService members;
    private final BotProperties properties;
    private final Environment environment;
    private volatile Optional<String> generatedPassword = Optional.empty();

    FirstStart(MemberService members, BotProperties properties, Environment environment) {
        this.members = members;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        generatedPassword = members.ensureFirstAdmin(properties.adminPassword());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void printLogin() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        generatedPassword.ifPresentOrElse(
                password -> log.warn("""

                        ==============================================================
                          BranchMate 首次启动：已创建管理员账号
                          登录地址  http://localhost:{}/
                          用户名    admin
                          密码      {}
                          （密码只显示这一次；设置 BOT_ADMIN_PASSWORD 可自行指定）
                        ==============================================================
                        """, port, password),
                () -> log.info("BranchMate ready: http://localhost:{}/ (web chat and console)", port));
        generatedPassword = Optional.empty();
    }
}
