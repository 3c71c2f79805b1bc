package com.branchmate.bot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The running bot as most tests use it: a random port, the deployment token {@link #API_TOKEN} and the first admin's
 * password {@link #ADMIN_PASSWORD}. Spring starts one application context for all the classes so marked (each
 * starting costs seconds), so their data carries unique names. A class whose subject is another property, an extra
 * bean or a fault keeps its own {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.api-token=" + BotTest.API_TOKEN, "bot.admin-password=" + BotTest.ADMIN_PASSWORD})
public @interface BotTest {

    String API_TOKEN = "test-system-token";

    String ADMIN_PASSWORD = "admin-pass-123";
}
