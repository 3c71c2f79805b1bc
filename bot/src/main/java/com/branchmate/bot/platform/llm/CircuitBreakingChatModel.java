package com.branchmate.bot.platform.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stops calling a model that keeps failing: after N failures in a row, calls fail at once for a while (the
 * callers then answer offline), then one call is let through to see whether the model is back. Counts calls and
 * failures for the metrics.
 */
public class CircuitBreakingChatModel implements ChatModel {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakingChatModel.class);

    /** Thrown instead of calling the model while the circuit is open. */
    public static class CircuitOpenException extends RuntimeException {
        CircuitOpenException() {
            super("LLM circuit open");
        }
    }

    private final ChatModel delegate;
    private final int failuresToOpen;
    private final Duration openFor;
    private final Clock clock;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicReference<Instant> openUntil = new AtomicReference<>(Instant.MIN);
    private final Counter calls;
    private final Counter failures;
    private final Counter skipped;

    public CircuitBreakingChatModel(ChatModel delegate, int failuresToOpen, Duration openFor, Clock clock,
                                    MeterRegistry registry) {
        this.delegate = delegate;
        this.failuresToOpen = Math.max(1, failuresToOpen);
        this.openFor = openFor;
        this.clock = clock;
        this.calls = registry.counter("branchmate.llm.calls");
        this.failures = registry.counter("branchmate.llm.failures");
        this.skipped = registry.counter("branchmate.llm.skipped", "reason", "circuit-open");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (clock.instant().isBefore(openUntil.get())) {
            skipped.increment();
            throw new CircuitOpenException();
        }
        calls.increment();
        try {
            ChatResponse response = delegate.chat(request);
            consecutiveFailures.set(0);
            return response;
        } catch (RuntimeException e) {
            failures.increment();
            if (consecutiveFailures.incrementAndGet() >= failuresToOpen) {
                openUntil.set(clock.instant().plus(openFor));
                consecutiveFailures.set(0);
                log.warn("LLM failed {} times in a row: answering offline for {}", failuresToOpen, openFor);
            }
            throw e;
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return chat(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return delegate.listeners();
    }

    public boolean isOpen() {
        return clock.instant().isBefore(openUntil.get());
    }
}
