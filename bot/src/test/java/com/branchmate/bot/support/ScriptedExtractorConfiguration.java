package com.branchmate.bot.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a Spring test to replace the real extractor with one the test scripts. */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedExtractorConfiguration {

    @Bean
    @Primary
    ScriptedExtractor scriptedExtractor() {
        return new ScriptedExtractor();
    }
}
