package com.branchmate.extraction.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    @Test
    void amountsInEveryCommonForm() {
        assertThat(Amounts.yuan("50", "万")).isEqualTo(500_000);
        assertThat(Amounts.yuan("30", "w")).isEqualTo(300_000);
        assertThat(Amounts.yuan("120", "万元")).isEqualTo(1_200_000);
        assertThat(Amounts.yuan("5000", "块")).isEqualTo(5_000);
        assertThat(Amounts.yuan("1.5", "亿")).isEqualTo(150_000_000);
        assertThat(Amounts.yuan("三百", "万")).isEqualTo(3_000_000);
        assertThat(Amounts.yuan("一千二", "万")).isEqualTo(12_000_000);
    }
}
