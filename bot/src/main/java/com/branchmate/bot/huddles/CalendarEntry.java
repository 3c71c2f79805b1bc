package com.branchmate.bot.huddles;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the holiday calendar: a line of {@code cn-holidays.csv}, an entry an admin adds for next year,
 * or a team's own override (HOLIDAY skips the day, WORKDAY adds it).
 */
public record CalendarEntry(LocalDate date, DayType type, String name) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        // The name is what the bot shows ("今天是春节假期"), so an unnamed entry is a data mistake.
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("calendar entry for " + date + " has no name");
        }
        name = name.strip();
    }

    public static CalendarEntry holiday(LocalDate date, String name) {
        return new CalendarEntry(date, DayType.HOLIDAY, name);
    }

    public static CalendarEntry workday(LocalDate date, String name) {
        return new CalendarEntry(date, DayType.WORKDAY, name);
    }
}
