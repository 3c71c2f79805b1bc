package com.branchmate.extraction.dates;

import com.branchmate.extraction.LunarLock;
import com.branchmate.extraction.text.ChineseNumerals;
import com.branchmate.extraction.text.NormalizedText;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.Solar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds day-precise date expressions in Chinese text (今天, 明早, 前日, 下周三, 上上周五, 三天后, 上月底, 3月8日,
 * 二零二五年三月二十号, 12/5, 农历八月十五, 闰六月初一, 腊月三十, 中秋, 国庆后...) and resolves them against a reference
 * date; a named day (国庆, 中秋) of the past week is the one just past, since notes tell what happened at it. The
 * text is read normalised (traditional 號/週/禮拜 as simplified, full-width digits) and every span points
 * back into the text as given. Dates without a year are the next occurrence on or after the reference date,
 * because notes talk about what is coming. Expressions that only name a week, a month or a year (下周, 下个月, 明年)
 * and vague ones (过两天, 下个月初, 中旬, 节后) are not dates, and nothing inside them is read as one. A lunar day that
 * this year's month does not have (腊月三十 in a 29-day month) is the month's last day, as reminders count it.
 * Weekdays follow mainland usage: weeks start on Monday, 下周三 is Wednesday of next week, 这周一 is this week's
 * Monday even when past. Impossible dates (2月30日) are skipped, never thrown. Stateless, so thread-safe.
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

    private static final String CN_NUM = "[零〇一二两三四五六七八九十廿卅]";
    private static final String NUM = "(?:\\d{1,2}|" + CN_NUM + "{1,3})";
    private static final String YEAR = "(\\d{4}|[零〇一二三四五六七八九]{4})";
    private static final String LUNAR_MONTH = "(正|腊|冬|十一|十二|[一二三四五六七八九十])";
    private static final String LUNAR_DAY =
            "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九十])";
    private static final String MONTH_WORD = "(上上个?月|上个?月|下下个?月|下个?月|这个?月|本月)";

    private static final Pattern FULL_DATE = Pattern.compile(YEAR + "\\s*年\\s*(" + NUM + ")\\s*月\\s*(" + NUM + ")(?:\\s*[日号])?");
    /** 85年3月2号, 零五年六月一日: a year of two digits, the century being the one that puts it in the past. */
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile("(?<![\\d零〇一二三四五六七八九])(\\d{2}|[零〇一二三四五六七八九]{2})\\s*年\\s*("
            + NUM + ")\\s*月\\s*(" + NUM + ")(?:\\s*[日号])?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])");
    private static final Pattern YEAR_WORD_DATE = Pattern.compile("(今年|明年|去年|后年|前年)\\s*(" + NUM + ")\\s*月\\s*(" + NUM + ")(?:\\s*[日号])?");
    private static final Pattern LUNAR_DATE = Pattern.compile(
            "(?:(农历|阴历|旧历)\\s*)?" + LUNAR_MONTH + "月\\s*" + LUNAR_DAY + "(?![日号一二三四五六七八九十])");
    private static final Pattern LUNAR_DIGITS = Pattern.compile("(?:农历|阴历|旧历)\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?!\\d)(?:\\s*[日号])?");
    private static final Pattern LEAP_LUNAR_DATE = Pattern.compile(
            "(?:(?:农历|阴历|旧历)\\s*)?闰\\s*" + LUNAR_MONTH + "月\\s*" + LUNAR_DAY + "(?![日号一二三四五六七八九十])");
    /** 初五 alone, at the turn of the lunar year; not a school grade (读初三, 初三学生). */
    private static final Pattern BARE_LUNAR_DAY = Pattern.compile(
            "(?<![读上念升考高月年])初([一二三四五六七八九十])(?![中学级生一二三四五六七八九十])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})(?!\\d)(?:\\s*[日号])?|("
            + CN_NUM + "{1,2})月(" + CN_NUM + "{1,3})[日号])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?![\\d.]|\\s*[万亿千百%wWkK元块倍个岁年])");
    private static final Pattern DAY_WORD = Pattern.compile(
            "大后天|大前天|今天|今日|今早|今晨|今晚|今夜|明天|明日|明早|明晨|明晚|后天|后日|昨天|昨日|昨晚|昨夜|前天|前日|前晚"
                    + "|今儿|明儿|昨儿");
    /** 三天后, 3日后, 一周后, 两个礼拜前, 10天之后. */
    private static final Pattern DAYS_FROM_NOW = Pattern.compile(
            "(\\d{1,3}|[一二两三四五六七八九十百]{1,4})\\s*个?\\s*(天|日|周|星期|礼拜)\\s*(?:之|以)?(后|前)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(上上个?|下下个?|上个?|下个?|这个?|本)\\s*)?(周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern MONTH_END = Pattern.compile(MONTH_WORD + "?(月底|底|月末)");
    /** 4月底, 明年三月末, 十二月份底: the last day of a month named by its number (not 2025年4月底: a year of digits). */
    private static final Pattern NUMBERED_MONTH_END = Pattern.compile(
            "(?<![\\d.年零〇一二两三四五六七八九十])(今年|明年)?(\\d{1,2}|十[一二]|[一二三四五六七八九十])\\s*月份?\\s*(?:底|末)");
    private static final Pattern MONTH_REL_DAY = Pattern.compile(MONTH_WORD + "\\s*(" + NUM + ")\\s*[日号]");
    private static final Pattern BARE_DAY = Pattern.compile(
            "(?<![\\d月.零〇一二两三四五六七八九十廿卅])(\\d{1,2}|" + CN_NUM + "{1,3})\\s*[日号](?!\\s*[楼线窗柜房门台])");
    /** Said, but not a day: nothing inside these is read as a date. */
    private static final Pattern VAGUE = Pattern.compile(
            "过两天|过几天|这几天|这两天|前几天|明后天|今明两天|改天|节后|节前|年后|年前|"
                    + MONTH_WORD + "?(?:月初|月中|上旬|中旬|下旬)|"
                    + MONTH_WORD + "(?:初|中)(?![一二三四五六七八九十])");
    private static final Festivals FESTIVALS = Festivals.load();

    /** The first date in the text, resolved; empty when there is none or it is impossible. */
    public Optional<LocalDate> resolve(String text, LocalDate referenceDate) {
        return find(text, referenceDate).stream().findFirst().map(m -> m.date().date());
    }

    /**
     * All date expressions of the text, in order, without overlaps. In "不是周三是周四" only 周四 is kept, since
     * the speaker corrected himself, and it stands where 周三 was, next to the word the date went with.
     */
    public List<DateMention> find(String text, LocalDate referenceDate) {
        if (text == null || text.isEmpty() || referenceDate == null) {
            return List.of();
        }
        NormalizedText normalized = NormalizedText.of(text);
        List<DateMention> result = new ArrayList<>();
        for (DateMention m : findNormalized(normalized.text(), referenceDate)) {
            int start = normalized.originalIndex(m.start());
            int end = normalized.originalEnd(m.start(), m.end());
            result.add(new DateMention(start, end, text.substring(start, end), m.date()));
        }
        return result;
    }

    private List<DateMention> findNormalized(String text, LocalDate referenceDate) {
        List<DateMention> all = new ArrayList<>();
        scan(text, FULL_DATE, all, m -> solar(parseNumber(m.group(1)), parseNumber(m.group(2)),
                parseNumber(m.group(3)), true, false));
        scan(text, SHORT_YEAR_DATE, all, m -> {
            int yy = m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1))
                    : "零一二三四五六七八九".indexOf(m.group(1).replace('〇', '零').charAt(0)) * 10
                    + "零一二三四五六七八九".indexOf(m.group(1).replace('〇', '零').charAt(1));
            int century = yy > referenceDate.getYear() % 100 ? 1900 : 2000;
            return yy < 0 ? null : solar(century + yy, parseNumber(m.group(2)), parseNumber(m.group(3)), true, false);
        });
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
        scan(text, LUNAR_DIGITS, all, m -> nextLunar(parseNumber(m.group(1)), parseNumber(m.group(2)), referenceDate));
        scan(text, LEAP_LUNAR_DATE, all, m -> nextLeapLunar(lunarMonth(m.group(1)),
                parseNumber(m.group(2).replace("初", "")), referenceDate));
        scan(text, BARE_LUNAR_DAY, all, m -> nextLunarDay(parseNumber(m.group(1)), referenceDate));
        scan(text, MONTH_DAY, all, m -> m.group(1) != null
                ? nextSolar(parseNumber(m.group(1)), parseNumber(m.group(2)), referenceDate)
                : nextSolar(parseNumber(m.group(3)), parseNumber(m.group(4)), referenceDate));
        scan(text, DOTTED, all, m -> nextSolar(parseNumber(m.group(1)), parseNumber(m.group(2)), referenceDate));
        scan(text, MONTH_REL_DAY, all, m -> monthRelativeDay(m.group(1), parseNumber(m.group(2)), referenceDate));
        scan(text, DAY_WORD, all, m -> relative(referenceDate.plusDays(switch (m.group().substring(0, m.group().length() - 1)) {
            case "明" -> 1;
            case "后" -> 2;
            case "大后" -> 3;
            case "昨" -> -1;
            case "前" -> -2;
            case "大前" -> -3;
            default -> 0;
        })));
        scan(text, DAYS_FROM_NOW, all, m -> {
            int n = parseNumber(m.group(1));
            if (n < 0 || n > 400) {
                return null;
            }
            int days = m.group(2).equals("天") || m.group(2).equals("日") ? n : n * 7;
            return relative(referenceDate.plusDays(m.group(3).equals("后") ? days : -days));
        });
        scan(text, WEEKDAY, all, m -> weekday(m.group(1), m.group(3), referenceDate));
        scan(text, MONTH_END, all, m -> monthPart(m.group(1), m.group(2), referenceDate));
        scan(text, NUMBERED_MONTH_END, all, m -> numberedMonthEnd(m.group(1), parseNumber(m.group(2)), referenceDate));
        scan(text, BARE_DAY, all, m -> bareDay(parseNumber(m.group(1)), referenceDate));
        scan(text, FESTIVALS.pattern(), all, m -> holiday(m.group(1), m.group(2),
                WORKING_DAY.matcher(text).region(m.end(), text.length()).lookingAt(), referenceDate));

        List<int[]> vague = new ArrayList<>();
        for (Pattern p : List.of(VAGUE, FESTIVALS.vagueAfter())) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                vague.add(new int[] {m.start(), m.end()});
            }
        }
        all.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<DateMention> kept = new ArrayList<>();
        int covered = -1;
        for (DateMention mention : all) {
            if (mention.start() >= covered && !cutsIntoVague(mention, vague)) {
                kept.add(mention);
                covered = mention.end();
            }
        }
        return dropCorrected(text, kept);
    }

    /** 下个月初五 is a date, 下个月初 is not: a mention may hold a vague phrase whole, never cut into one. */
    private static boolean cutsIntoVague(DateMention mention, List<int[]> vague) {
        for (int[] v : vague) {
            boolean overlaps = mention.start() < v[1] && v[0] < mention.end();
            boolean holds = mention.start() <= v[0] && v[1] <= mention.end();
            if (overlaps && !holds) {
                return true;
            }
        }
        return false;
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

    /** What stands between the wrong date and the right one: 而是, or the word the date went with (到期 是). */
    private static final Pattern NOT_BUT = Pattern.compile("^\\s*(?:[\\u4e00-\\u9fff&&[^就而是]]{1,3})?\\s*[,，]?\\s*(而)?是\\s*$");

    private static List<DateMention> dropCorrected(String text, List<DateMention> mentions) {
        List<DateMention> result = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            DateMention m = mentions.get(i);
            boolean negated = text.substring(Math.max(0, m.start() - 2), m.start()).equals("不是");
            if (negated && i + 1 < mentions.size()
                    && NOT_BUT.matcher(text.substring(m.end(), mentions.get(i + 1).start())).matches()) {
                // the right date takes the wrong one's place, next to the word it goes with (不是10号到期 是20号)
                result.add(new DateMention(m.start(), m.end(), m.text(), mentions.get(i + 1).date()));
                i++;
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
        return relative(month(which, ref).withDayOfMonth(day));
    }

    /** The first day of the month that 上个月/下下个月/这个月 names. */
    private static LocalDate month(String which, LocalDate ref) {
        LocalDate first = ref.withDayOfMonth(1);
        if (which == null) {
            return first;
        }
        String w = which.replace("个", "");
        return switch (w) {
            case "上上月" -> first.minusMonths(2);
            case "上月" -> first.minusMonths(1);
            case "下下月" -> first.plusMonths(2);
            case "下月" -> first.plusMonths(1);
            default -> first;
        };
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
            case "上上" -> monday.minusWeeks(2).plusDays(dayOfWeek - 1);
            case "下" -> monday.plusWeeks(1).plusDays(dayOfWeek - 1);
            case "上" -> monday.minusWeeks(1).plusDays(dayOfWeek - 1);
            case "这", "本" -> monday.plusDays(dayOfWeek - 1);
            // a bare 周五 is the coming one
            default -> ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dayOfWeek)));
        };
        return relative(date);
    }

    /** 月底, 上月底, 下个月月末: the last day of that month; a bare 月底 already past is next month's. */
    private static ResolvedDate monthPart(String which, String part, LocalDate ref) {
        if (which == null && part.equals("底")) {
            return null; // a bare 底 is not a date (年底, 心里有底...)
        }
        LocalDate month = month(which, ref);
        LocalDate date = month.withDayOfMonth(month.lengthOfMonth());
        if (which == null && date.isBefore(ref)) {
            LocalDate next = month.plusMonths(1);
            date = next.withDayOfMonth(next.lengthOfMonth());
        }
        return relative(date);
    }

    /** 4月底: the last day of that month, the coming one (this year's when not past), or of next year's with 明年. */
    private static ResolvedDate numberedMonthEnd(String yearWord, int month, LocalDate ref) {
        if (month < 1 || month > 12) {
            return null;
        }
        LocalDate end = YearMonth.of(ref.getYear(), month).atEndOfMonth();
        if ("明年".equals(yearWord) || yearWord == null && end.isBefore(ref)) {
            end = YearMonth.of(ref.getYear() + 1, month).atEndOfMonth();
        }
        return yearWord == null ? new ResolvedDate(end, false, false, 0, 0, false) : solar(end.getYear(),
                end.getMonthValue(), end.getDayOfMonth(), true, false);
    }

    private static ResolvedDate lunarMatch(Matcher m, LocalDate ref) {
        String monthWord = m.group(2);
        String dayWord = m.group(3);
        boolean marked = m.group(1) != null || monthWord.equals("正") || monthWord.equals("腊")
                || monthWord.equals("冬") || dayWord.startsWith("初") || dayWord.startsWith("廿");
        // "十月八" without 农历 is still most likely lunar (solar dates are written with 日/号 or digits)
        int month = lunarMonth(monthWord);
        int day = parseNumber(dayWord.replace("初", ""));
        if (!marked && day > 30) {
            return null;
        }
        return nextLunar(month, day, ref);
    }

    private static int lunarMonth(String word) {
        return switch (word) {
            case "正" -> 1;
            case "冬" -> 11;
            case "腊" -> 12;
            default -> parseNumber(word);
        };
    }

    /**
     * The next solar date on or after the reference date whose lunar date is month-day (ordinary month). A day the
     * month does not have this year (30 in a 29-day month) is its last day; the value keeps the day as said.
     */
    /**
     * The next solar date on or after {@code from} of lunar {@code month} (1-12) and {@code day} (1-30): day 30 of a
     * month of 29 days falls on its last day, and a leap month counts as the ordinary one's repeat, not its date.
     * Empty for a month or day out of range. Birthday reminders use it, so notes and reminders agree on every date.
     */
    public static Optional<LocalDate> nextLunarDate(int month, int day, LocalDate from) {
        return Optional.ofNullable(nextLunar(month, day, from)).map(ResolvedDate::date);
    }

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
        for (int year = lunarYear - 1; year <= lunarYear + 1; year++) {
            LocalDate candidate = solarOfLunar(year, month, day);
            if (candidate != null && !candidate.isBefore(ref)) {
                return new ResolvedDate(candidate, false, true, month, day, false);
            }
        }
        return null;
    }

    /** The solar date of lunar year-month-day; lunar-java numbers a leap month negatively. */
    private static LocalDate solarOfLunar(int year, int month, int day) {
        try {
            int days = LunarMonth.fromYm(year, month).getDayCount();
            Solar solar = Lunar.fromYmd(year, month, Math.min(day, days)).getSolar();
            return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null; // no such month this year (a leap month most years)
        }
    }

    /** 闰六月十五: the next year that has that leap month. */
    static ResolvedDate nextLeapLunar(int month, int day, LocalDate ref) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        synchronized (LunarLock.LOCK) {
            int lunarYear = Solar.fromYmd(ref.getYear(), ref.getMonthValue(), ref.getDayOfMonth()).getLunar().getYear();
            for (int year = lunarYear - 1; year <= lunarYear + 40; year++) {
                if (LunarMonth.fromYm(year, -month) == null) {
                    continue;
                }
                LocalDate candidate = solarOfLunar(year, -month, day);
                if (candidate != null && !candidate.isBefore(ref)) {
                    return new ResolvedDate(candidate, false, true, month, day, false);
                }
            }
        }
        return null;
    }

    /** 初五 alone: that day of the current lunar month when still ahead, else of the next one. */
    private static ResolvedDate nextLunarDay(int day, LocalDate ref) {
        if (day < 1 || day > 10) {
            return null;
        }
        synchronized (LunarLock.LOCK) {
            Lunar today = Solar.fromYmd(ref.getYear(), ref.getMonthValue(), ref.getDayOfMonth()).getLunar();
            LocalDate date = solarOfLunar(today.getYear(), today.getMonth(), day);
            if (date == null || date.isBefore(ref)) {
                int length = LunarMonth.fromYm(today.getYear(), today.getMonth()).getDayCount();
                LocalDate firstOfNext = ref.plusDays(length - today.getDay() + 1L);
                Lunar next = Solar.fromYmd(firstOfNext.getYear(), firstOfNext.getMonthValue(),
                        firstOfNext.getDayOfMonth()).getLunar();
                date = solarOfLunar(next.getYear(), next.getMonth(), day);
            }
            return date == null ? null : relative(date);
        }
    }

    /** 元旦后第一个工作日: said of a working day, which a Saturday or a Sunday is not. */
    private static final Pattern WORKING_DAY = Pattern.compile("的?第一个?工作日");

    private static ResolvedDate holiday(String name, String side, boolean workingDay, LocalDate ref) {
        Festivals.Day festival = FESTIVALS.byName().get(name);
        if (festival == null) {
            return null;
        }
        // a named day of the past week is that one (三八节收到花, said on the 9th), else the coming one
        ResolvedDate recent = side == null ? occurrence(festival, ref.minusDays(RECENT_DAYS)) : null;
        ResolvedDate day = recent != null && recent.date().isBefore(ref) ? recent : occurrence(festival, ref);
        if (day == null) {
            return null;
        }
        LocalDate date = day.date();
        if (side == null && festival.calendar().equals("lunar") && festival.day() > 0) {
            // 中秋那天生日 recurs on the lunar day, like 八月十五
            return new ResolvedDate(date, false, true, festival.month(), festival.day(), true);
        }
        if (side != null && side.contains("前")) {
            date = date.minusDays(1);
        } else if (side != null && side.contains("后")) {
            // after the long breaks people mean the first working days, after the short ones the next day; a
            // working day said as such is no Saturday or Sunday (元旦后第一个工作日, New Year's Day on a Friday)
            date = date.plusDays(festival.daysAfter());
            while (workingDay && date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                date = date.plusDays(1);
            }
        }
        return relative(date);
    }

    private static final int RECENT_DAYS = 7;

    /** The named day on or after {@code from}. */
    private static ResolvedDate occurrence(Festivals.Day festival, LocalDate from) {
        return switch (festival.calendar()) {
            case "solar" -> nextSolar(festival.month(), festival.day(), from);
            case "lunar" -> festival.day() < 0 ? newYearsEve(from) : nextLunar(festival.month(), festival.day(), from);
            default -> nextQingming(from);
        };
    }

    private static ResolvedDate nextQingming(LocalDate ref) {
        synchronized (LunarLock.LOCK) {
            for (int year = ref.getYear(); year <= ref.getYear() + 1; year++) {
                Solar s = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable().get("清明");
                LocalDate date = LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
                if (!date.isBefore(ref)) {
                    return relative(date);
                }
            }
        }
        return null;
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

    /** Parses 12, 十二, 二十五, 廿三, 三十一, 二零二五 through the one numeral reader; -1 when it is not a number. */
    static int parseNumber(String s) {
        return ChineseNumerals.parseInt(s);
    }
}
