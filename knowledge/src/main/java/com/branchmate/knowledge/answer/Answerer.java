package com.branchmate.knowledge.answer;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.search.Hit;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Answers a question from the knowledge base: the language model when there is one, grounded in the passages found;
 * the offline answer when there is none, or when it fails or times out.
 * <p>
 * A model reads more than the offline answer may use: the first {@link #MODEL_PASSAGES} hits once the best reaches
 * {@link Relevance#MODEL_FLOOR}, and it says itself when none of them answers. The offline relevance decision misses
 * answers that are phrased in other words than the question (7 of 80 tuning and 7 of 45 held-out questions), and
 * a model reading the passages tells those from unrelated ones far better. Nothing above the floor means no call.
 */
public final class Answerer {

    private static final Logger log = LoggerFactory.getLogger(Answerer.class);
    private static final int PASSAGES = 5;
    /**
     * What a model reads, about 3,600 characters. The answer is among them for 64 of 80 tuning and 34 of 45 held-out
     * questions (first 5: 59 and 32; first 16: 68 and 35 with the earlier relevance model, with a prompt a third
     * longer); KnowledgeBenchmark prints it.
     */
    public static final int MODEL_PASSAGES = 12;

    private final KnowledgeBase knowledge;
    private final LlmAnswers llm;

    /** {@code model} may be null: offline answers only. */
    public Answerer(KnowledgeBase knowledge, ChatModel model) {
        this.knowledge = knowledge;
        this.llm = model == null ? null : new LlmAnswers(model);
    }

    public Answer ask(String question, int maxChars) {
        List<Hit> found = knowledge.search(question, llm == null ? PASSAGES : MODEL_PASSAGES);
        List<Hit> forModel = Relevance.worthReading(found);
        if (llm != null && !forModel.isEmpty()) {
            try {
                return llm.answer(question, forModel, maxChars);
            } catch (RuntimeException e) {
                log.warn("LLM answer failed, answering offline: {}", e.toString());
            }
        }
        List<Hit> hits = found.subList(0, Math.min(PASSAGES, found.size()));
        List<Hit> relevant = Relevance.relevantHits(hits);
        if (relevant.isEmpty()) {
            return OfflineAnswers.nothingFound(question, hits);
        }
        return OfflineAnswers.answer(question, relevant, maxChars);
    }
}
