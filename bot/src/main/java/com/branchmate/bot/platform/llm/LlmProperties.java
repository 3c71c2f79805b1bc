package com.branchmate.bot.platform.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An OpenAI-compatible chat model (DeepSeek, Qwen, Ollama, vLLM): {@code bot.llm.base-url}, {@code api-key},
 * {@code model} (BOT_LLM_*). Unset base URL means offline mode. After {@code failuresToOpen} failures in a row the
 * bot stops calling the model for {@code openFor} and answers offline meanwhile.
 */
@ConfigurationProperties("bot.llm")
public record LlmProperties(String baseUrl, String apiKey, @DefaultValue("deepseek-chat") String model,
                            @DefaultValue("8s") Duration timeout,
                            @DefaultValue("5") int failuresToOpen,
                            @DefaultValue("60s") Duration openFor) {

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }
}
