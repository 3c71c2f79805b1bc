package com.branchmate.bot.notes;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.bot.notes.extraction.LlmExtractor;
import com.branchmate.bot.platform.Background;
import com.branchmate.bot.platform.llm.CircuitBreakingChatModel;
import com.branchmate.bot.platform.llm.LlmUse;
import com.branchmate.bot.platform.llm.LlmProperties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.branchmate.extraction.NoteExtractor;
import com.branchmate.extraction.rules.RuleExtractor;

/**
 * The extractor: offline rules by default; with {@code bot.llm.base-url} set, an LLM that falls back to the rules
 * on error, timeout or an answer that does not fit the vocabulary.
 */
@Configuration(proxyBeanMethods = false)
class NoteConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NoteConfiguration.class);

    @Bean
    DateResolver dateResolver() {
        return new DateResolver();
    }

    /**
     * HanLP reads its dictionaries on first use (about two seconds): once the bot is ready, in the background, so
     * the start does not wait for them and the first note seldom does (one that comes sooner waits for them).
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> warmUpOfflineRules(DateResolver dateResolver) {
        return event -> Background.run(() -> {
            long started = System.nanoTime();
            new RuleExtractor(dateResolver).extract("今天去了建行城南支行，王行长下周三过生日。", LocalDate.of(2026, 1, 5));
            log.info("Offline extractor ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }

    @Bean
    NoteExtractor noteExtractor(DateResolver dateResolver, ObjectProvider<CircuitBreakingChatModel> llm,
                                LlmProperties settings, MeterRegistry registry) {
        // The rules are not a bean themselves: the one NoteExtractor bean is what every feature (and a test's fake)
        // sees.
        RuleExtractor rules = new RuleExtractor(dateResolver);
        CircuitBreakingChatModel model = llm.getIfAvailable();
        NoteExtractor extractor;
        if (model == null) {
            log.info("Extraction: offline rules (set BOT_LLM_BASE_URL to add an LLM)");
            extractor = rules;
        } else {
            log.info("Extraction: LLM {} at {}, falling back to offline rules", settings.model(), settings.baseUrl());
            extractor = new LlmExtractor(model.forUse(LlmUse.EXTRACTION), rules, settings.jsonResponses());
        }
        return timed(extractor, registry);
    }

    /** Extraction time in the metrics, whichever extractor answers. */
    private static NoteExtractor timed(NoteExtractor extractor, MeterRegistry registry) {
        Timer timer = Timer.builder("branchmate.extraction.time").register(registry);
        return (text, referenceDate) -> timer.record(() -> extractor.extract(text, referenceDate));
    }
}
