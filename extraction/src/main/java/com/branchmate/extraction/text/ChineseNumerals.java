package com.branchmate.extraction.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one reader of numbers in notes, day reports and dates: Arabic digits (with thousands commas and decimals),
 * Chinese numerals in everyday (一二三, 两, 十百千万亿, 零) and financial (壹贰叁...) forms, traditional ones (萬, 億,
 * 兩, 貳), mixed writing (3万5 = 35,000, 3.5万, 8千3 = 8,300, 一百零五万) and digit-by-digit strings (二零二五).
 * Vague numbers give no value: 十几, 几百, 大几百万, 一百多万, 七十多, 十来万, 数十万, 三四个.
 * Stateless and thread-safe.
 */
public final class ChineseNumerals {

    /**
     * A number as written in a text. {@code value} is empty when the number is vague ({@code vague} is then
     * true) or cannot be read; {@code bigUnit} says it was written with 万 or 亿, which is how people write money.
     */
    public record NumberMention(int start, int end, String text, Optional<BigDecimal> value, boolean vague,
                                boolean bigUnit) {
    }

    private static final String DIGITS = "零〇一二三四五六七八九";
    private static final String FINANCIAL = "零〇壹贰叁肆伍陆柒捌玖";
    private static final String VAGUE_DIGIT = "几幾";
    /** Follows a number and makes it approximate: 一百多, 十来万, 百余. */
    private static final String VAGUE_SUFFIX = "多余餘来來";
    /** Precedes a number and makes it approximate: 数十万. 大几百万 is vague through its 几. */
    private static final String VAGUE_PREFIX = "数數";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /** The value of a digit character (Arabic, full-width, Chinese, financial, traditional), else -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        int d = DIGITS.indexOf(c);
        if (d >= 0) {
            return d == 0 ? 0 : d - 1;
        }
        d = FINANCIAL.indexOf(c);
        if (d >= 0) {
            return d == 0 ? 0 : d - 1;
        }
        return switch (c) {
            case '两', '兩' -> 2;
            case '貳', '贰' -> 2;
            case '陸' -> 6;
            case '幺' -> 1;
            default -> -1;
        };
    }

    private static boolean arabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean chineseDigit(char c) {
        return !arabic(c) && digit(c) >= 0;
    }

    /** 10, 100 or 1000 for 十/百/千 and their financial forms, else 0. */
    private static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    private static boolean wan(char c) {
        return c == '万' || c == '萬';
    }

    private static boolean yi(char c) {
        return c == '亿' || c == '億';
    }

    private static boolean bigUnit(char c) {
        return wan(c) || yi(c);
    }

