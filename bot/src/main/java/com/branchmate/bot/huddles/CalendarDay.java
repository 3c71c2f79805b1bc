package com.branchmate.bot.huddles;

import java.time.Instant;
import java.time.LocalDate;

/** A calendar day kept in the database: next year's official dates (no team) or a team's own override. */
public record CalendarDay(Long id, Long teamId, LocalDate calendarDate, DayType dayType, String name, Instant createdAt) {

    CalendarEntry entry() {
        return new CalendarEntry(calendarDate, dayType, name == null || name.isBlank() ? dayType.name() : name);
    }
}
