package com.branchmate.bot.platform.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.FakeOpenAiServer;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The shared model as the application builds it, against a local OpenAI-compatible fake. */
class LlmConfigurationTest {

    private final FakeOpenAiServer server = new FakeOpenAiServer();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        server.close();
    }

    private CircuitBreakingChatModel model(String extraBody) {
        var properties = new LlmProperties(server.baseUrl(), "key", "qwen3-32b", Duration.ofSeconds(5), 5,
                Duration.ofSeconds(60), "json_object", extraBody);
        return new LlmConfiguration().chatModel(properties, Clock.systemUTC(), registry);
    }

    @Test
    void theExtraBodyIsMergedIntoEveryRequest() {
        server.answering("好");

        model("{\"enable_thinking\": false, \"chat_template_kwargs\": {\"enable_thinking\": false}}")
                .chat(UserMessage.from("你好"));

        assertThat(server.lastRequest().replaceAll("\\s", ""))
                .contains("\"enable_thinking\":false")
                .contains("\"chat_template_kwargs\":{\"enable_thinking\":false}")
                .contains("\"model\":\"qwen3-32b\"");
    }

    @Test
    void anExtraBodyThatIsNotAJsonObjectStopsTheStart() {
        assertThatThrownBy(() -> model("enable_thinking=false"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOT_LLM_EXTRA_BODY");
    }

    @Test
    void callsLatencyAndTokensAreCountedPerUse() {
        server.answering("好");
        ChatModel extraction = model(null).forUse(LlmUse.EXTRACTION);

        extraction.chat(UserMessage.from("你好"));
        extraction.chat(UserMessage.from("你好"));
        server.failingWith(500);
        try {
            extraction.chat(UserMessage.from("你好"));
        } catch (RuntimeException expected) {
            // counted as a failure below
        }

        assertThat(registry.counter("branchmate.llm.calls", "use", "extraction").count()).isEqualTo(3);
        assertThat(registry.counter("branchmate.llm.tokens", "use", "extraction", "type", "prompt").count())
                .isEqualTo(1024);
        assertThat(registry.counter("branchmate.llm.tokens", "use", "extraction", "type", "completion").count())
                .isEqualTo(256);
        assertThat(registry.find("branchmate.llm.failures").tag("use", "extraction").counter().count()).isEqualTo(1);
        assertThat(registry.timer("branchmate.llm.latency", "use", "extraction", "outcome", "ok").count())
                .isEqualTo(2);
    }

    @Test
    void noAnswerLeavesWithItsReasoning() {
        var model = model(null);

        server.answering("<think>用户问候，{简单}回复即可。</think>\n\n您好！");
        String afterThinkBlock = model.chat(UserMessage.from("你好")).aiMessage().text();
        server.answering("最后的回答").reasoningFirst("这是推理过程");
        var withReasoningContent = model.chat(UserMessage.from("你好")).aiMessage();
        server.answering("服务端去掉了开头标签的推理</think>回答").reasoningFirst(null);
        String afterLoneClosingTag = model.chat(UserMessage.from("你好")).aiMessage().text();

        assertThat(afterThinkBlock).isEqualTo("您好！");
        assertThat(withReasoningContent.text()).isEqualTo("最后的回答");
        assertThat(withReasoningContent.thinking()).isNull();
        assertThat(afterLoneClosingTag).isEqualTo("回答");
    }
}
