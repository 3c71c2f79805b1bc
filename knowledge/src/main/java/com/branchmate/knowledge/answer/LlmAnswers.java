package com.branchmate.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.branchmate.knowledge.search.Hit;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Answers with a language model, grounded only in the retrieved passages: the model sees numbered passages and must
 * cite them as [1], [2]; the citations returned are the passages it cited, renumbered in order of first use.
 */
public final class LlmAnswers {

    static final String NOT_FOUND = "NOT_FOUND";
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");

    private static final String SYSTEM = """
            你是银行渠道（银保）客户经理的工作助手。只根据用户消息里编号的资料回答问题，不要用资料以外的知识，不要编造数字。
            资料是按检索顺序给的，其中可能有和问题无关的，只用能回答问题的那几条。
            用中文回答，简洁、可直接照做，不超过%d个字；每个要点后面用 [编号] 标出依据的资料。
            如果资料里没有能回答问题的内容，只回复 %s。""";

    private final ChatModel model;

    public LlmAnswers(ChatModel model) {
        this.model = model;
    }

    /**
     * The model's answer from the passages read, best first, some perhaps unrelated; throws when the model fails, so
     * the caller can answer offline.
     */
    public Answer answer(String question, List<Hit> read, int maxChars) {
        ChatRequest request = ChatRequest.builder().messages(
                SystemMessage.from(SYSTEM.formatted(maxChars, NOT_FOUND)),
                UserMessage.from("资料：\n" + numbered(read) + "问题：" + question)).build();
        String text = model.chat(request).aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("empty answer from the model");
        }
        if (text.strip().startsWith(NOT_FOUND)) {
            return OfflineAnswers.nothingFound(question, read.subList(0, Math.min(3, read.size())));
        }
        return cite(text.strip(), read);
    }

    /** The passages as a model reads them: [1] 《title》 section, then the text; cited back as [n]. */
    public static String numbered(List<Hit> passages) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            text.append('[').append(i + 1).append("] ").append(passages.get(i).passage().source()).append('\n')
                    .append(passages.get(i).passage().text()).append("\n\n");
        }
        return text.toString();
    }

    /**
     * Keeps the passages a model's text cites as [n], numbered 1.. in order of first citation, and rewrites the
     * markers to match. A text that cites nothing stands on the passages the offline decision finds relevant, or
     * on the first one: the model may have been given unrelated passages too.
     */
    public static Answer cite(String text, List<Hit> passages) {
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            int cited = Integer.parseInt(marker.group(1));
            if (cited >= 1 && cited <= passages.size()) {
                renumbered.putIfAbsent(cited, renumbered.size() + 1);
            }
        }
        if (renumbered.isEmpty()) {
            List<Hit> sources = Relevance.relevantHits(passages);
            List<Hit> cited = sources.isEmpty() ? passages.subList(0, Math.min(1, passages.size())) : sources;
            return new Answer(text, cited.stream().map(h -> Citation.of(h.passage())).toList(), true, List.of());
        }
        String rewritten = MARKER.matcher(text).replaceAll(m -> {
            Integer to = renumbered.get(Integer.parseInt(m.group(1)));
            return to == null ? "" : "[" + to + "]";
        });
        List<Citation> citations = new ArrayList<>();
        renumbered.keySet().forEach(cited -> citations.add(Citation.of(passages.get(cited - 1).passage())));
        return new Answer(rewritten, citations, true, List.of());
    }
}
