package com.branchmate.bot.huddles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads holiday data in the {@code date,type,name} format of {@code calendar/cn-holidays.csv}.
 * Lines that are blank or start with {@code #} are comments.
 */
public final class CalendarFile {

    /** Classpath location of the bundled State Council arrangements. */
    public static final String BUNDLED_RESOURCE = "calendar/cn-holidays.csv";

    private CalendarFile() {
    }

    /** The bundled file, read through the class loader so that it also works inside the Spring Boot jar. */
    public static List<CalendarEntry> loadBundled() {
        InputStream in = CalendarFile.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("holiday data " + BUNDLED_RESOURCE + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(BUNDLED_RESOURCE, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Parses every line; the first malformed one stops the load with a message naming source and line,
     * because a silently dropped holiday would post a huddle on 春节.
     */
    public static List<CalendarEntry> parse(String sourceName, Reader reader) {
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a BOM left by a spreadsheet export
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                CalendarEntry entry = parseLine(sourceName, lineNumber, trimmed);
                Integer earlier = lineOfDate.putIfAbsent(entry.date(), lineNumber);
                if (earlier != null) {
                    throw malformed(sourceName, lineNumber, trimmed,
                            "date " + entry.date() + " is already listed on line " + earlier);
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        return List.copyOf(entries);
    }

    private static CalendarEntry parseLine(String sourceName, int lineNumber, String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            throw malformed(sourceName, lineNumber, line, "expected 3 fields date,type,name but found " + fields.length);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw malformed(sourceName, lineNumber, line, "date must be YYYY-MM-DD");
        }
        DayType type;
        try {
            type = DayType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed(sourceName, lineNumber, line, "type must be HOLIDAY or WORKDAY");
        }
        String name = fields[2].strip();
        if (name.isEmpty()) {
            throw malformed(sourceName, lineNumber, line, "name is empty");
        }
        return new CalendarEntry(date, type, name);
    }

    private static IllegalArgumentException malformed(String sourceName, int lineNumber, String line, String problem) {
        return new IllegalArgumentException(
                sourceName + " line " + lineNumber + ": " + problem + " (line was: \"" + line + "\")");
    }
}
