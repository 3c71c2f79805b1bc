package com.branchmate.extraction.dates;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What people write in notes, and the known bugs of issue 14. */
class DateResolverNotesTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    /** A Saturday in lunar 2026, before the Mid-Autumn festival. */
    private static final LocalDate SUMMER = LocalDate.of(2026, 6, 20);
    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "二零二五年三月二十号, 2025-03-20",
            "二〇二六年十二月五日, 2026-12-05",
            "2026年1月3號, 2026-01-03",
            "12月5號, 2026-12-05",
            "下週三, 2026-11-25",
            "下禮拜三, 2026-11-25",
            "禮拜五, 2026-11-20",
            "星期五, 2026-11-20",
            "上月底, 2026-10-31",
            "上个月底, 2026-10-31",
            "月底, 2026-11-30",
            "下个月底, 2026-12-31",
            "上个月5号, 2026-10-05",
            "上上周五, 2026-11-06",
            "上周五, 2026-11-13",
            "下下周三, 2026-12-02",
            "这周一, 2026-11-16",
            "这礼拜一, 2026-11-16",
            "三天后, 2026-11-21",
            "3天前, 2026-11-15",
            "一周后, 2026-11-25",
            "两个礼拜后, 2026-12-02",
            "10日后, 2026-11-28",
            "十天之后, 2026-11-28",
            "明早, 2026-11-19",
            "今晚, 2026-11-18",
            "前日, 2026-11-16",
            "昨日, 2026-11-17",
            "大前天, 2026-11-15",
            "后日, 2026-11-20",
            "今夜, 2026-11-18",
            "农历11月16日, 2026-12-24",
            "下个月二十号, 2026-12-20",
    })
    void resolvesWhatNotesSay(String expression, LocalDate expected) {
        assertThat(resolver.resolve(expression, WEDNESDAY)).contains(expected);
    }

    /**
     * Expected values from date-chinese 2.1.4 (an astronomical calendar apart from lunar-java) and the fixed days;
     * 端午 was the day before, so it is that one (a named day of the past week is the one just past).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "春节, 2027-02-06", "过年, 2027-02-06", "除夕, 2027-02-05", "元宵节, 2027-02-20", "端午, 2026-06-19",
            "七夕, 2026-08-19", "中秋, 2026-09-25", "重阳节, 2026-10-18", "腊八, 2027-01-15", "小年, 2027-01-30",
            "清明, 2027-04-05", "元旦, 2027-01-01", "情人节, 2027-02-14", "三八节, 2027-03-08", "妇女节, 2027-03-08",
            "五一, 2027-05-01", "劳动节, 2027-05-01", "儿童节, 2027-06-01", "教师节, 2026-09-10", "国庆, 2026-10-01",
            "平安夜, 2026-12-24", "圣诞, 2026-12-25", "腊月三十, 2027-02-05", "农历冬月十六, 2026-12-24",
            "元旦前, 2026-12-31", "国庆后第一天, 2026-10-08", "中秋后上班, 2026-09-26",
    })
    void namedDaysAreTheNextOnes(String expression, LocalDate expected) {
        assertThat(resolver.resolve(expression, SUMMER)).contains(expected);
    }

    @Test
    void leapMonthsAreTheirOwnMonth() {
        assertThat(resolver.resolve("闰六月十五", LocalDate.of(2025, 7, 1))).contains(LocalDate.of(2025, 8, 8));
        assertThat(resolver.resolve("农历闰五月初五", LocalDate.of(2028, 1, 10))).contains(LocalDate.of(2028, 6, 27));
        // the ordinary sixth month of 2025 is another month
        assertThat(resolver.resolve("农历六月十五", LocalDate.of(2025, 7, 1))).contains(LocalDate.of(2025, 7, 9));
    }

    @Test
    void lunarBirthdayOnTheThirtiethKeepsTheDayAsSaid() {
        var mention = resolver.find("生日是腊月三十", SUMMER).get(0);
        assertThat(mention.date().recurringValue()).isEqualTo("lunar:--12-30");
        assertThat(mention.date().date()).isEqualTo(LocalDate.of(2027, 2, 5));
    }

    @Property(tries = 300)
    void theThirtiethOfTheTwelfthMonthIsTheDayBeforeNewYearEveryYear(@ForAll @IntRange(min = 0, max = 365 * 20) int days) {
        LocalDate ref = LocalDate.of(2020, 1, 1).plusDays(days);
        LocalDate eve = resolver.resolve("腊月三十", ref).orElseThrow();
        LocalDate next = eve.plusDays(1);
        com.nlf.calendar.Lunar lunar;
        synchronized (com.branchmate.extraction.LunarLock.LOCK) {
            lunar = com.nlf.calendar.Solar.fromYmd(next.getYear(), next.getMonthValue(), next.getDayOfMonth()).getLunar();
        }
        assertThat(eve).isAfterOrEqualTo(ref);
        assertThat(lunar.getMonth() * 100 + lunar.getDay()).isEqualTo(101);
    }

    @Test
    void aNamedDayOfThePastWeekIsTheOneJustPast() {
        assertThat(resolver.resolve("三八节收到我们送的花", LocalDate.of(2026, 3, 9))).contains(LocalDate.of(2026, 3, 8));
        assertThat(resolver.resolve("三八节前", LocalDate.of(2026, 3, 9))).contains(LocalDate.of(2027, 3, 7));
        assertThat(resolver.resolve("元旦", LocalDate.of(2026, 1, 9))).contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aBareLunarDayAtTheTurnOfTheYearIsThisLunarMonths() {
        // 2026-02-16 is 除夕, so 初五 is 2026-02-21
        assertThat(resolver.resolve("他说初五请我们吃饭", LocalDate.of(2026, 2, 16))).contains(LocalDate.of(2026, 2, 21));
        assertThat(resolver.find("孩子读初三", WEDNESDAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"下个月初再来", "下月初", "月初", "中旬", "下个月中旬", "过两天再说", "节后再约", "年后结婚", "这几天忙", "元旦后到期", "国庆以后再说", "中秋之后"})
    void vagueDatesAreNoDates(String text) {
        assertThat(resolver.find(text, WEDNESDAY)).isEmpty();
    }

    @Test
    void spansPointIntoTheTextAsWritten() {
        var mention = resolver.find("嗯那个下週三見面，禮拜五簽約", WEDNESDAY);
        assertThat(mention).extracting(DateResolver.DateMention::text).containsExactly("下週三", "禮拜五");
        assertThat(mention.get(0).start()).isEqualTo(3);
    }

    @Test
    void amountsAndCountsAreStillNotDates() {
        assertThat(resolver.find("存了1,500元 一百零五万 3万5 十几个人 三四天", WEDNESDAY)).isEmpty();
    }

    @Property(tries = 300)
    void anyTextGivesSpansInsideItAndNeverThrows(@ForAll String text) {
        for (DateResolver.DateMention m : resolver.find(text, WEDNESDAY)) {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }
}
