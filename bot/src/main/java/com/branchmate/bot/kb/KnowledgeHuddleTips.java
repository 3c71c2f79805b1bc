package com.branchmate.bot.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.branchmate.bot.huddles.HuddleTips;
import com.branchmate.knowledge.KnowledgeBase;
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
        List<Passage> candidates = knowledge.index().entries().stream().map(SearchIndex.Entry::passage)
                .filter(p -> !p.text().contains("经理：") && !p.text().startsWith("|") && p.text().length() >= 30)
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int index = (int) Math.floorMod(date.toEpochDay() * 31 + teamId * 7, candidates.size());
        Passage passage = candidates.get(index);
        return Optional.of(new Tip(firstSentences(passage.text()), passage.source()));
    }

    static String firstSentences(String text) {
        StringBuilder tip = new StringBuilder();
        for (String sentence : text.replace('\n', ' ').split("(?<=[。！？；])")) {
            String s = sentence.strip().replaceFirst("^[-*·]\\s*", "");
            if (s.isEmpty()) {
                continue;
            }
            if (!tip.isEmpty() && tip.length() + s.length() > MAX_CHARS) {
                break;
            }
            tip.append(s);
        }
        return tip.length() > MAX_CHARS + 30 ? tip.substring(0, MAX_CHARS) + "…" : tip.toString();
    }
}
