package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final WorkCalendar CALENDAR = new WorkCalendar();
    private static final List<CalendarEntry> BUNDLED = CalendarFile.loadBundled();

    @Test
    void springFestivalIsNoWorkingDay() {
        LocalDate monday = LocalDate.of(2026, 2, 16);

        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(CALENDAR.isWorkingDay(monday)).isFalse();
        assertThat(CALENDAR.holidayName(monday)).contains("春节");
    }

    @Test
    void makeUpSaturdayIsWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(CALENDAR.holidayName(LocalDate.of(2026, 2, 14))).isEmpty();
    }

    @Test
    void makeUpSundayIsWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
    }

    @Test
    void ordinaryMondayIsWorkingDay() {
        LocalDate monday = LocalDate.of(2026, 3, 2);

        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(CALENDAR.isWorkingDay(monday)).isTrue();
        assertThat(CALENDAR.holidayName(monday)).isEmpty();
    }

    @Test
    void ordinarySaturdayIsNoWorkingDayButHasNoHolidayName() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);

        assertThat(CALENDAR.isWorkingDay(saturday)).isFalse();
        assertThat(CALENDAR.holidayName(saturday)).isEmpty();
    }

    @Test
    void yearsWithoutDataFallBackToTheStatutoryHolidays() {
        assertThat(CALENDAR.usesStatutoryFallback(2027)).isTrue();
        assertThat(CALENDAR.holidayName(LocalDate.of(2030, 1, 1))).contains("元旦"); // a Tuesday
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2030, 1, 5))).isFalse();
    }

    @Test
    void springFestival2027WithoutANoticeStartsOnNewYearsEveWithMakeUpDaysForItsWeekend() {
        // 2025 rule: 除夕 and 初一 to 初三. 初一 is Saturday 2027-02-06: 2-05 (Fri) to 2-08 (Mon) off, the Saturday
        // and Sunday made up on Tuesday and Wednesday.
        List<LocalDate> off = LocalDate.of(2027, 2, 1).datesUntil(LocalDate.of(2027, 2, 15))
                .filter(d -> !CALENDAR.isWorkingDay(d) && d.getDayOfWeek().getValue() <= 5).toList();

        assertThat(off).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10));
        assertThat(CALENDAR.holidayName(LocalDate.of(2027, 2, 5))).contains("春节");
        assertThat(CALENDAR.holidayName(LocalDate.of(2027, 2, 9))).contains("春节补休");
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2027, 2, 4))).isEqualTo(LocalDate.of(2027, 2, 11));
    }

    @Test
    void the2027FallbackHasEveryStatutoryHolidayAndNoMakeUpWorkday() {
        List<LocalDate> weekdaysOff = LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .filter(d -> !CALENDAR.isWorkingDay(d) && d.getDayOfWeek().getValue() <= 5).toList();

        assertThat(weekdaysOff).containsExactly(
                LocalDate.of(2027, 1, 1),                                       // 元旦, Friday
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),             // 春节
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),            // its 补休
                LocalDate.of(2027, 4, 5),                                       // 清明, Monday
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),             // 劳动节 on Sat/Sun, made up
                LocalDate.of(2027, 6, 9),                                       // 端午, Wednesday
                LocalDate.of(2027, 9, 15),                                      // 中秋, Wednesday
                LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 5)); // 国庆
        assertThat(LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                .filter(d -> CALENDAR.isWorkingDay(d) && d.getDayOfWeek().getValue() > 5)).isEmpty();
    }

    @Test
    void aFestivalOnAnotherFestivalsDayIsMadeUp() {
        // 2028: 中秋 falls on 10月3日 inside 国庆, and 10月1日 is a Sunday: 国庆 owes two weekdays.
        assertThat(CALENDAR.holidayName(LocalDate.of(2028, 10, 3))).contains("中秋节");
        assertThat(LocalDate.of(2028, 10, 1).datesUntil(LocalDate.of(2028, 10, 9))
                .filter(d -> !CALENDAR.isWorkingDay(d)).toList())
                .contains(LocalDate.of(2028, 10, 4), LocalDate.of(2028, 10, 5))
                .doesNotContain(LocalDate.of(2028, 10, 6));
    }

    @Test
    void anOfficialTableReplacesTheFallbackForItsYear() {
        WorkCalendar with2027 = new WorkCalendar(List.of(
                CalendarEntry.holiday(LocalDate.of(2027, 1, 1), "元旦"),
                CalendarEntry.workday(LocalDate.of(2027, 2, 20), "春节调休")), List.of());

        assertThat(with2027.usesStatutoryFallback(2027)).isFalse();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue(); // no fallback 补休 any more
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(with2027.usesStatutoryFallback(2028)).isTrue();
    }

    @Test
    void teamOverrideSkipsADay() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        WorkCalendar team = CALENDAR.withTeamOverrides(List.of(CalendarEntry.holiday(monday, "团建")));

        assertThat(team.isWorkingDay(monday)).isFalse();
        assertThat(team.holidayName(monday)).contains("团建");
        assertThat(CALENDAR.isWorkingDay(monday)).as("other teams keep the day").isTrue();
    }

    @Test
    void teamOverrideSkipsAMakeUpWorkday() {
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 28);
        WorkCalendar team = CALENDAR.withTeamOverrides(List.of(CalendarEntry.holiday(makeUpSaturday, "网点调休")));

        assertThat(team.isWorkingDay(makeUpSaturday)).isFalse();
    }

    @Test
    void teamOverrideAddsADayEvenOnAHoliday() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        LocalDate nationalDay = LocalDate.of(2026, 10, 2);
        WorkCalendar team = new WorkCalendar(List.of(), List.of(
                CalendarEntry.workday(saturday, "开门红加班"),
                CalendarEntry.workday(nationalDay, "国庆值班")));

        assertThat(team.isWorkingDay(saturday)).isTrue();
        assertThat(team.isWorkingDay(nationalDay)).isTrue();
        assertThat(team.holidayName(nationalDay)).isEmpty();
        assertThat(team.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(nationalDay);
    }

    @Test
    void nextWorkingDaySkipsTheSpringFestivalAndLandsOnMakeUpDays() {
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2026, 2, 27))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void previousWorkingDayGoesBackOverTheGoldenWeek() {
        assertThat(CALENDAR.previousWorkingDay(LocalDate.of(2025, 10, 9))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(CALENDAR.previousWorkingDay(LocalDate.of(2026, 2, 24))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void overridesThatSkipEveryDayFailWithAClearMessage() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<CalendarEntry> everyDay = start.datesUntil(start.plusDays(400))
                .map(d -> CalendarEntry.holiday(d, "停业")).toList();
        WorkCalendar closed = CALENDAR.withTeamOverrides(everyDay);

        assertThatThrownBy(() -> closed.nextWorkingDay(start))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no working day");
    }

    @Test
    void coveredYearsAreThoseOfTheBundledNotices() {
        assertThat(CALENDAR.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(CALENDAR.covers(2027)).isFalse();
    }

    @Test
    void extraEntriesAddNextYear() {
        WorkCalendar withNextYear = new WorkCalendar(List.of(
                CalendarEntry.holiday(LocalDate.of(2027, 1, 1), "元旦"),
                CalendarEntry.workday(LocalDate.of(2027, 2, 13), "春节调休")), List.of());

        assertThat(withNextYear.coveredYears()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(withNextYear.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(withNextYear.isWorkingDay(LocalDate.of(2027, 2, 13))).isTrue();
    }

    @Test
    void extraEntryReplacesTheBundledOneForTheSameDate() {
        LocalDate bundledHoliday = LocalDate.of(2026, 10, 7);
        WorkCalendar corrected = new WorkCalendar(
                List.of(CalendarEntry.workday(bundledHoliday, "更正")), List.of());

        assertThat(CALENDAR.isWorkingDay(bundledHoliday)).isFalse();
        assertThat(corrected.isWorkingDay(bundledHoliday)).isTrue();
    }

    @Test
    void aDateListedTwiceInOneListIsRejected() {
        LocalDate day = LocalDate.of(2027, 1, 1);

        assertThatThrownBy(() -> new WorkCalendar(
                List.of(CalendarEntry.holiday(day, "元旦"), CalendarEntry.workday(day, "元旦")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-01-01");
    }

    @Test
    void everyCoveredYearHasTheSevenFestivals() {
        List<String> festivals = List.of("元旦", "春节", "清明", "劳动", "端午", "中秋", "国庆");
        for (int year : CALENDAR.coveredYears()) {
            String names = BUNDLED.stream()
                    .filter(e -> e.date().getYear() == year && e.type() == DayType.HOLIDAY)
                    .map(CalendarEntry::name)
                    .collect(Collectors.joining("|"));
            for (String festival : festivals) {
                assertThat(names).as("%s in %d", festival, year).contains(festival);
            }
        }
    }

    @Test
    void holidayCountsMatchTheNotices() {
        // Sums of the "共N天" in each notice (2024 元旦 and 端午 were one day joined to a weekend).
        assertThat(holidayDays(2024)).isEqualTo(1 + 8 + 3 + 5 + 1 + 3 + 7);
        assertThat(holidayDays(2025)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(holidayDays(2026)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
    }

    @Test
    void bundledMakeUpWorkdaysFallOnWeekends() {
        List<CalendarEntry> workdays = BUNDLED.stream().filter(e -> e.type() == DayType.WORKDAY).toList();

        assertThat(workdays).hasSize(8 + 5 + 6);
        assertThat(workdays).allSatisfy(e -> assertThat(e.date().getDayOfWeek())
                .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void lunarFestivalDaysAreInsideTheirHolidays() {
        // An independent check of the data: 正月初一, 五月初五 and 八月十五 must be holidays of the right name.
        for (int year : CALENDAR.coveredYears()) {
            assertThat(CALENDAR.holidayName(solarOf(year, 1, 1))).get().asString().contains("春节");
            assertThat(CALENDAR.holidayName(solarOf(year, 5, 5))).get().asString().contains("端午");
            assertThat(CALENDAR.holidayName(solarOf(year, 8, 15))).get().asString().contains("中秋");
            assertThat(CALENDAR.holidayName(LocalDate.of(year, 10, 1))).get().asString().contains("国庆");
            assertThat(CALENDAR.holidayName(LocalDate.of(year, 5, 1))).contains("劳动节");
        }
    }

    @Test
    void malformedDataLineIsRejectedNamingTheLine() {
        String data = "# comment\n2026-01-01,HOLIDAY,元旦\n2026-13-01,HOLIDAY,坏日期\n";

        assertThatThrownBy(() -> CalendarFile.parse("test.csv", new StringReader(data)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv line 3")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void unknownTypeMissingFieldAndDuplicateDateAreRejected() {
        assertThatThrownBy(() -> CalendarFile.parse("a.csv", new StringReader("2026-01-01,OFF,元旦")))
                .hasMessageContaining("a.csv line 1").hasMessageContaining("HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> CalendarFile.parse("b.csv", new StringReader("\n2026-01-01,HOLIDAY")))
                .hasMessageContaining("b.csv line 2").hasMessageContaining("3 fields");
        assertThatThrownBy(() -> CalendarFile.parse("c.csv", new StringReader("2026-01-01,HOLIDAY, ")))
                .hasMessageContaining("c.csv line 1").hasMessageContaining("name is empty");
        assertThatThrownBy(() -> CalendarFile.parse("d.csv",
                new StringReader("2026-01-01,HOLIDAY,元旦\n2026-01-01,WORKDAY,元旦")))
                .hasMessageContaining("d.csv line 2").hasMessageContaining("already listed on line 1");
    }

    @Test
    void parserSkipsCommentsBlankLinesAndAByteOrderMark() {
        String data = "\uFEFF# exported\n\n 2027-01-01 , holiday , 元旦 \n";

        assertThat(CalendarFile.parse("e.csv", new StringReader(data)))
                .containsExactly(CalendarEntry.holiday(LocalDate.of(2027, 1, 1), "元旦"));
    }

    private static long holidayDays(int year) {
        return BUNDLED.stream().filter(e -> e.date().getYear() == year && e.type() == DayType.HOLIDAY).count();
    }

    private static LocalDate solarOf(int lunarYear, int lunarMonth, int lunarDay) {
        Solar solar = Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
