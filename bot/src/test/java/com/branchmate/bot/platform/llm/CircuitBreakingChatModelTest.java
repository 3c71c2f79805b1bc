package com.branchmate.bot.platform.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.MutableClock;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CircuitBreakingChatModelTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00+08:00");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean failing = true;

    private final ChatModel flaky = new ChatModel() {
        @Override
        public ChatResponse chat(ChatRequest request) {
            calls.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("model down");
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("好")).build();
        }
    };

    @Test
    void deadEndpointIsNotCalledWhileTheCircuitIsOpenThenTriedAgain() {
        var model = new CircuitBreakingChatModel(flaky, 3, Duration.ofSeconds(60), clock, registry);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(model.isOpen()).isTrue();
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi")))
                .isInstanceOf(CircuitBreakingChatModel.CircuitOpenException.class);
        assertThat(calls.get()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(61));
        failing = false;

        assertThat(model.chat(UserMessage.from("hi")).aiMessage().text()).isEqualTo("好");
        assertThat(calls.get()).isEqualTo(4);
        assertThat(registry.counter("branchmate.llm.failures").count()).isEqualTo(3);
        assertThat(registry.counter("branchmate.llm.skipped", "reason", "circuit-open").count()).isEqualTo(1);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        var model = new CircuitBreakingChatModel(flaky, 2, Duration.ofSeconds(60), clock, registry);
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);
        failing = false;
        model.chat(UserMessage.from("hi"));
        failing = true;
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);

        assertThat(model.isOpen()).isFalse();
    }
}
