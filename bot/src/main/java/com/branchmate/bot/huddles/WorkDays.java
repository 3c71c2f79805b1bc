package com.branchmate.bot.huddles;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Working days for huddles. Until the holiday calendar is wired: Monday to Friday. */
@Component
class WorkDays {

    boolean isWorkingDay(long teamId, LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    LocalDate previousWorkingDay(long teamId, LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(teamId, day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
