package com.branchmate.knowledge.scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.answer.Answer;
import com.branchmate.knowledge.answer.Citation;
import com.branchmate.knowledge.answer.LlmAnswers;
import com.branchmate.knowledge.answer.OfflineAnswers;
import com.branchmate.knowledge.answer.Relevance;
import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.Passage;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Writes a script (话术) a manager can say, for a situation and optionally a named customer. Offline it takes the
 * script pattern of the closest situation in the knowledge base (lines "经理：…" / "客户：…"), fills in how to address
 * the customer and opens with what is known of them (a maturity, a birthday, a hobby). With a language model the
 * script is written by the model from the same passages and facts, and the offline script answers when it fails.
 */
public final class ScriptWriter {

    private static final Logger log = LoggerFactory.getLogger(ScriptWriter.class);
    private static final Pattern TURN = Pattern.compile("^[-*·]?\\s*(经理|客户)[：:]\\s*(.+)$");
    private static final String ADDRESS = "{称呼}";
    private static final int PASSAGES = 6;
    private static final int MAX_FACTS = 3;

    private static final String SYSTEM = """
            你是银行渠道（银保）客户经理的话术教练。根据编号的资料和客户信息，写一段客户经理可以直接说的话术：
            4到6轮，每行以“经理：”或“客户：”开头，口语化、真诚、合规，不承诺收益，不编造客户信息以外的事实。
            只用资料和客户信息里的内容；最后一行写“依据：”加用到的资料编号，如 依据：[1][2]。""";

    private final KnowledgeBase knowledge;
    private final ChatModel model;

    /** {@code model} may be null: offline scripts only. */
    public ScriptWriter(KnowledgeBase knowledge, ChatModel model) {
        this.knowledge = knowledge;
        this.model = model;
    }

    public Script write(String request, Optional<CustomerProfile> customer) {
        String query = customer.map(c -> request.replace(c.address(), "")).orElse(request);
        List<Hit> hits = knowledge.search(query + " 话术", PASSAGES);
        List<CustomerProfile.Fact> facts = customer.map(c -> chooseFacts(c, request)).orElse(List.of());
        if (model != null && !Relevance.relevantHits(hits).isEmpty()) {
            try {
                return generate(request, customer, facts, Relevance.relevantHits(hits));
            } catch (RuntimeException e) {
                log.warn("LLM script failed, writing it offline: {}", e.toString());
            }
        }
        return offline(request, customer, facts, hits);
    }

    private Script offline(String request, Optional<CustomerProfile> customer, List<CustomerProfile.Fact> facts,
                           List<Hit> hits) {
        String address = customer.map(CustomerProfile::address).orElse(null);
        Optional<Hit> pattern = hits.stream().filter(h -> turns(h.passage().text()).size() >= 2).findFirst();
        List<String> lines = new ArrayList<>();
        lines.addAll(openingFrom(facts, address));
        List<Citation> citations = new ArrayList<>();
        if (pattern.isPresent()) {
            List<Passage> situation = wholeSituation(pattern.get().passage());
            boolean first = true;
            for (Passage passage : situation) {
                for (String turn : turns(passage.text())) {
                    // The pattern's own greeting is dropped when the opening already greets the customer by name.
                    if (first && !lines.isEmpty() && turn.startsWith("经理：") && turn.contains(ADDRESS)) {
                        first = false;
                        continue;
                    }
                    first = false;
                    lines.add(fill(turn, address));
                }
                citations.add(Citation.of(passage));
            }
        } else {
            Answer points = OfflineAnswers.answer(request, hits, 200);
            if (!points.found() && lines.isEmpty()) {
                return new Script("知识库里没有找到适合「" + request.strip() + "」的话术。可以在管理后台上传话术资料，或者换个说法再问。",
                        List.of(), List.of());
            }
            if (points.found()) {
                lines.add("要点：");
                lines.add(points.text());
                citations.addAll(points.citations());
            }
        }
        StringBuilder text = new StringBuilder(address == null ? "话术" : "给" + address + "的话术");
        pattern.map(Hit::passage).map(Passage::section).filter(s -> !s.isBlank())
                .ifPresent(s -> text.append("（").append(s.replaceFirst("^.* / ", "")).append("）"));
        text.append("：\n").append(String.join("\n", lines));
        appendFacts(text, facts);
        return new Script(text.toString(), citations, facts);
    }

