package com.branchmate.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.branchmate.knowledge.HashingEmbedder;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

class AnswersTest {

    private final KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), new HashingEmbedder(),
            new DocumentReader(1 << 20), new Chunker(120), Clock.systemUTC(), Duration.ZERO);

    AnswersTest() {
        knowledge.ingest("visits.md", ("# 网点拜访\n## 网点负责人\n每周和网点负责人深入沟通一次，时长一小时左右。"
                + "沟通前准备好网点的业绩数据。\n## 柜员\n柜员忙，拜访时别占用他们的业务时间。").getBytes(StandardCharsets.UTF_8),
                null, "admin", false);
        knowledge.ingest("complaints.md", "# 投诉处理\n## 时限\n客户投诉要在二十四小时内回复，并记录处理经过。"
                .getBytes(StandardCharsets.UTF_8), null, "admin", false);
    }

    private static ChatModel answering(String text, AtomicReference<String> prompt) {
        return new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                prompt.set(request.messages().toString());
                return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
            }
        };
    }

    @Test
    void offlineAnswerQuotesTheBestSentencesAndCitesTheirPassage() {
        Answer answer = new Answerer(knowledge, null).ask("跟网点负责人多久沟通一次？", 200);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("每周").doesNotContain("柜员");
        assertThat(answer.citations()).extracting(Citation::section).first().isEqualTo("网点负责人");
    }

    @Test
    void theSentenceStatingTheQuestionComesFirstAndDialogueIsLeftToScripts() {
        knowledge.ingest("huddles.md", ("# 晨会手册\n## 晨会\n团队分散时可以在群里开晨会。晨会和夕会都要准时。"
                + "晨会怎么开：每天八点开，十五分钟，讲战报、提醒、一个知识点和三个问题。\n- 客户：晨会是什么？\n"
                + "- 经理：晨会是我们每天早上的例会。").getBytes(StandardCharsets.UTF_8), null, "admin", false);

        Answer answer = new Answerer(knowledge, null).ask("晨会怎么开", 200);

        assertThat(answer.text()).startsWith("· 晨会怎么开：每天八点开").doesNotContain("客户：").doesNotContain("经理：");
    }

    @Test
    void nothingRelevantSaysSoWithCloseTopicsAndNoCitations() {
        Answer answer = new Answerer(knowledge, null).ask("Python 的列表怎么排序？", 200);

        assertThat(answer.found()).isFalse();
        assertThat(answer.text()).contains("没有找到");
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void theModelAnswersFromTheNumberedPassagesAndItsCitationsAreRenumbered() {
        AtomicReference<String> prompt = new AtomicReference<>();
        var hits = knowledge.search("网点负责人沟通和投诉回复", 5);
        int complaintsIndex = 1 + hits.stream().map(h -> h.passage().title()).toList().indexOf("投诉处理");

        Answer answer = new LlmAnswers(answering("投诉要在二十四小时内回复[" + complaintsIndex + "]。", prompt))
                .answer("投诉多久回复", hits, 200);

        assertThat(prompt.get()).contains("二十四小时").contains("只根据");
        assertThat(answer.text()).isEqualTo("投诉要在二十四小时内回复[1]。");
        assertThat(answer.citations()).singleElement().extracting(Citation::title).isEqualTo("投诉处理");
    }

    @Test
    void whenTheModelFailsTheOfflineAnswerIsGiven() {
        ChatModel failing = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                throw new IllegalStateException("timeout");
            }
        };

        Answer answer = new Answerer(knowledge, failing).ask("客户投诉多久要回复？", 200);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("二十四小时");
        assertThatThrownBy(() -> new LlmAnswers(failing).answer("x", knowledge.search("投诉", 1), 100))
                .hasMessageContaining("timeout");
    }

    @Test
    void theModelSayingNotFoundGivesNoCitations() {
        Answer answer = new LlmAnswers(answering(LlmAnswers.NOT_FOUND, new AtomicReference<>()))
                .answer("今天天气", knowledge.search("投诉", 2), 200);

        assertThat(answer.found()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void aModelReadsAPassageTheOfflineDecisionDoubtsAndAnswersFromIt() {
        String question = "投诉记录要写什么";
        double best = knowledge.search(question, 1).get(0).relevance();
        assertThat(best).as("the test needs a doubtful best hit").isBetween(Relevance.MODEL_FLOOR, Relevance.THRESHOLD);
        AtomicReference<String> prompt = new AtomicReference<>();

        Answer offline = new Answerer(knowledge, null).ask(question, 200);
        Answer withModel = new Answerer(knowledge, answering("记下处理经过[1]。", prompt)).ask(question, 200);

        assertThat(offline.found()).isFalse();
        assertThat(prompt.get()).contains("记录处理经过").contains("可能有和问题无关的");
        assertThat(withModel.found()).isTrue();
        assertThat(withModel.citations()).singleElement().extracting(Citation::title).isEqualTo("投诉处理");
    }

    @Test
    void noModelCallWhenNothingReachesTheFloor() {
        AtomicReference<String> prompt = new AtomicReference<>();

        Answer answer = new Answerer(knowledge, answering("随便说点什么[1]", prompt)).ask("Python 的列表怎么排序？", 200);

        assertThat(prompt.get()).isNull();
        assertThat(answer.found()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void aModelAnswerCitingNothingStandsOnTheRelevantPassagesNotOnEverythingItRead() {
        var read = knowledge.search("客户投诉多久要回复", 5);
        assertThat(read).hasSizeGreaterThan(1);
        assertThat(Relevance.relevantHits(read)).hasSizeLessThan(read.size());

        Answer answer = LlmAnswers.cite("二十四小时内回复。", read);

        assertThat(answer.citations()).extracting(Citation::title)
                .containsExactlyElementsOf(Relevance.relevantHits(read).stream().map(h -> h.passage().title()).toList());
    }
}
