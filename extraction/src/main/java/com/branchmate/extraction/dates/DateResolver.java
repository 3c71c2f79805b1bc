package com.branchmate.extraction.dates;

import com.branchmate.extraction.LunarLock;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.Solar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds day-precise date expressions in Chinese text (今天, 下周三, 月底, 3月8日, 12/5, 农历八月十五, 国庆...) and
 * resolves them against a reference date. Dates without a year are the next occurrence on or after the reference
 * date, because notes talk about what is coming. Expressions that only name a week, a month or a year (下周, 下个月,
 * 明年) are not dates here. Impossible dates (2月30日) are skipped, never thrown. Stateless, so thread-safe.
 */
public class DateResolver {

    /** The zone in which "today" is read, for callers that start from a clock. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A date expression found in text, with its span and what it resolves to. */
    public record DateMention(int start, int end, String text, ResolvedDate date) {
    }

    /**
     * A resolved date. {@code date} is the solar date of the next occurrence (or the stated date when the year is
     * given); {@code yearGiven} says the text named the year; lunar dates keep their lunar month and day so a
     * birthday can be stored as {@code lunar:--MM-DD}; {@code relative} marks 今天/下周三-like expressions.
     */
    public record ResolvedDate(LocalDate date, boolean yearGiven, boolean lunar, int lunarMonth, int lunarDay,
                               boolean relative) {

        /** ISO date, for events, maturities and task due dates. */
        public String isoValue() {
            return date.toString();
        }

        /** Value for a birthday or anniversary: YYYY-MM-DD when the year is known, --MM-DD, or lunar:--MM-DD. */
        public String recurringValue() {
            if (lunar) {
                return String.format("lunar:--%02d-%02d", lunarMonth, lunarDay);
            }
            if (yearGiven) {
                return date.toString();
            }
            return String.format("--%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        }
    }

    private static final String CN_NUM = "[零〇一二两三四五六七八九十廿]";
    private static final String NUM = "(?:\\d{1,2}|" + CN_NUM + "{1,3})";

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(" + NUM + ")\\s*月\\s*(" + NUM + ")\\s*[日号]?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])");
    private static final Pattern YEAR_WORD_DATE = Pattern.compile("(今年|明年|去年|后年)\\s*(" + NUM + ")\\s*月\\s*(" + NUM + ")\\s*[日号]?");
    private static final Pattern LUNAR_DATE = Pattern.compile(
            "(农历|阴历|旧历)?\\s*(正|腊|冬|十一|十二|[一二三四五六七八九十])月\\s*(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九十])(?![日号一二三四五六七八九十])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})(?!\\d)\\s*[日号]?|("
            + CN_NUM + "{1,2})月(" + CN_NUM + "{1,3})[日号])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?![\\d.]|\\s*[万亿千百%wWkK元块倍个岁年])");
    private static final Pattern DAY_WORD = Pattern.compile("大后天|今天|今日|明天|明日|后天|昨天|前天");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(下下个?|下个?|这个?|本|上个?)\\s*)?(周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern MONTH_END = Pattern.compile("(下个?月|这个?月|本月)?(月底|底|月末|初|月初|中旬|月中)");
    private static final Pattern MONTH_REL_DAY = Pattern.compile("(下个?月|这个?月|本月)\\s*(" + NUM + ")\\s*[日号]");
    private static final Pattern BARE_DAY = Pattern.compile("(?<![\\d月.])(\\d{1,2}|" + CN_NUM + "{1,3})\\s*[日号](?!\\s*[楼线窗柜房门台])");
    private static final Pattern HOLIDAY = Pattern.compile("(春节|过年|元宵节?|端午节?|中秋节?|七夕节?|除夕|元旦|五一|劳动节|国庆节?)(前|后|之前|之后)?");

    /** The first date in the text, resolved; empty when there is none or it is impossible. */
    public Optional<LocalDate> resolve(String text, LocalDate referenceDate) {
        return find(text, referenceDate).stream().findFirst().map(m -> m.date().date());
    }

    /**
     * All date expressions of the text, in order, without overlaps. In "不是周三是周四" only 周四 is kept, since
     * the speaker corrected himself.
     */
    public List<DateMention> find(String text, LocalDate referenceDate) {
        if (text == null || text.isEmpty() || referenceDate == null) {
            return List.of();
        }
        List<DateMention> all = new ArrayList<>();
        scan(text, FULL_DATE, all, m -> solar(parseNumber(m.group(1)), parseNumber(m.group(2)),
                parseNumber(m.group(3)), true, false));
        scan(text, ISO_DATE, all, m -> solar(parseNumber(m.group(1)), parseNumber(m.group(2)),
                parseNumber(m.group(3)), true, false));
        scan(text, YEAR_WORD_DATE, all, m -> {
            int year = referenceDate.getYear() + switch (m.group(1)) {
                case "明年" -> 1;
                case "去年" -> -1;
                case "后年" -> 2;
                default -> 0;
            };
            return solar(year, parseNumber(m.group(2)), parseNumber(m.group(3)), true, false);
        });
        scan(text, LUNAR_DATE, all, m -> lunarMatch(m, referenceDate));
        scan(text, MONTH_DAY, all, m -> m.group(1) != null
                ? nextSolar(parseNumber(m.group(1)), parseNumber(m.group(2)), referenceDate)
                : nextSolar(parseNumber(m.group(3)), parseNumber(m.group(4)), referenceDate));
        scan(text, DOTTED, all, m -> nextSolar(parseNumber(m.group(1)), parseNumber(m.group(2)), referenceDate));
        scan(text, MONTH_REL_DAY, all, m -> monthRelativeDay(m.group(1), parseNumber(m.group(2)), referenceDate));
        scan(text, DAY_WORD, all, m -> relative(referenceDate.plusDays(switch (m.group()) {
            case "明天", "明日" -> 1;
            case "后天" -> 2;
            case "大后天" -> 3;
            case "昨天" -> -1;
            case "前天" -> -2;
            default -> 0;
        })));
        scan(text, WEEKDAY, all, m -> weekday(m.group(1), m.group(3), referenceDate));
        scan(text, MONTH_END, all, m -> monthPart(m.group(1), m.group(2), referenceDate));
        scan(text, BARE_DAY, all, m -> bareDay(parseNumber(m.group(1)), referenceDate));
        scan(text, HOLIDAY, all, m -> holiday(m.group(1), m.group(2), referenceDate));

        all.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<DateMention> kept = new ArrayList<>();
        int covered = -1;
        for (DateMention mention : all) {
            if (mention.start() >= covered) {
                kept.add(mention);
                covered = mention.end();
            }
        }
        return dropCorrected(text, kept);
    }

    private interface Resolver {
        ResolvedDate apply(Matcher m);
    }

    private static void scan(String text, Pattern pattern, List<DateMention> out, Resolver resolver) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            ResolvedDate date;
            try {
                date = resolver.apply(m);
            } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
                date = null; // an impossible date is no date
            }
            if (date != null) {
                out.add(new DateMention(m.start(), m.end(), m.group(), date));
            }
        }
    }

    private static final Pattern NOT_BUT = Pattern.compile("^\\s*[,，]?\\s*(而)?是\\s*$");

    private static List<DateMention> dropCorrected(String text, List<DateMention> mentions) {
        List<DateMention> result = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            DateMention m = mentions.get(i);
            boolean negated = text.substring(Math.max(0, m.start() - 2), m.start()).equals("不是");
            if (negated && i + 1 < mentions.size()
                    && NOT_BUT.matcher(text.substring(m.end(), mentions.get(i + 1).start())).matches()) {
                continue;
            }
            result.add(m);
        }
        return result;
    }

    private static ResolvedDate solar(int year, int month, int day, boolean yearGiven, boolean relative) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) {
            return null;
        }
        return new ResolvedDate(LocalDate.of(year, month, day), yearGiven, false, 0, 0, relative);
    }

    private static ResolvedDate relative(LocalDate date) {
        return new ResolvedDate(date, false, false, 0, 0, true);
    }

    /** The next month-day on or after the reference date; Feb 29 waits for a leap year. */
    private static ResolvedDate nextSolar(int month, int day, LocalDate ref) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        for (int year = ref.getYear(); year <= ref.getYear() + 8; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isBefore(ref)) {
                    return new ResolvedDate(candidate, false, false, 0, 0, false);
                }
            } catch (DateTimeException e) {
                if (!(month == 2 && day == 29)) {
                    return null;
                }
            }
        }
        return null;
    }

    private static ResolvedDate monthRelativeDay(String which, int day, LocalDate ref) {
        LocalDate month = which.startsWith("下") ? ref.plusMonths(1) : ref;
        return relative(month.withDayOfMonth(day));
    }

    private static ResolvedDate bareDay(int day, LocalDate ref) {
        if (day < 1 || day > 31) {
            return null;
        }
        // "4号" said on the 31st is next month's 4th; skip months without that day (31号 in a 30-day month).
        for (int i = 0; i < 3; i++) {
            LocalDate month = ref.plusMonths(i).withDayOfMonth(1);
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                if (!candidate.isBefore(ref)) {
                    return relative(candidate);
                }
            }
        }
        return null;
    }

    private static ResolvedDate weekday(String prefix, String dayWord, LocalDate ref) {
        int dayOfWeek = switch (dayWord) {
            case "一" -> 1;
            case "二" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            case "五" -> 5;
            case "六" -> 6;
            default -> 7;
        };
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String p = prefix == null ? "" : prefix.replace("个", "").trim();
        LocalDate date = switch (p) {
            case "下下" -> monday.plusWeeks(2).plusDays(dayOfWeek - 1);
            case "下" -> monday.plusWeeks(1).plusDays(dayOfWeek - 1);
            case "上" -> monday.minusWeeks(1).plusDays(dayOfWeek - 1);
            case "这", "本" -> monday.plusDays(dayOfWeek - 1);
            // a bare 周五 is the coming one
            default -> ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dayOfWeek)));
        };
        return relative(date);
    }

    private static ResolvedDate monthPart(String which, String part, LocalDate ref) {
        if (which == null && (part.equals("底") || part.equals("初"))) {
            return null; // a bare 底/初 is not a date (年底, 初中...)
        }
        LocalDate month = which != null && which.startsWith("下") ? ref.plusMonths(1) : ref;
        LocalDate date = switch (part) {
            case "月底", "底", "月末" -> month.withDayOfMonth(month.lengthOfMonth());
            case "初", "月初" -> month.withDayOfMonth(1);
            default -> month.withDayOfMonth(15);
        };
        if (which == null && date.isBefore(ref)) {
            date = date.plusMonths(1);
            if (part.contains("底") || part.contains("末")) {
                date = date.withDayOfMonth(date.lengthOfMonth());
            }
        }
        return relative(date);
    }

    private static ResolvedDate lunarMatch(Matcher m, LocalDate ref) {
        String monthWord = m.group(2);
        String dayWord = m.group(3);
        boolean marked = m.group(1) != null || monthWord.equals("正") || monthWord.equals("腊")
                || monthWord.equals("冬") || dayWord.startsWith("初") || dayWord.startsWith("廿");
        // "十月八" without 农历 is still most likely lunar (solar dates are written with 日/号 or digits)
        int month = switch (monthWord) {
            case "正" -> 1;
            case "冬" -> 11;
            case "腊" -> 12;
            default -> parseNumber(monthWord);
        };
        int day = parseNumber(dayWord.replace("初", ""));
        if (!marked && day > 30) {
            return null;
        }
        return nextLunar(month, day, ref);
    }

    /** The next solar date on or after the reference date whose lunar date is month-day (non-leap month). */
    static ResolvedDate nextLunar(int month, int day, LocalDate ref) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        synchronized (LunarLock.LOCK) {
            return nextLunarLocked(month, day, ref);
        }
    }

    private static ResolvedDate nextLunarLocked(int month, int day, LocalDate ref) {
        int lunarYear = Solar.fromYmd(ref.getYear(), ref.getMonthValue(), ref.getDayOfMonth()).getLunar().getYear();
        for (int year = lunarYear - 1; year <= lunarYear + 3; year++) {
            try {
                Solar solar = Lunar.fromYmd(year, month, day).getSolar();
                LocalDate candidate = LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
                if (!candidate.isBefore(ref)) {
                    return new ResolvedDate(candidate, false, true, month, day, false);
                }
            } catch (IllegalArgumentException e) {
                // day 30 in a 29-day month this year: try the next year
            }
        }
        return null;
    }

    private static ResolvedDate holiday(String name, String side, LocalDate ref) {
        ResolvedDate day = switch (name) {
            case "春节", "过年" -> nextLunar(1, 1, ref);
            case "元宵", "元宵节" -> nextLunar(1, 15, ref);
            case "端午", "端午节" -> nextLunar(5, 5, ref);
            case "中秋", "中秋节" -> nextLunar(8, 15, ref);
            case "七夕", "七夕节" -> nextLunar(7, 7, ref);
            case "除夕" -> newYearsEve(ref);
            case "元旦" -> nextSolar(1, 1, ref);
            case "五一", "劳动节" -> nextSolar(5, 1, ref);
            default -> nextSolar(10, 1, ref);
        };
        if (day == null) {
            return null;
        }
        LocalDate date = day.date();
        if (side != null && side.contains("前")) {
            date = date.minusDays(1);
        } else if (side != null && side.contains("后")) {
            // after the long breaks people mean the first working days, after the short ones the next day
            boolean longBreak = name.startsWith("春节") || name.equals("过年") || name.startsWith("国庆");
            date = date.plusDays(longBreak ? 7 : 1);
        }
        return relative(date);
    }

    private static ResolvedDate newYearsEve(LocalDate ref) {
        synchronized (LunarLock.LOCK) {
            return newYearsEveLocked(ref);
        }
    }

    private static ResolvedDate newYearsEveLocked(LocalDate ref) {
        int lunarYear = Solar.fromYmd(ref.getYear(), ref.getMonthValue(), ref.getDayOfMonth()).getLunar().getYear();
        for (int year = lunarYear; year <= lunarYear + 1; year++) {
            int last = LunarMonth.fromYm(year, 12).getDayCount();
            Solar solar = Lunar.fromYmd(year, 12, last).getSolar();
            LocalDate candidate = LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
            if (!candidate.isBefore(ref)) {
                return relative(candidate);
            }
        }
        return null;
    }

    /** Parses 12, 十二, 二十五, 廿三, 三十一; -1 when it is not a number. */
    static int parseNumber(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                digit = 0;
            } else if (c == '两') {
                digit = 2;
            }
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '廿') {
                value += 20;
                current = 0;
            } else {
                return -1;
            }
        }
        return value + current;
    }
}