    private static boolean partOfNumber(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) || c == '廿' || c == '卅' || VAGUE_DIGIT.indexOf(c) >= 0;
    }

    private static boolean startsNumber(char c) {
        // a number does not start with 百/千/万 (百货, 千万别, 万一); 十五 and 廿三 do start with their unit
        return digit(c) >= 0 || c == '十' || c == '拾' || c == '廿' || c == '卅' || VAGUE_DIGIT.indexOf(c) >= 0;
    }

    /** Every number written in the text, in order, each as long as it goes (3万5千 is one number). */
    public static List<NumberMention> find(String text) {
        List<NumberMention> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!startsNumber(c) || i > 0 && arabic(c) && (arabic(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                i++;
                continue;
            }
            int end = dateAfterBigUnit(text, i, scanEnd(text, i));
            String raw = text.substring(i, end);
            boolean vague = raw.chars().anyMatch(ch -> VAGUE_DIGIT.indexOf(ch) >= 0)
                    || i > 0 && VAGUE_PREFIX.indexOf(text.charAt(i - 1)) >= 0;
            if (end < n && VAGUE_SUFFIX.indexOf(text.charAt(end)) >= 0 && !raw.endsWith(".")) {
                vague = true;
                end++;
                // 一百多万: the unit after 多 belongs to the vague number
                while (end < n && (smallUnit(text.charAt(end)) > 0 || bigUnit(text.charAt(end)))) {
                    end++;
                }
            }
            int start = i;
            if (start > 0 && text.charAt(start - 1) == '大' && VAGUE_DIGIT.indexOf(text.charAt(start)) >= 0) {
                start--; // 大几百万
            }
            String written = text.substring(start, end);
            Optional<BigDecimal> value = vague ? Optional.empty() : parse(raw);
            if (!vague && value.isEmpty() && approximateRange(raw)) {
                vague = true;
            }
            boolean big = written.chars().anyMatch(ch -> bigUnit((char) ch));
            out.add(new NumberMention(start, end, written, value, vague, big));
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * 20万5月30号: digits after 万/亿 that a date or time unit follows start the date, they are no 3万5-like tail;
     * the number ends with its 万/亿.
     */
    private static int dateAfterBigUnit(String text, int start, int end) {
        if (end >= text.length() || DATE_UNITS.indexOf(text.charAt(end)) < 0) {
            return end;
        }
        int unit = end - 1;
        while (unit > start && digit(text.charAt(unit)) >= 0) {
            unit--;
        }
        return unit > start && unit < end - 1 && bigUnit(text.charAt(unit)) ? unit + 1 : end;
    }

    private static final String DATE_UNITS = "月号號日点點时時年岁歲周週天";

    private static int scanEnd(String text, int start) {
        int n = text.length();
        int j = start;
        while (j < n) {
            char c = text.charAt(j);
            char prev = j > start ? text.charAt(j - 1) : 0;
            char next = j + 1 < n ? text.charAt(j + 1) : 0;
            if (partOfNumber(c)) {
                j++;
            } else if (c == ',' && arabic(prev) && thousandsGroup(text, j + 1)) {
                j++;
            } else if ((c == '.' || c == '点' || c == '點') && j > start && digit(prev) >= 0 && digit(next) >= 0
                    && (c == '.' || chineseDigit(prev) == chineseDigit(next))
                    || (c == '点' || c == '點') && j > start && (smallUnit(prev) > 0 || bigUnit(prev)) && chineseDigit(next)) {
                j++;
            } else if (c == ' ' && arabic(prev) && bigUnit(next)) {
                j++; // 345 万
            } else {
                break;
            }
        }
        return j;
    }

    /** Three Arabic digits at i and no fourth: 1,500 and 1,200,000 but not 3,5 or 1,5000. */
    private static boolean thousandsGroup(String text, int i) {
        if (i + 3 > text.length()) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!arabic(text.charAt(k))) {
                return false;
            }
        }
        return i + 3 == text.length() || !arabic(text.charAt(i + 3)) && text.charAt(i + 3) != '.';
    }

    /** 三四, 两三万, 七八十: two neighbouring digits that give a range, not a number. */
    private static boolean approximateRange(String s) {
        for (int k = 0; k + 1 < s.length(); k++) {
            char a = s.charAt(k);
            char b = s.charAt(k + 1);
            if (chineseDigit(a) && chineseDigit(b) && digit(a) > 0 && digit(b) == digit(a) + 1) {
                return true;
            }
        }
        return false;
    }

    /** The first number in the text, when it is certain. */
    public static Optional<BigDecimal> first(String text) {
        return find(text).stream().findFirst().flatMap(NumberMention::value);
    }

    /** A whole string read as one number (3万5, 一百零五万, 1,500, 二零二五, 十二); empty when not exactly a number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        for (int k = stripped.indexOf(','); k >= 0; k = stripped.indexOf(',', k + 1)) {
            if (k == 0 || !arabic(stripped.charAt(k - 1)) || !thousandsGroup(stripped, k + 1)) {
                return Optional.empty(); // 1,5000 or 3,5 is not one number
            }
        }
        String s = stripped.replace(",", "").replace(" ", "").replace('点', '.').replace('點', '.');
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (VAGUE_DIGIT.indexOf(c) >= 0 || !partOfNumber(c) && c != '.') {
                return Optional.empty();
            }
        }
        try {
            int point = s.indexOf('.');
            String fraction = point < 0 ? "" : s.substring(point + 1);
            BigDecimal value;
            if (point > 0 && !fraction.isEmpty() && fraction.chars().allMatch(ch -> digit((char) ch) >= 0)
                    && s.substring(0, point).chars().anyMatch(ch -> !arabic((char) ch) && digit((char) ch) < 0)) {
                // 一百二十点二五, 一万点五: a whole number with units, then the decimals digit by digit
                BigDecimal whole = readYi(s.substring(0, point));
                BigDecimal decimals = digitString("0." + fraction);
                value = whole == null || decimals == null ? null : whole.add(decimals);
            } else {
                value = readYi(s);
            }
            return value == null ? Optional.empty() : Optional.of(value.stripTrailingZeros());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A whole string as an int (for days, months, ages, counts), or -1. */
    public static int parseInt(String text) {
        return parse(text).filter(v -> v.signum() >= 0 && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)
                .map(BigDecimal::intValueExact).orElse(-1);
    }

    private static BigDecimal readYi(String s) {
        int at = lastIndex(s, ChineseNumerals::yi);
        if (at < 0) {
            return readWan(s);
        }
        BigDecimal high = readWan(s.substring(0, at));
        BigDecimal low = lowPart(s.substring(at + 1), HUNDRED_MILLION);
        return high == null || low == null || high.signum() == 0 ? null : high.multiply(HUNDRED_MILLION).add(low);
    }

    private static BigDecimal readWan(String s) {
        int at = lastIndex(s, ChineseNumerals::wan);
        if (at < 0) {
            return readSection(s);
        }
        BigDecimal high = readSection(s.substring(0, at));
        BigDecimal low = lowPart(s.substring(at + 1), TEN_THOUSAND);
        return high == null || low == null || high.signum() == 0 ? null : high.multiply(TEN_THOUSAND).add(low);
    }

    /**
     * What follows 万 or 亿: empty, 零五 (=5), a lone digit that counts in the next lower place (3万5 = 35,000,
     * 2亿5 = 250,000,000), or a full number below the unit.
     */
    private static BigDecimal lowPart(String s, BigDecimal unit) {
        if (s.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (s.length() == 1 && digit(s.charAt(0)) > 0) {
            return BigDecimal.valueOf(digit(s.charAt(0))).multiply(unit).divide(BigDecimal.TEN);
        }
        String rest = s.charAt(0) == '零' || s.charAt(0) == '〇' ? s.substring(1) : s;
        BigDecimal low = unit == HUNDRED_MILLION ? readWan(rest) : readSection(rest);
        if (low == null || low.compareTo(unit) >= 0) {
            return null;
        }
        return low;
    }

    private interface CharTest {
        boolean test(char c);
    }

    /** The last 亿 (or 万) splits high from low: in 十万亿 the 万 belongs to the high part. */
    private static int lastIndex(String s, CharTest test) {
        for (int k = s.length() - 1; k >= 0; k--) {
            if (test.test(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** A number below 10,000 (or any Arabic/digit-by-digit number): 八千三, 一百零五, 3.5, 1500, 二零二五, 廿三. */
    private static BigDecimal readSection(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean hasUnit = s.chars().anyMatch(ch -> smallUnit((char) ch) > 0 || ch == '廿' || ch == '卅');
        if (!hasUnit) {
            return digitString(s);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = null;
        int lastUnit = 100_000;
        boolean zeroSeen = false;
        int k = 0;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '.') {
                return null; // a decimal point only inside 3.5 or 三点五, read above
            }
            if (digit(c) >= 0) {
                int e = k;
                if (arabic(c)) {
                    while (e < s.length() && (arabic(s.charAt(e)) || s.charAt(e) == '.')) {
                        e++;
                    }
                    current = arabicValue(s.substring(k, e));
                } else if (digit(c) == 0) {
                    zeroSeen = true;
                    e = k + 1;
                } else {
                    if (current != null) {
                        return null; // 三四十: two digits in a row before a unit is a range
                    }
                    e = k + 1;
                    // 三点五 inside a section (三点五千 is rare, 3.5千 is written)
                    if (e + 1 < s.length() && s.charAt(e) == '.' && digit(s.charAt(e + 1)) >= 0) {
                        current = new BigDecimal(digit(c) + "." + digitString(s.substring(e + 1, e + 2)));
                        e += 2;
                    } else {
                        current = BigDecimal.valueOf(digit(c));
                    }
                }
                if (current == null && !zeroSeen) {
                    return null;
                }
                k = e;
                continue;
            }
            int unit = c == '廿' || c == '卅' ? 10 : smallUnit(c);
            if (unit == 0 || unit >= lastUnit) {
                return null;
            }
            BigDecimal times = c == '廿' ? BigDecimal.valueOf(2) : c == '卅' ? BigDecimal.valueOf(3) : current;
            if (times == null) {
                if (unit != 10) {
                    return null; // 百 alone is not a number; 十 alone is ten (十五, 一百十)
                }
                times = BigDecimal.ONE;
            }
            total = total.add(times.multiply(BigDecimal.valueOf(unit)));
            current = null;
            lastUnit = unit;
            zeroSeen = false;
            k++;
        }
        if (current != null) {
            boolean loneChineseDigit = s.length() >= 2 && chineseDigit(s.charAt(s.length() - 1))
                    && digit(s.charAt(s.length() - 2)) < 0;
            if (!zeroSeen && lastUnit >= 100 && loneChineseDigit) {
                // 一千二 = 1200, 八千三 = 8300, 两百五 = 250: a trailing digit counts in the next lower place
                current = current.multiply(BigDecimal.valueOf(lastUnit / 10));
            } else if (!zeroSeen && lastUnit >= 100 && arabic(s.charAt(s.length() - 1))
                    && current.compareTo(BigDecimal.TEN) < 0 && current.scale() <= 0) {
                current = current.multiply(BigDecimal.valueOf(lastUnit / 10)); // 8千3
            }
            if (current.compareTo(BigDecimal.valueOf(lastUnit)) >= 0) {
                return null;
            }
            total = total.add(current);
        }
        return total;
    }

    private static BigDecimal arabicValue(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c == '.' ? '.' : (char) ('0' + digit(c)));
        }
        return new BigDecimal(b.toString());
    }

    /** 1500, 3.5, 二零二五, 一二三: digits read one by one. */
    private static BigDecimal digitString(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean chinese = false;
        for (char c : s.toCharArray()) {
            if (c == '.') {
                b.append('.');
                continue;
            }
            int d = digit(c);
            if (d < 0) {
                return null;
            }
            chinese |= chineseDigit(c);
            b.append((char) ('0' + d));
        }
        if (chinese && s.length() == 2 && !s.contains(".")) {
            // 三四 or 一两 is a range; 二五 is not how anyone writes 25
            return null;
        }
        if (b.charAt(0) == '.' || b.charAt(b.length() - 1) == '.' || b.indexOf(".") != b.lastIndexOf(".")) {
            return null;
        }
        return new BigDecimal(b.toString());
    }
}
