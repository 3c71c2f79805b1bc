package com.branchmate.bot.platform.llm;

import java.time.Duration;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Calls, failures, latency and tokens of every model call, per use, as {@code branchmate_llm_*} in the metrics:
 * what an operator needs to see a provider's cost and health.
 */
final class LlmMetrics implements ChatModelListener {

    private static final String STARTED = "branchmate.started";
    private static final String USE = "branchmate.use";

    private final MeterRegistry registry;

    LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
        context.attributes().put(USE, LlmUse.current());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        String use = use(context.attributes().get(USE));
        registry.counter("branchmate.llm.calls", "use", use).increment();
        latency(use, "ok", context.attributes().get(STARTED));
        TokenUsage tokens = context.chatResponse().tokenUsage();
        if (tokens != null) {
            count(use, "prompt", tokens.inputTokenCount());
            count(use, "completion", tokens.outputTokenCount());
        }
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        String use = use(context.attributes().get(USE));
        registry.counter("branchmate.llm.calls", "use", use).increment();
        registry.counter("branchmate.llm.failures", "use", use,
                "error", context.error().getClass().getSimpleName()).increment();
        latency(use, "error", context.attributes().get(STARTED));
    }

    private void latency(String use, String outcome, Object started) {
        if (started instanceof Long start) {
            registry.timer("branchmate.llm.latency", "use", use, "outcome", outcome)
                    .record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void count(String use, String type, Integer tokens) {
        if (tokens != null && tokens > 0) {
            registry.counter("branchmate.llm.tokens", "use", use, "type", type).increment(tokens);
        }
    }

    private static String use(Object use) {
        return use instanceof String s ? s : LlmUse.UNNAMED;
    }
}
