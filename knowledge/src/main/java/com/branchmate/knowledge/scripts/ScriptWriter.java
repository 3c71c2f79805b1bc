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
import com.branchmate.knowledge.search.ChineseTokenizer;
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
    /** The greeting a pattern's first line opens with ({称呼}，您好，…), dropped when our opening already greets. */
    private static final Pattern GREETING = Pattern.compile("^(\\{称呼}[，,]?\\s*)?(您好[！!，,。]?)?");
    private static final Pattern DATE_AND_NOTE = Pattern.compile("^(.*?)（(.+)）$");
    /** The month and day of 2026-12-05, --12-05 or 2026年12月5日. */
    private static final Pattern DATE = Pattern.compile("(?:\\d{4}|-)?[-年](\\d{1,2})[-月](\\d{1,2})日?");
    private static final int PASSAGES = 6;
    /** Scene patterns are chosen by their section's words among this many hits: the best scene may rank lower. */
    private static final int PATTERN_CANDIDATES = 12;
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
        List<Hit> candidates = knowledge.search(query + " 话术", PATTERN_CANDIDATES);
        List<Hit> hits = candidates.subList(0, Math.min(PASSAGES, candidates.size()));
        List<CustomerProfile.Fact> facts = customer.map(c -> chooseFacts(c, request)).orElse(List.of());
        if (model != null && !Relevance.relevantHits(hits).isEmpty()) {
            try {
                return generate(request, customer, facts, Relevance.relevantHits(hits));
            } catch (RuntimeException e) {
                log.warn("LLM script failed, writing it offline: {}", e.toString());
            }
        }
        return offline(request, customer, facts, hits, candidates);
    }

    private Script offline(String request, Optional<CustomerProfile> customer, List<CustomerProfile.Fact> facts,
                           List<Hit> hits, List<Hit> candidates) {
        String address = customer.map(CustomerProfile::address).orElse(null);
        Optional<Hit> pattern = choosePattern(candidates, address == null ? request : request.replace(address, ""));
        List<String> lines = new ArrayList<>();
        boolean patternTalksMaturity = pattern.map(h -> turns(h.passage().text())).filter(t -> !t.isEmpty())
                .map(t -> t.get(0).contains("到期")).orElse(false)
                && facts.stream().anyMatch(f -> f.key().equals("maturity"));
        lines.addAll(openingFrom(facts, customer.orElse(null), patternTalksMaturity));
        List<Citation> citations = new ArrayList<>();
        if (pattern.isPresent()) {
            List<Passage> situation = wholeSituation(pattern.get().passage());
            boolean first = true;
            for (Passage passage : situation) {
                for (String turn : turns(passage.text())) {
                    if (first && !lines.isEmpty() && turn.startsWith("经理：")) {
                        // The opening already greets the customer: the pattern's first line keeps what it says after
                        // its greeting, so the customer's reply that follows still answers something.
                        String rest = GREETING.matcher(turn.substring(3)).replaceFirst("");
                        if (patternTalksMaturity) {
                            rest = withoutMaturityClause(rest);
                        }
                        if (!rest.isBlank()) {
                            lines.add("经理：" + fill(rest, address));
                        }
                    } else {
                        lines.add(fill(turn, address));
                    }
                    first = false;
                }
                citations.add(Citation.of(passage));
            }
            lines = alternating(lines);
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

    /**
     * The facts worth bringing up, each for what it is: a birthday only when it is days away (a greeting), a
     * maturity with the product and amount it concerns, what the customer wants to learn about, a pastime to warm
     * up with, family when the topic is the family's future.
     */
    static List<CustomerProfile.Fact> chooseFacts(CustomerProfile customer, String request) {
        List<CustomerProfile.Fact> chosen = new ArrayList<>();
        customer.first("birthday").filter(CustomerProfile.Fact::soon).ifPresent(chosen::add);
        customer.first("maturity").ifPresent(maturity -> {
            chosen.add(maturity);
            customer.first("product").ifPresent(chosen::add);
            customer.first("asset").ifPresent(chosen::add);
        });
        customer.first("interest").ifPresent(chosen::add);
        if (request.matches(".*(教育|孩子|子女|养老|年金|家庭|保障).*")) {
            customer.first("family").ifPresent(chosen::add);
        }
        customer.first("hobby").ifPresent(chosen::add);
        // A maturity counts as one fact with its product and amount.
        List<CustomerProfile.Fact> result = new ArrayList<>();
        int topics = 0;
        for (CustomerProfile.Fact fact : chosen.stream().distinct().toList()) {
            boolean partOfMaturity = (fact.key().equals("product") || fact.key().equals("asset"))
                    && result.stream().anyMatch(f -> f.key().equals("maturity"));
            if (partOfMaturity || topics < MAX_FACTS) {
                result.add(fact);
                topics += partOfMaturity ? 0 : 1;
            }
        }
        return result;
    }

    /**
     * The manager's opening: a greeting by name, then one sentence per fact, each used for what it is, warm ones
     * (a birthday, a pastime, the family) before business (an interest, a maturity).
     */
    private static List<String> openingFrom(List<CustomerProfile.Fact> facts, CustomerProfile customer,
                                            boolean patternTalksMaturity) {
        if (customer == null) {
            return List.of();
        }
        StringBuilder first = new StringBuilder("经理：").append(customer.address()).append("，您好！");
        for (String kind : List.of("birthday", "hobby", "family", "interest", "maturity")) {
            for (CustomerProfile.Fact fact : facts) {
                if (!fact.key().equals(kind)) {
                    continue;
                }
                switch (kind) {
                    case "birthday" -> first.append("这几天就是您的生日，先提前祝您生日快乐！");
                    case "hobby" -> first.append("上次听您说平时喜欢").append(fact.value()).append("，我一直记着呢。");
                    case "family" -> first.append("上次听您说").append(fact.value()).append("，家里都好吧？");
                    case "interest" -> first.append("上次您说想多了解").append(fact.value()).append("，今天正好跟您细说说。");
                    default -> first.append(maturity(fact, facts))
                            .append(patternTalksMaturity ? "" : "我提前帮您想了想这笔钱接下来怎么安排更稳妥。");
                }
            }
        }
        return List.of(first.toString());
    }

    /** 您那笔50万的理财，12月28日就到期了。: the product and amount when known, the date without the year. */
    private static String maturity(CustomerProfile.Fact fact, List<CustomerProfile.Fact> facts) {
        Matcher parts = DATE_AND_NOTE.matcher(fact.value());
        String date = fact.value();
        String note = null;
        if (parts.matches()) {
            date = parts.group(1).strip();
            note = parts.group(2).strip();
        }
        Matcher day = DATE.matcher(date);
        if (day.find()) {
            date = Integer.parseInt(day.group(1)) + "月" + Integer.parseInt(day.group(2)) + "日";
        }
        String amount = facts.stream().filter(f -> f.key().equals("asset")).map(CustomerProfile.Fact::value)
                .findFirst().orElse(null);
        String product = facts.stream().filter(f -> f.key().equals("product")).map(CustomerProfile.Fact::value)
                .findFirst().orElse(note);
        String what = product != null
                ? (amount != null && !product.contains(amount) ? amount + "的" : "") + product
                : (amount != null ? amount + "的资金" : "资金");
        return "您那笔" + what + "，" + date + (fact.soon() ? "就到期了。" : "到期。");
    }

    /** A pattern line without its clause about a maturity, which the opening has already said with the facts. */
    private static String withoutMaturityClause(String line) {
        List<String> clauses = new ArrayList<>(List.of(line.split("(?<=，)")));
        clauses.removeIf(clause -> clause.contains("到期"));
        return String.join("", clauses);
    }

    /**
     * The script pattern to follow: of the passages holding dialogue, the one whose situation (its section) shares
     * most words with the request, so 年金险 asked gives the 年金险 pattern; the search order breaks ties.
     */
    private static Optional<Hit> choosePattern(List<Hit> hits, String request) {
        List<String> words = ChineseTokenizer.passageTerms(request).stream().filter(w -> w.length() >= 2)
                .filter(w -> !w.equals("话术")).distinct().toList();
        Hit best = null;
        long bestShared = -1;
        for (Hit hit : hits) {
            if (turns(hit.passage().text()).size() < 2) {
                continue;
            }
            String section = hit.passage().section() == null ? "" : hit.passage().section();
            long shared = words.stream().filter(section::contains).count();
            if (shared > bestShared) {
                best = hit;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Turns that alternate: two lines of the same speaker in a row become one. */
    private static List<String> alternating(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            int last = result.size() - 1;
            if (last >= 0 && result.get(last).substring(0, 3).equals(line.substring(0, 3))) {
                result.set(last, result.get(last) + line.substring(3));
            } else {
                result.add(line);
            }
        }
        return result;
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
                        String.join("\n", fresh), passage.embedding(), passage.builtIn()));
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
