package com.branchmate.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The goal of issue 14 on the outside references: at least 95 % right on simplified text, at most 3 wrong. */
class ReferenceTablesTest {

    @Test
    void simplifiedReferencesAreReadRightAndAlmostNeverWrong() {
        for (ReferenceTables.Score score : ReferenceTables.all()) {
            if (score.table().endsWith("simplified")) {
                assertThat(score.rightShare()).as(score.line() + "\n" + String.join("\n", score.wrongRows()))
                        .isGreaterThanOrEqualTo(0.95);
                assertThat(score.wrong()).as(score.line() + "\n" + String.join("\n", score.wrongRows()))
                        .isLessThanOrEqualTo(3);
            }
        }
    }
}
