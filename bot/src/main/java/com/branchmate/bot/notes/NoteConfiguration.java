package com.branchmate.bot.notes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.branchmate.bot.notes.extraction.Extraction;
import com.branchmate.bot.notes.extraction.NoteExtractor;

@Configuration(proxyBeanMethods = false)
class NoteConfiguration {

    /** Placeholder until the offline extractor is wired: keeps the text, extracts nothing. */
    @Bean
    @ConditionalOnMissingBean
    NoteExtractor noteExtractor() {
        return (text, referenceDate) -> Extraction.empty();
    }
}
