package com.branchmate.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SourcePriorityTest {

    private static final Set<Integer> BUILT_IN = Set.of(0, 1, 4);

    @Test
    void builtInPassagesMoveBehindTheLastOwnPassageAboutTheQuestion() {
        Set<Integer> relevant = Set.of(0, 2, 3);

        List<Integer> order = SearchIndex.ownRelevantFirst(List.of(0, 1, 2, 3, 4, 5), BUILT_IN::contains, relevant::contains);

        assertThat(order).containsExactly(2, 3, 0, 1, 4, 5);
    }

    @Test
    void withoutAnOwnPassageAboutTheQuestionTheFusedOrderStands() {
        Set<Integer> relevant = Set.of(0, 1);

        List<Integer> order = SearchIndex.ownRelevantFirst(List.of(0, 2, 1, 3, 4), BUILT_IN::contains, relevant::contains);

        assertThat(order).containsExactly(0, 2, 1, 3, 4);
    }

    @Test
    void ownPassagesKeepTheirOrderAmongThemselves() {
        Set<Integer> relevant = Set.of(5);

        List<Integer> order = SearchIndex.ownRelevantFirst(List.of(0, 3, 2, 1, 5), BUILT_IN::contains, relevant::contains);

        assertThat(order).containsExactly(3, 2, 5, 0, 1);
    }

    @Test
    void eachPlaceIsFilledFromTheRankingOfTheSourceHoldingItInTheFusedOrder() {
        // Fused order of both: built-in 0, own 2, own 3, built-in 1; each source's own ranking differs.
        List<Integer> mixed = List.of(0, 2, 3, 1);

        List<Integer> order = SearchIndex.bySource(mixed, List.of(3, 2), List.of(1, 0), BUILT_IN::contains, 5);

        assertThat(order).containsExactly(1, 3, 2, 0);
    }

    @Test
    void theBuiltInPlaybookTakesAtMostItsSlotsAmongTheFirstFive() {
        List<Integer> mixed = List.of(0, 1, 4, 2, 3, 5);

        List<Integer> order = SearchIndex.bySource(mixed, List.of(2, 3, 5), List.of(0, 1, 4), BUILT_IN::contains, 1);

        assertThat(order.subList(0, 5)).containsExactly(0, 2, 3, 5, 1);
        assertThat(order).containsExactly(0, 2, 3, 5, 1, 4);
    }

    @Test
    void loadingTheBuiltInPlaybookDoesNotReorderTheOrganisationsPassages() {
        // Passage vectors at right angles to the question's, so keywords decide. Among our own passages 中收 is the rarer word; the
        // playbook is full of it, which in shared keyword statistics would make 存款 the rarer one instead.
        List<String> own = List.of("网点存款增长的做法", "中收提升的思路", "存款利率调整说明", "存款客户回访安排");
        List<String> playbook = List.of("中收考核办法", "中收与保险手续费", "提升中收的活动方案");
        List<SearchIndex.Entry> ownEntries = entries(own, false);
        List<SearchIndex.Entry> both = new java.util.ArrayList<>(ownEntries);
        both.addAll(entries(playbook, true));
        String question = "存款和中收怎么抓";

        List<String> alone = ownTexts(new SearchIndex(ownEntries).search(question, QUESTION, 10, SearchMode.HYBRID));
        List<String> withPlaybook = ownTexts(new SearchIndex(both).search(question, QUESTION, 10, SearchMode.HYBRID));

        assertThat(alone.get(0)).isEqualTo("中收提升的思路");
        assertThat(withPlaybook).isEqualTo(alone);
    }

    private static final float[] QUESTION = {1, 0, 0, 0};
    private static final float[] PASSAGE = {0, 1, 0, 0};

    private static List<SearchIndex.Entry> entries(List<String> texts, boolean builtIn) {
        List<SearchIndex.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            entries.add(SearchIndex.Entry.of(new Passage(builtIn ? 2 : 1, builtIn ? "手册" : "打法", "", i,
                    texts.get(i), PASSAGE, builtIn)));
        }
        return entries;
    }

    /** The texts of the organisation's own passages among the hits, in order. */
    private static List<String> ownTexts(List<Hit> hits) {
        return hits.stream().filter(h -> !h.passage().builtIn()).map(h -> h.passage().text()).toList();
    }
}
