package com.branchmate.bot.huddles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.branchmate.bot.platform.LunarLock;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The fixed statutory holidays of a year ({@code calendar/cn-statutory-holidays.csv}): what the calendar falls back
 * to for a year without an official notice, so 春节 and 国庆 are not taken for working days. Derived from the
 * solar and lunar calendars (lunar-java); no make-up working days, which only a notice can give.
 */
final class StatutoryHolidays {

    static final String RESOURCE = "calendar/cn-statutory-holidays.csv";

    private record Rule(String name, String anchor, int first, int days, int from, int to) {

        boolean appliesTo(int year) {
            return year >= from && year <= to;
        }

        LocalDate anchorDate(int year) {
            synchronized (LunarLock.LOCK) { // lunar-java's caches are not thread-safe
                return anchorDateLocked(year);
            }
        }

        private LocalDate anchorDateLocked(int year) {
            if (anchor.startsWith("L:")) {
                String[] monthDay = anchor.substring(2).split("-");
                Solar solar = Lunar.fromYmd(year, Integer.parseInt(monthDay[0]), Integer.parseInt(monthDay[1]))
                        .getSolar();
                return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
            }
            if (anchor.startsWith("T:")) {
                // The solar term's day in this Gregorian year: a lunar year's table holds it with the right date.
                Solar solar = Lunar.fromYmd(year, 1, 1).getJieQiTable().get(anchor.substring(2));
                return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
            }
            return LocalDate.parse(year + "-" + anchor);
        }
    }

    private static final List<Rule> RULES = load();
    private static final Map<Integer, Map<LocalDate, CalendarEntry>> BY_YEAR = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /** The statutory days off of {@code year}, by date; computed once per year. */
    static Map<LocalDate, CalendarEntry> of(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static Map<LocalDate, CalendarEntry> compute(int year) {
        Map<LocalDate, CalendarEntry> days = new LinkedHashMap<>();
        Map<String, Long> owed = new LinkedHashMap<>();
        Map<String, LocalDate> lastDay = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            if (!rule.appliesTo(year)) {
                continue;
            }
            LocalDate start = rule.anchorDate(year).plusDays(rule.first());
            for (int i = 0; i < rule.days(); i++) {
                LocalDate day = start.plusDays(i);
                boolean taken = days.putIfAbsent(day, CalendarEntry.holiday(day, rule.name())) != null;
                // A day on a weekend, or already another festival's (中秋 on 10月3日), is owed a weekday.
                if (taken || isWeekend(day)) {
                    owed.merge(rule.name(), 1L, Long::sum);
                }
            }
            lastDay.put(rule.name(), start.plusDays(rule.days() - 1L));
        }
        // 补休: what is owed is made up on the next free weekdays after the festival.
        owed.forEach((name, count) -> {
            LocalDate day = lastDay.get(name);
            for (long left = count; left > 0; ) {
                day = day.plusDays(1);
                if (!isWeekend(day) && !days.containsKey(day)) {
                    days.put(day, CalendarEntry.holiday(day, name + "补休"));
                    left--;
                }
            }
        });
        return Map.copyOf(days);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<Rule> load() {
        InputStream in = StatutoryHolidays.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] f = trimmed.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + ": expected name,anchor,first,days,from,to: " + line);
                }
                rules.add(new Rule(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip()),
                        Integer.parseInt(f[3].strip()),
                        f[4].isBlank() ? Integer.MIN_VALUE : Integer.parseInt(f[4].strip()),
                        f[5].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(f[5].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(rules);
    }
}
