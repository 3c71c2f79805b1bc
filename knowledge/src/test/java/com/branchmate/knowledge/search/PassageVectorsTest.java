package com.branchmate.knowledge.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PassageVectorsTest {

    @Test
    void sentencesEndAtSentenceMarksAndLineBreaksWithoutListMarksOrFragments() {
        assertThat(PassageVectors.sentences("- 先了解网点的考核重点。再约行长谈合作！\n# 小结\n| 每周 | 一次 |"))
                .containsExactly("先了解网点的考核重点。", "再约行长谈合作！", "每周 | 一次 |");
    }

    @Test
    void aPassageOfManyShortLinesKeepsAtMostTheCapByMergingNeighbours() {
        String lines = String.join("\n", java.util.Collections.nCopies(60, "每行都是一句话"));
        List<String> sentences = PassageVectors.sentences(lines);
        assertThat(sentences).hasSizeLessThanOrEqualTo(PassageVectors.MAX_SENTENCES);
        assertThat(String.join("", sentences)).hasSize(60 * "每行都是一句话".length());
    }

    @Test
    void storedVectorsCutBackIntoThePassagesAndItsSentences() {
        float[] joined = PassageVectors.join(new float[] {1, 0}, List.of(new float[] {0, 1}, new float[] {1, 1}));
        assertThat(joined).containsExactly(1, 0, 0, 1, 1, 1);
        assertThat(PassageVectors.part(joined, 2, 2)).containsExactly(1, 1);
    }

    @Test
    void aPassageRanksByItsBestSentenceAndOneStoredWithoutSentencesByItself() {
        VectorIndex index = new VectorIndex(List.of(
                PassageVectors.join(new float[] {1, 0}, List.of(new float[] {0.6f, 0.8f}, new float[] {0, 1})),
                new float[] {0.8f, 0.6f}));
        VectorIndex.Similarities s = index.similarities(new float[] {0, 1});
        assertThat(s.passages()[0]).isEqualTo(0.0);
        assertThat(s.bestSentences()[0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.bestSentences()[1]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-6));
    }
}
