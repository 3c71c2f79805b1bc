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
}
