package com.branchmate.bot.platform.llm;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat model (DeepSeek, Qwen, Ollama, vLLM): {@code bot.llm.base-url}, {@code api-key},
 * {@code model} (BOT_LLM_*). Unset base URL means offline mode. After {@code failuresToOpen} failures in a row the
 * bot stops calling the model for {@code openFor} and answers offline meanwhile.
 *
 * @param responseFormat {@code json_object} asks for JSON where the answer must be JSON (extraction); {@code off} for
 *                       providers that refuse the field
 * @param extraBody      a JSON object merged into every request body, for provider switches such as
 *                       {@code {"enable_thinking": false}} (DashScope Qwen3) or {@code {"options": {...}}} (Ollama)
 */
@ConfigurationProperties("bot.llm")
public record LlmProperties(String baseUrl, String apiKey, @DefaultValue("deepseek-chat") String model,
                            @DefaultValue("8s") Duration timeout,
                            @DefaultValue("5") int failuresToOpen,
                            @DefaultValue("60s") Duration openFor,
                            @DefaultValue("json_object") String responseFormat,
                            String extraBody) {

    public LlmProperties {
        if (!"json_object".equals(responseFormat) && !"off".equals(responseFormat)) {
            throw new IllegalArgumentException(
                    "bot.llm.response-format must be json_object or off, not '" + responseFormat + "'");
        }
        extraBodyFields(extraBody);
    }

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    public boolean jsonResponses() {
        return "json_object".equals(responseFormat);
    }

    /** The extra body as fields; empty when unset. A value that is not a JSON object stops the start with its key. */
    public Map<String, Object> extraBodyFields() {
        return extraBodyFields(extraBody);
    }

    private static Map<String, Object> extraBodyFields(String extraBody) {
        if (extraBody == null || extraBody.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> fields = JsonMapper.builder().build().readValue(extraBody, new TypeReference<>() { });
            return fields == null ? Map.of() : fields;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("bot.llm.extra-body (BOT_LLM_EXTRA_BODY) must be a JSON object, e.g. "
                    + "{\"enable_thinking\": false}");
        }
    }
}
