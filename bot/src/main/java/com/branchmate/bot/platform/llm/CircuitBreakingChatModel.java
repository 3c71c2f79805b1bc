package com.branchmate.bot.platform.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The shared model behind Resilience4j's circuit breaker: after N failed calls in a row (a call that took nearly the
 * whole timeout counts as failed, since the member waited for it) calls fail at once for a while and the callers
 * answer offline; then exactly one call probes whether the model is back. Every answer leaves here without the
 * model's reasoning ({@code <think>} blocks, {@code reasoning_content}), so no caller can show it to a user.
 */
public class CircuitBreakingChatModel implements ChatModel {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakingChatModel.class);

    /** Thrown instead of calling the model while the circuit is open. */
    public static class CircuitOpenException extends RuntimeException {
        CircuitOpenException() {
            super("LLM circuit open");
        }
    }

    /** Recorded for a call that answered, but so late that the member would have been better served offline. */
    static class SlowCallException extends RuntimeException {
        SlowCallException(Duration took) {
            super("LLM answered after " + took.toMillis() + " ms");
        }
    }

    private final ChatModel delegate;
    private final CircuitBreaker breaker;
    private final Duration slowCall;
    private final Clock clock;
    private final MeterRegistry registry;

    /**
     * @param timeout the call timeout: a call that took 90 % of it counts as failed
     */
    public CircuitBreakingChatModel(ChatModel delegate, int failuresToOpen, Duration openFor, Duration timeout,
                                    Clock clock, MeterRegistry registry) {
        this.delegate = delegate;
        this.clock = clock;
        this.registry = registry;
        this.slowCall = timeout.multipliedBy(9).dividedBy(10);
        int window = Math.max(1, failuresToOpen);
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                // every one of the last N calls failed: N in a row
                .failureRateThreshold(100)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(config);
        this.breaker = breakers.circuitBreaker("llm");
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
        breaker.getEventPublisher().onStateTransition(event ->
                log.warn("LLM circuit {}: {}", event.getStateTransition(),
                        event.getStateTransition().getToState() == CircuitBreaker.State.OPEN
                                ? "answering offline for " + openFor : "probing the model"));
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (!breaker.tryAcquirePermission()) {
            registry.counter("branchmate.llm.skipped", "use", LlmUse.current(), "reason", "circuit-open").increment();
            throw new CircuitOpenException();
        }
        Instant started = clock.instant();
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RuntimeException e) {
            breaker.onError(Duration.between(started, clock.instant()).toNanos(), TimeUnit.NANOSECONDS, e);
            throw e;
        }
        Duration took = Duration.between(started, clock.instant());
        if (took.compareTo(slowCall) >= 0) {
            breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, new SlowCallException(took));
        } else {
            breaker.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
        }
        return withoutReasoning(response);
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return chat(request);
    }

    /** This model for one use: its calls are counted under that use in the metrics. */
    public ChatModel forUse(String use) {
        CircuitBreakingChatModel shared = this;
        return new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                return LlmUse.during(use, () -> shared.chat(request));
            }

            @Override
            public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
                return chat(request);
            }

            @Override
            public ChatRequestParameters defaultRequestParameters() {
                return shared.defaultRequestParameters();
            }
        };
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        // The delegate already calls them; listing them here would count every call twice.
        return List.of();
    }

    public boolean isOpen() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    private static ChatResponse withoutReasoning(ChatResponse response) {
        AiMessage message = response.aiMessage();
        if (message == null) {
            return response;
        }
        String text = ModelText.withoutReasoning(message.text());
        if (message.thinking() == null && Objects.equals(text, message.text())) {
            return response;
        }
        AiMessage answer = message.toBuilder().text(text).thinking(null).build();
        return response.toBuilder().aiMessage(answer).build();
    }
}
