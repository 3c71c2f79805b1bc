package com.branchmate.bot.huddles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days of the mainland China calendar, on which huddles (晨会/夕会) are posted.
 *
 * <p>A day is a working day when, in this order of precedence: a team override says so (WORKDAY adds the day,
 * HOLIDAY skips it); otherwise the official data says so (make-up WORKDAY, or HOLIDAY); otherwise it is Monday to
 * Friday. The official data is the bundled {@code calendar/cn-holidays.csv} plus extra entries an admin adds for
 * years the bundle lacks; an extra entry replaces a bundled one for the same date. A year without official data
 * ({@link #covers}) falls back to the fixed statutory holidays ({@link StatutoryHolidays}: 元旦, 春节, 清明, 劳动节,
 * 端午, 中秋, 国庆 and their 补休), so 春节 is never a working day; only its make-up working days are unknown.
 *
 * <p>Immutable, so one instance can be shared between threads.
 */
public final class WorkCalendar {

    // Longest run of non-working days we expect is a 9-day Spring Festival plus weekends; a year-long search
    // only fails when overrides skip everything, which is a configuration mistake worth an exception.
    private static final int MAX_SEARCH_DAYS = 366;

    private final Map<LocalDate, CalendarEntry> official;
    private final Map<LocalDate, CalendarEntry> overrides;
    private final SortedSet<Integer> coveredYears;

    /** The bundled State Council data only. */
    public WorkCalendar() {
        this(List.of(), List.of());
    }

    /**
     * @param extraEntries  official dates an admin adds (e.g. next year's notice before a release ships it)
     * @param teamOverrides one team's own days: HOLIDAY skips a day, WORKDAY adds one; they beat everything else
     */
    public WorkCalendar(List<CalendarEntry> extraEntries, List<CalendarEntry> teamOverrides) {
        this(CalendarFile.loadBundled(), extraEntries, teamOverrides);
    }

    /** Like the two-list constructor, but with explicit base data instead of the bundled file. */
    public WorkCalendar(List<CalendarEntry> baseEntries, List<CalendarEntry> extraEntries,
            List<CalendarEntry> teamOverrides) {
        Map<LocalDate, CalendarEntry> merged = new HashMap<>(byDate(baseEntries, "base entries"));
        merged.putAll(byDate(extraEntries, "extra entries"));
        this.official = Map.copyOf(merged);
        this.overrides = byDate(teamOverrides, "team overrides");
        this.coveredYears = yearsCovered(official);
    }

    private WorkCalendar(Map<LocalDate, CalendarEntry> official, Map<LocalDate, CalendarEntry> overrides,
            SortedSet<Integer> coveredYears) {
        this.official = official;
        this.overrides = overrides;
        this.coveredYears = coveredYears;
    }

    /** The same official data with another team's overrides, without reading the file again. */
    public WorkCalendar withTeamOverrides(List<CalendarEntry> teamOverrides) {
        return new WorkCalendar(official, byDate(teamOverrides, "team overrides"), coveredYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarEntry entry = entryFor(date);
        if (entry != null) {
            return entry.type() == DayType.WORKDAY;
        }
        return !isWeekend(date);
    }

    /**
     * Why the day is off, when an entry names it ("春节", or a team's "团建"). Empty for working days, including a
     * holiday the team works through, and for ordinary weekends.
     */
    public Optional<String> holidayName(LocalDate date) {
        CalendarEntry entry = entryFor(date);
        if (entry != null && entry.type() == DayType.HOLIDAY) {
            return Optional.of(entry.name());
        }
        return Optional.empty();
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return search(date, 1);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return search(date, -1);
    }

    /**
     * Years whose official arrangements are loaded, so the bot can warn when next year's are missing. A year counts
     * when its 1 January (元旦, listed by every yearly notice) is a HOLIDAY entry; a stray 31 December from the next
     * year's notice does not make the earlier year look covered.
     */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Whether {@code year}'s days off come from the statutory fallback rather than an official notice. */
    public boolean usesStatutoryFallback(int year) {
        return !covers(year);
    }

    private CalendarEntry entryFor(LocalDate date) {
        CalendarEntry override = overrides.get(date);
        if (override != null) {
            return override;
        }
        CalendarEntry entry = official.get(date);
        if (entry != null || covers(date.getYear())) {
            return entry;
        }
        return StatutoryHolidays.of(date.getYear()).get(date);
    }

    private LocalDate search(LocalDate date, int step) {
        LocalDate day = date;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days "
                + (step > 0 ? "after " : "before ") + date + "; do the team overrides skip every day?");
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, CalendarEntry> byDate(List<CalendarEntry> entries, String what) {
        Map<LocalDate, CalendarEntry> result = new HashMap<>();
        for (CalendarEntry entry : entries) {
            CalendarEntry earlier = result.putIfAbsent(entry.date(), entry);
            if (earlier != null) {
                throw new IllegalArgumentException(what + " list " + entry.date() + " twice: "
                        + earlier + " and " + entry);
            }
        }
        return Map.copyOf(result);
    }

    private static SortedSet<Integer> yearsCovered(Map<LocalDate, CalendarEntry> official) {
        TreeSet<Integer> years = new TreeSet<>();
        for (CalendarEntry entry : official.values()) {
            LocalDate date = entry.date();
            if (entry.type() == DayType.HOLIDAY && date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1) {
                years.add(date.getYear());
            }
        }
        return Collections.unmodifiableSortedSet(years);
    }
}
