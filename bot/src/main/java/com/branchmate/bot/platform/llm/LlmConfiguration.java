package com.branchmate.bot.platform.llm;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one OpenAI-compatible chat model (DeepSeek, Qwen, Ollama, vLLM) every feature shares, behind a circuit
 * breaker, with its calls in the metrics. No bean without {@code bot.llm.base-url}: features then use their offline
 * paths.
 */
@Configuration(proxyBeanMethods = false)
public class LlmConfiguration {

    @Bean
    @ConditionalOnExpression("'${bot.llm.base-url:}' != ''")
    CircuitBreakingChatModel chatModel(LlmProperties llm, Clock clock, MeterRegistry registry) {
        return new CircuitBreakingChatModel(openAiCompatible(llm, registry), llm.failuresToOpen(), llm.openFor(),
                llm.timeout(), clock, registry);
    }

    /** The provider's model as configured, without the breaker (the benchmark calls it directly). */
    public static ChatModel openAiCompatible(LlmProperties llm, MeterRegistry registry) {
        return OpenAiChatModel.builder()
                .baseUrl(llm.baseUrl())
                .apiKey(llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey())
                .modelName(llm.model())
                .timeout(llm.timeout())
                .temperature(0.0)
                .customParameters(llm.extraBodyFields())
                // reasoning is never shown or parsed
                .returnThinking(false)
                .listeners(List.of(new LlmMetrics(registry)))
                // A retry would double the wait the manager sees; the offline path answers instead.
                .maxRetries(0)
                .build();
    }
}