    private Script generate(String request, Optional<CustomerProfile> customer, List<CustomerProfile.Fact> facts,
                            List<Hit> relevant) {
        StringBuilder about = new StringBuilder();
        customer.ifPresent(c -> {
            about.append("客户：").append(c.address()).append('\n');
            facts.forEach(f -> about.append("- ").append(f.describe()).append('\n'));
        });
        String text = model.chat(ChatRequest.builder().messages(SystemMessage.from(SYSTEM),
                UserMessage.from("资料：\n" + LlmAnswers.numbered(relevant) + about + "需求：" + request)).build()).aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("empty script from the model");
        }
        Answer cited = LlmAnswers.cite(text.strip(), relevant);
        StringBuilder script = new StringBuilder(cited.text().replaceAll("(?m)^依据[：:].*$", "").strip());
        appendFacts(script, facts);
        return new Script(script.toString(), cited.citations(), facts);
    }

    /** The facts worth bringing up: what is due soon first, then what builds rapport or fits the topic. */
    static List<CustomerProfile.Fact> chooseFacts(CustomerProfile customer, String request) {
        List<CustomerProfile.Fact> chosen = new ArrayList<>();
        customer.facts().stream().filter(CustomerProfile.Fact::soon).forEach(chosen::add);
        customer.first("maturity").ifPresent(chosen::add);
        if (request.matches(".*(教育|孩子|子女|养老|年金|家庭|保障).*")) {
            customer.first("family").ifPresent(chosen::add);
        }
        customer.first("hobby", "interest").ifPresent(chosen::add);
        customer.first("stage", "risk", "asset", "product").ifPresent(chosen::add);
        return chosen.stream().distinct().limit(MAX_FACTS).toList();
    }

    /** One opening line per fact, so the customer hears that the manager remembers them. */
    private static List<String> openingFrom(List<CustomerProfile.Fact> facts, String address) {
        List<String> lines = new ArrayList<>();
        if (address == null) {
            return lines;
        }
        String greeting = "经理：" + address + "，您好！";
        StringBuilder first = new StringBuilder(greeting);
        for (CustomerProfile.Fact fact : facts) {
            switch (fact.key()) {
                case "birthday" -> first.append(fact.soon() ? "您的生日快到了，先提前祝您生日快乐！" : "");
                case "hobby", "interest" -> first.append("上次听您说喜欢").append(fact.value()).append("，最近还常去吗？");
                case "family" -> first.append("上次聊到").append(fact.value()).append("，家里都好吧？");
                case "maturity" -> lines.add("经理：您的" + fact.value() + "，快到期了，我提前帮您想了想这笔钱接下来怎么安排更稳妥。");
                default -> {
                }
            }
        }
        lines.add(0, first.toString());
        return lines;
    }

    /** All passages of the pattern's situation (one section), since a long pattern may span two passages. */
    private List<Passage> wholeSituation(Passage found) {
        List<Passage> sameSection = knowledge.passages(found.documentId()).stream()
                .filter(p -> p.section().equals(found.section()))
                .sorted(Comparator.comparingInt(Passage::position)).toList();
        List<Passage> result = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Passage passage : sameSection.isEmpty() ? List.of(found) : sameSection) {
            // Passages overlap by a sentence; a turn repeated at the start of the next passage is said once.
            List<String> fresh = turns(passage.text()).stream().filter(t -> !seen.contains(t)).toList();
            if (!fresh.isEmpty()) {
                seen.addAll(fresh);
                result.add(new Passage(passage.documentId(), passage.title(), passage.section(), passage.position(),
                        String.join("\n", fresh), passage.embedding()));
            }
        }
        return result;
    }

    private static List<String> turns(String text) {
        List<String> turns = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher turn = TURN.matcher(line.strip());
            if (turn.matches()) {
                turns.add(turn.group(1) + "：" + turn.group(2).strip());
            }
        }
        return turns;
    }

    private static String fill(String turn, String address) {
        if (address != null) {
            return turn.replace(ADDRESS, address);
        }
        return turn.replace(ADDRESS + "，", "").replace(ADDRESS + ",", "").replace(ADDRESS, "您");
    }

    private static void appendFacts(StringBuilder text, List<CustomerProfile.Fact> facts) {
        if (!facts.isEmpty()) {
            text.append("\n\n用到的客户信息：");
            text.append(String.join("；", facts.stream().map(CustomerProfile.Fact::describe).toList()));
        }
    }
}
