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

    @Test
    void readsEveryNumberTheWayNotesDo() {
        assertThat(DayReportParser.parse("拜访三个网点，出单两件，保费一万二"))
                .contains(new DayReportParser.Figures(3, 2, 12_000L));
        assertThat(DayReportParser.parse("拜访3个网点 出单1件 保费1,500元"))
                .contains(new DayReportParser.Figures(3, 1, 1_500L));
        assertThat(DayReportParser.parse("拜訪２個網點，出單１件，保費３万５"))
                .contains(new DayReportParser.Figures(2, 1, 35_000L));
        assertThat(DayReportParser.parse("出单2件 保费一百零五万"))
                .contains(new DayReportParser.Figures(null, 2, 1_050_000L));
    }

    @Test
    void vagueFiguresAreNoFigures() {
        assertThat(DayReportParser.parse("今日业绩：拜访十几个网点，出单2件，保费一百多万"))
                .contains(new DayReportParser.Figures(null, 2, null));
    }

    @Test
    void planForTomorrowIsReadToTheEndOfItsSentence() {
        assertThat(DayReportParser.plan("今天拜访3个网点，出单2件。明天重点跟进存单到期客户，下午去城北支行。周五再说"))
                .contains("重点跟进存单到期客户，下午去城北支行");
        assertThat(DayReportParser.plan("明日计划：约王行长做一场沙龙")).contains("约王行长做一场沙龙");
        assertThat(DayReportParser.plan("今天拜访3个网点，出单2件，保费5万")).isEmpty();
        // 明天 inside a clause is a date, not a plan.
        assertThat(DayReportParser.plan("拜访3个网点，李女士的理财明天到期")).isEmpty();
    }
}
