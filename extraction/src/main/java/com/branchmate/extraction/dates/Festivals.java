package com.branchmate.extraction.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The named days of {@code classpath:extraction/dates/festivals.txt} (元旦, 春节, 中秋, 清明, 国庆...): their
 * calendar and what "X后" means. Immutable after loading.
 */
record Festivals(Map<String, Day> byName, Pattern pattern, Pattern vagueAfter) {

    /**
     * One named day. {@code calendar} is solar, lunar or term; {@code day} is -1 for the last day of the month
     * (除夕); {@code daysAfter} is how far "X后第一天" lands.
     */
    record Day(String calendar, int month, int day, int daysAfter) {
    }

    static Festivals load() {
        Map<String, Day> byName = new LinkedHashMap<>();
        try (InputStream in = Festivals.class.getResourceAsStream("/extraction/dates/festivals.txt")) {
            if (in == null) {
                throw new IllegalStateException("extraction/dates/festivals.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String[] calendar = parts[1].strip().split("\\s+");
                int month = 0;
                int day = 0;
                if (!calendar[0].equals("term")) {
                    String[] md = calendar[1].split("-");
                    month = Integer.parseInt(md[0]);
                    day = md[1].equals("last") ? -1 : Integer.parseInt(md[1]);
                }
                Day d = new Day(calendar[0], month, day, Integer.parseInt(parts[2].strip()));
                for (String name : parts[0].strip().split("\\s+")) {
                    byName.put(name, d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String names = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // "X后" alone is as vague as 节后; only the first day after it (国庆后第一个工作日) is a day
        String firstDay = "的?第一天|的?第一个?工作日|上班|的?头一天";
        Pattern pattern = Pattern.compile("(" + names + ")(之前|前|(?:之后|以后|后)(?=" + firstDay + "))?");
        Pattern vagueAfter = Pattern.compile("(?:" + names + ")(?:之后|以后|后)(?!" + firstDay + ")");
        return new Festivals(Map.copyOf(byName), pattern, vagueAfter);
    }
}
