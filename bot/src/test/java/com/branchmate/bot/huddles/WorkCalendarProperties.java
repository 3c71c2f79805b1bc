package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkCalendarProperties {

    private static final WorkCalendar CALENDAR = new WorkCalendar();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    // 2024-01-01 plus 0..2556 days spans 2024-01-01 to 2030-12-31: covered years and years without data.
    @Property(tries = 2000)
    void nextWorkingDayIsTheFirstWorkingDayAfter(@ForAll @IntRange(min = 0, max = 2556) int offset) {
        LocalDate day = FIRST.plusDays(offset);

        LocalDate next = CALENDAR.nextWorkingDay(day);

        assertThat(next).isAfter(day);
        assertThat(CALENDAR.isWorkingDay(next)).isTrue();
        assertThat(day.plusDays(1).datesUntil(next)).noneMatch(CALENDAR::isWorkingDay);
    }

    @Property(tries = 2000)
    void previousWorkingDayIsTheLastWorkingDayBefore(@ForAll @IntRange(min = 0, max = 2556) int offset) {
        LocalDate day = FIRST.plusDays(offset);

        LocalDate previous = CALENDAR.previousWorkingDay(day);

        assertThat(previous).isBefore(day);
        assertThat(CALENDAR.isWorkingDay(previous)).isTrue();
        assertThat(previous.plusDays(1).datesUntil(day)).noneMatch(CALENDAR::isWorkingDay);
        // Nothing works between them, so stepping forward again lands on `day` itself or on its next working day.
        LocalDate expectedNext = CALENDAR.isWorkingDay(day) ? day : CALENDAR.nextWorkingDay(day);
        assertThat(CALENDAR.nextWorkingDay(previous)).isEqualTo(expectedNext);
    }
}
