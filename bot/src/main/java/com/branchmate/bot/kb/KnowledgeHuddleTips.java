package com.branchmate.bot.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.branchmate.bot.huddles.HuddleTips;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.answer.OfflineAnswers;
import com.branchmate.knowledge.answer.Relevance;
import com.branchmate.knowledge.search.Passage;
import com.branchmate.knowledge.search.SearchIndex;

/**
 * The morning huddle's piece of knowledge: a passage of the playbook chosen by date and team, so each team sees a
 * different one each day and the whole playbook comes round in time. Script patterns and tables read badly as a
 * tip and are skipped; the tip is the passage's first sentences, up to about 90 characters.
 */
class KnowledgeHuddleTips implements HuddleTips {

    private static final int MAX_CHARS = 90;

    private final KnowledgeBase knowledge;

    KnowledgeHuddleTips(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Optional<Tip> tipFor(LocalDate date, long teamId) {
        List<Passage> readable = knowledge.index().entries().stream().map(SearchIndex.Entry::passage)
                .filter(p -> !p.text().contains("经理：") && !p.text().startsWith("|") && p.text().length() >= 30)
                .toList();
        // Passages whose first sentence is a tip by itself come first: the others would have to be cut.
        List<Passage> whole = readable.stream().filter(p -> firstSentenceLength(p.text()) <= MAX_CHARS + 30).toList();
        List<Passage> candidates = whole.isEmpty() ? readable : whole;
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int index = (int) Math.floorMod(date.toEpochDay() * 31 + teamId * 7, candidates.size());
        Passage passage = candidates.get(index);
        return Optional.of(new Tip(firstSentences(passage.text()), passage.source()));
    }

    /** What to look up in the playbook for each kind of reminder. */
    private static final java.util.Map<String, String> ACTION_QUERIES = java.util.Map.of(
            "birthday", "客户生日当天怎么问候",
            "anniversary", "纪念日和节日怎么问候客户",
            "maturity", "产品到期前多久联系客户，怎么说",
            "overdue", "答应客户的事逾期了怎么办",
            "task", "约好的跟进怎么做");

    /** Actions found, per kind, for the index they were found in: a morning of reminders searches once per kind. */
    private final java.util.Map<String, Optional<Tip>> actions = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile SearchIndex actionsFrom;

    @Override
    public Optional<Tip> actionFor(String kind) {
        SearchIndex index = knowledge.index();
        if (index != actionsFrom) {
            actions.clear();
            actionsFrom = index;
        }
        return actions.computeIfAbsent(kind, this::findAction);
    }

    private Optional<Tip> findAction(String kind) {
        String query = ACTION_QUERIES.getOrDefault(kind, ACTION_QUERIES.get("task"));
        var hits = Relevance.relevantHits(knowledge.search(query, 3)).stream()
                .filter(h -> !h.passage().text().contains("经理：")).toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        // The one sentence of the best passages that says most about the moment.
        String text = OfflineAnswers.answer(query, hits, 70).text().lines().findFirst().orElse("")
                .replaceFirst("^· ", "").strip();
        return text.length() < 8 ? Optional.empty() : Optional.of(new Tip(text, hits.get(0).passage().source()));
    }

    private static int firstSentenceLength(String text) {
        String[] sentences = text.strip().split("(?<=[。！？])", 2);
        return sentences[0].length();
    }

    /**
     * Whole sentences from the start, up to about {@link #MAX_CHARS}: a tip ends where a sentence ends (。！？), never
     * inside a list at ；. A first sentence too long to be a tip is cut at its last clause that fits and closed.
     */
    static String firstSentences(String text) {
        StringBuilder tip = new StringBuilder();
        // List items joined as one run of clauses, without their markers.
        for (String sentence : text.replaceAll("\\s*\\n\\s*(?:[-*·]\\s*)?", "").split("(?<=[。！？])")) {
            String s = sentence.strip().replaceFirst("^[-*·]\\s*", "");
            if (s.isEmpty()) {
                continue;
            }
            if (!tip.isEmpty() && tip.length() + s.length() > MAX_CHARS) {
                break;
            }
            tip.append(s);
        }
        String written = tip.toString().strip();
        if (written.length() > MAX_CHARS + 30) {
            int clause = Math.max(written.lastIndexOf('；', MAX_CHARS), written.lastIndexOf('，', MAX_CHARS));
            written = clause > 10 ? written.substring(0, clause) : written.substring(0, MAX_CHARS);
        }
        // A passage that ends without a stop (a list item, a heading) gets one, as a sentence would.
        return written.replaceFirst("[；;，,、：:\\s]+$", "").replaceFirst("(?<![。！？…])$", "。");
    }
}
