package com.branchmate.extraction;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.text.Amounts;
import com.branchmate.extraction.text.ChineseNumerals;
import com.branchmate.extraction.text.NormalizedText;
import com.hankcs.hanlp.HanLP;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The outside reference tables of test resources {@code reference/} (amounts.tsv, dates.tsv: built from public
 * packages, each file's header names them) and how our readers score on them: right, wrong (a value that differs
 * from the reference: the silent error that matters most) and missing (no value where the reference has one).
 */
public final class ReferenceTables {

    /** One reference row: the columns of the file by header name. */
    public record Row(String text, String expected, String kind, String referenceDate, String source) {

        public boolean traditional() {
            return !HanLP.convertToSimplifiedChinese(text).equals(text);
        }
    }

    public record Score(String table, int right, int wrong, int missing, List<String> wrongRows,
                        List<String> missingRows) {

        public int total() {
            return right + wrong + missing;
        }

        public double rightShare() {
            return total() == 0 ? 0 : (double) right / total();
        }

        public String line() {
            return String.format("%-34s %4d rows: right %4d (%5.1f%%), wrong %3d, missing %3d", table, total(), right,
                    100 * rightShare(), wrong, missing);
        }
    }

    private ReferenceTables() {
    }

    public static List<Row> load(String name) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ReferenceTables.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("reference/" + name + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (header == null) {
                    header = cells;
                    continue;
                }
                rows.add(new Row(cell(header, cells, "text"), cell(header, cells, "expected"),
                        cell(header, cells, "kind"), cell(header, cells, "referenceDate"), cell(header, cells, "source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        int at = header.indexOf(column);
        return at < 0 || at >= cells.size() ? "" : cells.get(at);
    }

    /** What we read from a row of amounts.tsv: the first number, or the first sum of money in yuan. */
    public static Optional<String> readAmount(Row row) {
        String text = NormalizedText.of(row.text()).text();
        if (row.kind().equals("amount")) {
            long yuan = Amounts.firstYuan(text);
            return yuan < 0 ? Optional.empty() : Optional.of(Long.toString(yuan));
        }
        return ChineseNumerals.first(text).map(BigDecimal::toPlainString);
    }

    /** What we read from a row of dates.tsv: the first date, resolved against the row's reference date. */
    public static Optional<String> readDate(Row row) {
        String text = NormalizedText.of(row.text()).text();
        return new DateResolver().resolve(text, LocalDate.parse(row.referenceDate())).map(LocalDate::toString);
    }

    public static Score score(String table, List<Row> rows, Predicate<Row> part, Function<Row, Optional<String>> reader) {
        int right = 0;
        int wrong = 0;
        int missing = 0;
        List<String> wrongRows = new ArrayList<>();
        List<String> missingRows = new ArrayList<>();
        for (Row row : rows) {
            if (!part.test(row)) {
                continue;
            }
            Optional<String> actual = reader.apply(row);
            boolean expectsValue = !row.expected().isEmpty();
            if (actual.isPresent() && expectsValue && same(actual.get(), row.expected())
                    || actual.isEmpty() && !expectsValue) {
                right++;
            } else if (actual.isEmpty()) {
                missing++;
                missingRows.add(row.text() + " → (nothing), expected " + row.expected());
            } else {
                wrong++;
                wrongRows.add(row.text() + " → " + actual.get() + ", expected "
                        + (expectsValue ? row.expected() : "nothing") + "  [" + row.source() + "]");
            }
        }
        return new Score(table, right, wrong, missing, wrongRows, missingRows);
    }

    private static boolean same(String actual, String expected) {
        try {
            return new BigDecimal(actual).compareTo(new BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return actual.equals(expected);
        }
    }

    /** Every table, simplified and traditional rows apart. */
    public static List<Score> all() {
        List<Row> amounts = load("amounts.tsv");
        List<Score> scores = new ArrayList<>();
        scores.add(score("amounts, simplified", amounts, r -> !r.traditional(), ReferenceTables::readAmount));
        scores.add(score("amounts, traditional", amounts, Row::traditional, ReferenceTables::readAmount));
        if (ReferenceTables.class.getResource("/reference/dates.tsv") != null) {
            List<Row> dates = load("dates.tsv");
            scores.add(score("dates, simplified", dates, r -> !r.traditional(), ReferenceTables::readDate));
            scores.add(score("dates, traditional", dates, Row::traditional, ReferenceTables::readDate));
        }
        return scores;
    }
}
