package com.branchmate.bot.huddles;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HuddleConfiguration {

    /** Without a knowledge base the morning huddle uses its built-in reminder instead of a tip. */
    @Bean
    @ConditionalOnMissingBean
    HuddleTips noTips() {
        return (date, teamId) -> Optional.empty();
    }
}
