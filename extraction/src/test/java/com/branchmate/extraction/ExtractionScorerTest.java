package com.branchmate.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionScorerTest {

    private static Extraction of(List<ExtractedFact> facts, LocalDate due) {
        return new Extraction(new BranchRef("建设银行", "城南支行"),
                List.of(new ExtractedPerson("王", "行长", "STAFF", facts)),
                due == null ? List.of() : List.of(new ExtractedTask(due, "王", "再聊")));
    }

    @Test
    void freeTextMatchesByContainmentOtherKeysExactly() {
        ExtractionScorer scorer = new ExtractionScorer();
        scorer.add(of(List.of(new ExtractedFact("hobby", "喜欢喝普洱茶。"), new ExtractedFact("phone", "13812345678")), null),
                of(List.of(new ExtractedFact("hobby", "喝普洱"), new ExtractedFact("phone", "13812345679")), null));

        assertThat(scorer.byKey().get("hobby").truePositives()).isEqualTo(1);
        assertThat(scorer.byKey().get("phone").truePositives()).isZero();
        assertThat(scorer.byKey().get("branch").f1()).isEqualTo(1.0);
    }

    @Test
    void tasksAndMissesCountInPrecisionAndRecall() {
        ExtractionScorer scorer = new ExtractionScorer();
        scorer.add(of(List.of(new ExtractedFact("role", "行长")), LocalDate.of(2026, 11, 23)),
                of(List.of(new ExtractedFact("role", "行长"), new ExtractedFact("hobby", "钓鱼")), LocalDate.of(2026, 11, 24)));

        ExtractionScorer.Score overall = scorer.overall();
        assertThat(overall.truePositives()).isEqualTo(2); // branch + role
        assertThat(overall.predicted()).isEqualTo(3);
        assertThat(overall.gold()).isEqualTo(4);
        assertThat(overall.f1()).isEqualTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5));
    }
}
