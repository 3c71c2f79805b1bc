package com.branchmate.bot.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole bot, in the business time zone, so tests can fix "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(BotProperties properties) {
        return Clock.system(properties.zone());
    }
}
