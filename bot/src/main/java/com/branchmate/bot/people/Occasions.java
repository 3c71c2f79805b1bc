package com.branchmate.bot.people;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import com.nlf.calendar.Lunar;

/**
 * When a birthday or anniversary next falls: {@code --MM-DD}, {@code YYYY-MM-DD} (yearly from then on) or a lunar
 * {@code lunar:--MM-DD}, which moves against the solar calendar every year.
 */
public final class Occasions {

    private Occasions() {
    }

    /** The next date on or after {@code from} and within {@code days} days, if any. */
    public static Optional<LocalDate> upcoming(String value, LocalDate from, int days) {
        if (value == null) {
            return Optional.empty();
        }
        LocalDate last = from.plusDays(days);
        for (int year = from.getYear(); year <= last.getYear(); year++) {
            Optional<LocalDate> date = inYear(value.strip(), year);
            if (date.isPresent() && !date.get().isBefore(from) && !date.get().isAfter(last)) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> inYear(String value, int year) {
        try {
            if (value.startsWith("lunar:")) {
                String md = value.substring("lunar:".length());
                int month = Integer.parseInt(md.substring(md.length() - 5, md.length() - 3));
                int day = Integer.parseInt(md.substring(md.length() - 2));
                // A lunar date in year Y can fall in the next solar year (腊月): try the lunar year before too.
                for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
                    var solar = Lunar.fromYmd(lunarYear, month, Math.min(day, 29)).getSolar();
                    LocalDate date = LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
                    if (date.getYear() == year) {
                        return Optional.of(date);
                    }
                }
                return Optional.empty();
            }
            String md = value.startsWith("--") ? value.substring(2) : value.substring(value.length() - 5);
            MonthDay monthDay = MonthDay.parse("--" + md);
            return Optional.of(monthDay.isValidYear(year) ? monthDay.atYear(year) : LocalDate.of(year, 2, 28));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
