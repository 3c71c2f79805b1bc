package com.branchmate.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.branchmate.extraction.rules.RuleExtractor;

/** The masked text the model embeds beside the message: names and branch names give way to 某, the rest stays. */
class IntentFeaturesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final IntentFeatures features = new IntentFeatures(new RuleExtractor()::extract);

    @Test
    void peopleAndBranchesAreMaskedAndTheirTitlesKept() {
        assertThat(masked("钱阿姨现在是什么情况？")).isEqualTo("某阿姨现在是什么情况?");
        assertThat(masked("王行长生日哪天")).isEqualTo("某行长生日哪天");
        assertThat(masked("交行高新支行柜员小蒋 农历八月十五生日")).isEqualTo("交行某支行柜员小某 农历八月十五生日");
    }

    @Test
    void aMessageWithoutNamesIsLeftAsItIs() {
        assertThat(masked("网点不出单怎么办")).isEqualTo("网点不出单怎么办");
        assertThat(features.read("网点不出单怎么办", DAY).embedded()).containsExactly("网点不出单怎么办");
    }

    @Test
    void theAskPartIsTheLastClauseOrTheLastTwoWhenTheLastIsShort() {
        assertThat(IntentFeatures.askPart("工行河东支行的主任一直不让我们进厅堂 怎么破")).isEqualTo("工行河东支行的主任一直不让我们进厅堂，怎么破");
        assertThat(IntentFeatures.askPart("明天见客户，开场白帮我准备几句话吧")).isEqualTo("开场白帮我准备几句话吧");
    }

    private String masked(String text) {
        return features.read(text, DAY).maskedWhole();
    }
}
