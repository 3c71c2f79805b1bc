package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayReportParserTest {

    @Test
    void readsVisitsPoliciesAndPremium() {
        assertThat(DayReportParser.parse("今天拜访3个网点，出单2件，保费5万"))
                .contains(new DayReportParser.Figures(3, 2, 50_000L));
    }

    @Test
    void readsChineseNumeralsAndYuan() {
        assertThat(DayReportParser.parse("今天跑了两个网点，成交一单，保费12000元"))
                .contains(new DayReportParser.Figures(2, 1, 12_000L));
        assertThat(DayReportParser.parse("拜访十二个网点 出单0件"))
                .contains(new DayReportParser.Figures(12, 0, null));
    }

    @Test
    void noSalesIsZeroPolicies() {
        assertThat(DayReportParser.parse("今天拜访4个网点，没出单"))
                .contains(new DayReportParser.Figures(4, 0, null));
    }

    @Test
    void decimalWanPremium() {
        assertThat(DayReportParser.parse("出单1件 保费1.5w")).contains(new DayReportParser.Figures(null, 1, 15_000L));
    }

    @Test
    void visitNoteIsNotAReport() {
        assertThat(DayReportParser.parse("今天去了建行城南支行，王行长下周三过生日")).isEmpty();
        assertThat(DayReportParser.parse("拜访3个网点")).isEmpty();
    }
}
