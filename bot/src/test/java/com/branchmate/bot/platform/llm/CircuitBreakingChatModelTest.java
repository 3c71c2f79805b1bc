package com.branchmate.bot.platform.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00+08:00");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean failing = true;
    private volatile Duration takes = Duration.ZERO;
    private volatile CountDownLatch holdCalls;
    private volatile CountDownLatch callStarted = new CountDownLatch(1);

    private final ChatModel flaky = new ChatModel() {
        @Override
        public ChatResponse chat(ChatRequest request) {
            calls.incrementAndGet();
            callStarted.countDown();
            await(holdCalls);
            clock.advance(takes);
            if (failing) {
                throw new IllegalStateException("model down");
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("好")).build();
        }
    };

    private CircuitBreakingChatModel model(int failuresToOpen) {
        return new CircuitBreakingChatModel(flaky, failuresToOpen, Duration.ofSeconds(60), TIMEOUT, clock, registry);
    }

    @Test
    void deadEndpointIsNotCalledWhileTheCircuitIsOpenThenTriedAgain() {
        var model = model(3);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(model.isOpen()).isTrue();
        assertThatThrownBy(() -> model.forUse(LlmUse.ANSWER).chat(UserMessage.from("hi")))
                .isInstanceOf(CircuitBreakingChatModel.CircuitOpenException.class);
        assertThat(calls.get()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(61));
        failing = false;

        assertThat(model.chat(UserMessage.from("hi")).aiMessage().text()).isEqualTo("好");
        assertThat(calls.get()).isEqualTo(4);
        assertThat(model.isOpen()).isFalse();
        assertThat(registry.counter("branchmate.llm.skipped", "use", "answer", "reason", "circuit-open").count())
                .isEqualTo(1);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        var model = model(2);
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);
        failing = false;
        model.chat(UserMessage.from("hi"));
        failing = true;
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);

        assertThat(model.isOpen()).isFalse();
    }

    @Test
    void callsThatAnswerNearTheTimeoutCountAsFailures() {
        var model = model(3);
        failing = false;
        takes = Duration.ofMillis(7_500);

        for (int i = 0; i < 3; i++) {
            assertThat(model.chat(UserMessage.from("hi")).aiMessage().text()).isEqualTo("好");
        }

        assertThat(model.isOpen()).isTrue();
    }

    @Test
    void whenHalfOpenOnlyOneCallProbesTheModel() throws Exception {
        var model = model(2);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> model.chat(UserMessage.from("hi"))).isInstanceOf(IllegalStateException.class);
        }
        clock.advance(Duration.ofSeconds(61));
        failing = false;
        holdCalls = new CountDownLatch(1);
        callStarted = new CountDownLatch(1);

        CompletableFuture<ChatResponse> probe = CompletableFuture.supplyAsync(() -> model.chat(UserMessage.from("hi")));
        assertThat(callStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> model.chat(UserMessage.from("hi")))
                    .isInstanceOf(CircuitBreakingChatModel.CircuitOpenException.class);
        }
        holdCalls.countDown();

        assertThat(probe.get(5, TimeUnit.SECONDS).aiMessage().text()).isEqualTo("好");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(model.chat(UserMessage.from("hi")).aiMessage().text()).isEqualTo("好");
    }

    @Test
    void theBreakersStateIsInTheMetrics() {
        model(2);

        assertThat(registry.find("resilience4j.circuitbreaker.state").tag("name", "llm").gauges()).isNotEmpty();
    }

    private static void await(CountDownLatch latch) {
        if (latch == null) {
            return;
        }
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
