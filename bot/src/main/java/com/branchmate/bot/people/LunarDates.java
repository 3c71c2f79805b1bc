package com.branchmate.bot.people;

import com.branchmate.extraction.dates.DateResolver;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Next occurrence of a birthday stored as a fact value: {@code --MM-DD} (solar, no year), {@code YYYY-MM-DD} (solar
 * birth date) or {@code lunar:--MM-DD} (农历 month and day, as many customers celebrate).
 *
 * <p>Lunar rules: a leap month (闰月) is ignored, so a birthday in month 4 falls in the ordinary 四月 every year, which
 * is also how people born in 闰四月 usually celebrate. Day 30 in a month of 29 days (小月) falls on day 29.
 */
public final class LunarDates {

    private static final Pattern SOLAR_MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");
    private static final Pattern SOLAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LUNAR_MONTH_DAY = Pattern.compile("lunar:--(\\d{2})-(\\d{2})");

    public LunarDates() {
    }

    /**
     * The birthday's next date on or after {@code from}, if it is less than {@code days} days away
     * ({@code days = 1} means today only, {@code 7} means today and the six days after).
     *
     * @throws IllegalArgumentException if the value is in none of the three formats or is not a real date
     */
    public Optional<LocalDate> upcoming(String birthdayValue, LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate next = nextOccurrence(birthdayValue, from);
        return next.isBefore(from.plusDays(days)) ? Optional.of(next) : Optional.empty();
    }

    /**
     * The next date within {@code from} and {@code days} days after it (both ends included), or empty, also for a
     * stored value that is not a date: one bad fact must not stop a huddle or a list.
     */
    public Optional<LocalDate> within(String value, LocalDate from, int days) {
        try {
            return upcoming(value, from, days + 1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The birthday's next date on or after {@code from}, for any of the three formats. */
    public LocalDate nextOccurrence(String birthdayValue, LocalDate from) {
        if (birthdayValue == null) {
            throw new IllegalArgumentException("birthday value is missing");
        }
        String value = birthdayValue.strip();
        try {
            if (SOLAR_MONTH_DAY.matcher(value).matches()) {
                return nextSolar(MonthDay.parse(value), from);
            }
            if (SOLAR_DATE.matcher(value).matches()) {
                return nextSolar(MonthDay.from(LocalDate.parse(value)), from);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real date: \"" + birthdayValue + "\"", e);
        }
        Matcher lunar = LUNAR_MONTH_DAY.matcher(value.toLowerCase(Locale.ROOT));
        if (lunar.matches()) {
            try {
                return nextLunar(Integer.parseInt(lunar.group(1)), Integer.parseInt(lunar.group(2)), from);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a real lunar date: \"" + birthdayValue + "\" (" + e.getMessage() + ")", e);
            }
        }
        throw new IllegalArgumentException("birthday \"" + birthdayValue
                + "\" is not --MM-DD, YYYY-MM-DD or lunar:--MM-DD");
    }

    /** Next solar occurrence on or after {@code from}; 29 February falls on 28 February in common years. */
    public LocalDate nextSolar(MonthDay monthDay, LocalDate from) {
        // MonthDay.atYear already moves --02-29 to 28 February when the year is not a leap year.
        LocalDate thisYear = monthDay.atYear(from.getYear());
        return thisYear.isBefore(from) ? monthDay.atYear(from.getYear() + 1) : thisYear;
    }

    /** Next solar date on or after {@code from} of lunar month {@code lunarMonth} (1-12), day {@code lunarDay} (1-30). */
    public LocalDate nextLunar(int lunarMonth, int lunarDay, LocalDate from) {
        if (lunarMonth < 1 || lunarMonth > 12) {
            throw new IllegalArgumentException("lunar month must be 1-12: " + lunarMonth);
        }
        if (lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("lunar day must be 1-30: " + lunarDay);
        }
        // The same rule the notes are read with: day 30 of a short month falls on its last day.
        return DateResolver.nextLunarDate(lunarMonth, lunarDay, from).orElseThrow(() ->
                new IllegalArgumentException("no lunar " + lunarMonth + "-" + lunarDay + " after " + from));
    }
}
