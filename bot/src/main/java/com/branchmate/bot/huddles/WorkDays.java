package com.branchmate.bot.huddles;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Working days for a team: the bundled State Council dates, the official dates an admin added (next year's), and
 * the team's own skips and extra days. Read on each question, so a change in the console applies at once.
 */
@Component
class WorkDays {

    private final List<CalendarEntry> bundled = CalendarFile.loadBundled();
    private final CalendarDayMapper days;

    WorkDays(CalendarDayMapper days) {
        this.days = days;
    }

    WorkCalendar calendar(long teamId) {
        List<CalendarEntry> extra = days.find(null).stream().map(CalendarDay::entry).toList();
        List<CalendarEntry> team = days.find(teamId).stream().map(CalendarDay::entry).toList();
        return new WorkCalendar(bundled, extra, team);
    }

    WorkCalendar national() {
        return new WorkCalendar(bundled, days.find(null).stream().map(CalendarDay::entry).toList(), List.of());
    }

    boolean isWorkingDay(long teamId, LocalDate date) {
        return calendar(teamId).isWorkingDay(date);
    }

    LocalDate previousWorkingDay(long teamId, LocalDate date) {
        return calendar(teamId).previousWorkingDay(date);
    }
}
