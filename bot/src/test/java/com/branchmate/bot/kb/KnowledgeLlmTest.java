package com.branchmate.bot.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.branchmate.bot.support.FakeOpenAiServer;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** With a language model configured, answers and scripts come from it, grounded in the passages; when it fails, offline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.api-token=llm-kb")
class KnowledgeLlmTest {

    static final FakeOpenAiServer MODEL = new FakeOpenAiServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("bot.llm.base-url", MODEL::baseUrl);
        registry.add("bot.llm.timeout", () -> "1s");
        registry.add("bot.llm.failures-to-open", () -> "100");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Test
    void theModelAnswersFromThePassagesAndTheOfflineAnswerStandsInWhenItFails() {
        var admin = new HttpTestClient(port).withBearer("llm-kb");
        admin.postMultipart("/api/kb/documents", "guide.md", KnowledgeTestDocuments.visitGuide(Fixtures.unique("手册")),
                Map.of());
        String question = JsonText.of(Map.of("question", "跟网点负责人多久沟通一次？"));

        MODEL.answering("每周和网点负责人深入沟通一次，约一小时[1]。").delayedBy(0);
        var grounded = admin.postJson("/api/kb/ask", question);
        MODEL.failingWith(500);
        var afterError = admin.postJson("/api/kb/ask", question);
        MODEL.answering("太慢了").delayedBy(3000);
        var afterTimeout = admin.postJson("/api/kb/ask", question);
        MODEL.delayedBy(0);

        assertThat(grounded.json().get("answer").asText()).isEqualTo("每周和网点负责人深入沟通一次，约一小时[1]。");
        assertThat(grounded.json().get("citations")).hasSize(1);
        assertThat(MODEL.lastRequest()).contains("每周至少和网点负责人深入沟通一次").contains("只根据");
        for (var offline : new HttpTestClient.Response[] {afterError, afterTimeout}) {
            assertThat(offline.status()).isEqualTo(200);
            assertThat(offline.json().get("answer").asText()).contains("每周至少和网点负责人").doesNotContain("太慢了");
            assertThat(offline.json().get("citations")).isNotEmpty();
        }
    }

    @Test
    void aReasoningModelsThinkingNeverReachesTheMember() {
        var admin = new HttpTestClient(port).withBearer("llm-kb");
        admin.postMultipart("/api/kb/documents", "guide.md", KnowledgeTestDocuments.visitGuide(Fixtures.unique("推理")),
                Map.of());
        MODEL.answering("<think>资料[1]说每周一次，{注意}别编造。</think>\n每周和网点负责人深入沟通一次[1]。").delayedBy(0);

        var answer = admin.postJson("/api/kb/ask", JsonText.of(Map.of("question", "跟网点负责人多久沟通一次？")));

        assertThat(answer.json().get("answer").asText()).isEqualTo("每周和网点负责人深入沟通一次[1]。");
        // what an operator sees: calls, latency and tokens per use, and the breaker's state
        String metrics = admin.get("/actuator/prometheus").body();
        assertThat(metrics).contains("branchmate_llm_calls_total{use=\"answer\"")
                .contains("branchmate_llm_tokens_total{type=\"prompt\",use=\"answer\"")
                .contains("branchmate_llm_latency_seconds_count{outcome=\"ok\",use=\"answer\"")
                .contains("resilience4j_circuitbreaker_state");
    }

    @Test
    void theModelWritesTheScriptAndItsCitationLineIsTurnedIntoCitations() {
        var admin = new HttpTestClient(port).withBearer("llm-kb");
        admin.postMultipart("/api/kb/documents", "guide.md", KnowledgeTestDocuments.visitGuide(Fixtures.unique("话术")),
                Map.of());
        String login = Fixtures.unique("llm");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "客户经理", "role", "MEMBER")));
        MODEL.answering("经理：您好，存款到期后可以考虑留一部分做养老规划。\n客户：怎么规划？\n经理：我按您的情况做一份方案。\n依据：[1]")
                .delayedBy(0);

        var script = admin.postJson("/api/scripts", JsonText.of(Map.of("member", login, "request", "聊年金险的话术")));

        assertThat(script.json().get("script").asText()).startsWith("经理：您好").doesNotContain("依据");
        assertThat(script.json().get("citations")).hasSize(1);
    }
}
