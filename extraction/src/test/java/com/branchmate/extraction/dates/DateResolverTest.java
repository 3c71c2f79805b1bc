package com.branchmate.extraction.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "今天, 2026-11-18",
            "明天, 2026-11-19",
            "后天, 2026-11-20",
            "大后天, 2026-11-21",
            "下周三, 2026-11-25",
            "下周一, 2026-11-23",
            "下下周一, 2026-11-30",
            "这周五, 2026-11-20",
            "本周五, 2026-11-20",
            "周五, 2026-11-20",
            "周一, 2026-11-23",
            "星期天, 2026-11-22",
            "月底, 2026-11-30",
            "十二月底, 2026-12-31",
            "2月底, 2027-02-28",
            "三月份底, 2027-03-31",
            "11月末, 2026-11-30",
            "下个月10号, 2026-12-10",
            "27号, 2026-11-27",
            "5号, 2026-12-05",
            "3.8, 2027-03-08",
            "3月8日, 2027-03-08",
            "12月5日, 2026-12-05",
            "12/5, 2026-12-05",
            "2026年1月3日, 2026-01-03",
            "85年3月2号, 1985-03-02",
            "八五年三月二号, 1985-03-02",
            "05年6月1日, 2005-06-01",
            "明儿, 2026-11-19",
            "昨儿, 2026-11-17",
            "明年3月1号, 2027-03-01",
            "农历八月十五, 2027-09-15",
            "腊月二十, 2027-01-27",
            "正月初八, 2027-02-13",
            "国庆后第一个工作日, 2027-10-08",
            "春节前, 2027-02-05",
    })
    void resolvesAgainstTheReferenceDate(String expression, LocalDate expected) {
        assertThat(resolver.resolve(expression, WEDNESDAY)).contains(expected);
    }

    @Test
    void lunarMidAutumnOfTheSameYearWhenStillAhead() {
        assertThat(resolver.resolve("农历八月十五", LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2026, 9, 25));
    }

    @Test
    void impossibleDatesResolveToNothing() {
        assertThat(resolver.resolve("2月30日", WEDNESDAY)).isEmpty();
        assertThat(resolver.resolve("13月5日", WEDNESDAY)).isEmpty();
        assertThat(resolver.resolve("2026年2月29日", WEDNESDAY)).isEmpty();
    }

    @Test
    void correctionKeepsTheSecondDate() {
        assertThat(resolver.find("不是周三是周四", WEDNESDAY)).singleElement()
                .satisfies(m -> assertThat(m.date().date()).isEqualTo(LocalDate.of(2026, 11, 19)));
    }

    @Test
    void weeksMonthsAndAmountsAreNotDates() {
        assertThat(resolver.find("下周再去 下个月要培训 明年退休 1.5亿 3.5万 年化2.8%", WEDNESDAY)).isEmpty();
    }

    @Test
    void birthdayValuesKeepMonthAndDayOnly() {
        assertThat(resolver.find("生日2.14", WEDNESDAY).get(0).date().recurringValue()).isEqualTo("--02-14");
        assertThat(resolver.find("下周三", WEDNESDAY).get(0).date().recurringValue()).isEqualTo("--11-25");
        assertThat(resolver.find("农历八月十六", WEDNESDAY).get(0).date().recurringValue()).isEqualTo("lunar:--08-16");
        assertThat(resolver.find("2000年6月6号", WEDNESDAY).get(0).date().recurringValue()).isEqualTo("2000-06-06");
    }

    @Test
    void findsSeveralDatesInOrder() {
        assertThat(resolver.find("1月4号开年度工作会 让我1月5号过去汇报", LocalDate.of(2026, 12, 29)))
                .extracting(m -> m.date().date())
                .containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5));
    }

    @Test
    void aLunarFestivalAloneKeepsItsLunarDay() {
        DateResolver.ResolvedDate mid = resolver.find("中秋节那天", WEDNESDAY).get(0).date();
        assertThat(mid.recurringValue()).isEqualTo("lunar:--08-15");
        assertThat(resolver.find("国庆节", WEDNESDAY).get(0).date().recurringValue()).isEqualTo("--10-01");
    }

    @Test
    void aLunarDateAfterASpaceStartsAtItsMonth() {
        assertThat(resolver.find("生日 腊月十八", WEDNESDAY).get(0).start()).isEqualTo(3);
    }

    @Test
    void aMonthDayWithoutDayWordEndsBeforeTheSpaceAfterIt() {
        // the space ends the clause the date belongs to (生日9月12 想了解…): the mention must not reach into it
        var mentions = resolver.find("生日12月6 想了解年金", WEDNESDAY);
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).text()).isEqualTo("12月6");
        assertThat(mentions.get(0).date().date()).isEqualTo(LocalDate.of(2026, 12, 6));
    }
}
