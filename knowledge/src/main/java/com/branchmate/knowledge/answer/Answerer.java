package com.branchmate.knowledge.answer;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.search.Hit;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Answers a question from the knowledge base: the language model when there is one, grounded in the passages found;
 * the offline answer when there is none, or when it fails or times out. Nothing relevant found means no model call.
 */
public final class Answerer {

    private static final Logger log = LoggerFactory.getLogger(Answerer.class);
    private static final int PASSAGES = 5;

    private final KnowledgeBase knowledge;
    private final LlmAnswers llm;

    /** {@code model} may be null: offline answers only. */
    public Answerer(KnowledgeBase knowledge, ChatModel model) {
        this.knowledge = knowledge;
        this.llm = model == null ? null : new LlmAnswers(model);
    }

    public Answer ask(String question, int maxChars) {
        List<Hit> hits = knowledge.search(question, PASSAGES);
        List<Hit> relevant = Relevance.relevantHits(hits);
        if (relevant.isEmpty()) {
            return OfflineAnswers.nothingFound(question, hits);
        }
        if (llm != null) {
            try {
                return llm.answer(question, relevant, maxChars);
            } catch (RuntimeException e) {
                log.warn("LLM answer failed, answering offline: {}", e.toString());
            }
        }
        return OfflineAnswers.answer(question, relevant, maxChars);
    }
}
