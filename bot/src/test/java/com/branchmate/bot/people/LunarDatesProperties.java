package com.branchmate.bot.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LunarDatesProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private final LunarDates dates = new LunarDates();

    @Property(tries = 500)
    void nextLunarIsTheFirstMatchingOrdinaryMonthDay(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 30) int day, @ForAll @IntRange(min = 0, max = 2556) int offset) {
        LocalDate from = FIRST.plusDays(offset);

        LocalDate next = dates.nextLunar(month, day, from);

        assertThat(next).isAfterOrEqualTo(from);
        assertThat(ChronoUnit.DAYS.between(from, next)).isLessThan(390); // a lunar year with a leap month is ~384 days
        Lunar lunar = lunarOf(next);
        assertThat(lunar.getMonth()).as("ordinary month, never a leap one").isEqualTo(month);
        assertThat(lunar.getDay()).isEqualTo(Math.min(day, daysInMonth(lunar.getYear(), month)));
    }

    @Property(tries = 300)
    void solarBirthdayIsWithinAYear(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 2556) int offset) {
        LocalDate from = FIRST.plusDays(offset);
        String value = String.format("--%02d-%02d", month, day);

        LocalDate next = dates.nextOccurrence(value, from);

        assertThat(next).isAfterOrEqualTo(from).isBefore(from.plusYears(1));
        assertThat(next.getMonthValue()).isEqualTo(month);
        assertThat(next.getDayOfMonth()).isEqualTo(day);
    }

    private static int daysInMonth(int lunarYear, int month) {
        synchronized (com.branchmate.bot.platform.LunarLock.LOCK) {
            return LunarMonth.fromYm(lunarYear, month).getDayCount();
        }
    }

    private static Lunar lunarOf(LocalDate date) {
        synchronized (com.branchmate.bot.platform.LunarLock.LOCK) {
            return Solar.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).getLunar();
        }
    }
}
