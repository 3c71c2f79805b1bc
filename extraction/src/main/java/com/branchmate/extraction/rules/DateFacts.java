package com.branchmate.extraction.rules;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.rules.Reading.Clause;
import com.branchmate.extraction.rules.Reading.Found;

import java.util.List;
import java.util.regex.Pattern;

/** Birthdays, anniversaries and maturities from the dates of a clause; 改口说是... corrects the last date fact. */
final class DateFacts {

    /** 出生于1970年5月6日, 生于: the date that follows is the birth date. */
    private static final Pattern BORN_BEFORE = Pattern.compile("(出生|生)于\\s*$|出生日期(是|为)?\\s*$");
    private static final Pattern BIRTHDAY_PARTY = Pattern.compile("生日(会|宴|派对|聚会|礼物|蛋糕|祝福)");

    /** 下周三满六十, 下个月8号就满50岁了: on that day the person turns an age, so it is the birthday. */
    private static final Pattern TURNS = Pattern.compile(
            "\\s*(?:就|刚好|正好)?满\\s*[一二两三四五六七八九十\\d]{1,3}(?:岁|周岁)?(?![万千百天个月年周])");
    private static final Pattern DATE_OPENS = Pattern.compile("(就是|应该是|就|是|在)?");

    private DateFacts() {
    }

    static void dateFacts(Reading r, int index, Clause c, List<DateResolver.DateMention> clauseDates) {
        String s = c.text();
        List<DateResolver.DateMention> usable = clauseDates;
        if (usable.isEmpty() && r.lexicon.hasCue("event_dates", s) && index + 1 < r.clauses.size()) {
            // 生日 12月5日 / 下个月结婚，6月28号: the date may open the next clause
            Clause next = r.clauses.get(index + 1);
            List<DateResolver.DateMention> nextDates = r.datesIn(next);
            if (!nextDates.isEmpty() && DATE_OPENS.matcher(r.text.substring(next.start(), nextDates.get(0).start())).matches()) {
                usable = nextDates; // (生日快到了) 就这周六: a date opening the clause, after 就 or 是 at most
            }
        }
        if (usable.isEmpty() && r.lexicon.hasCue("event_dates", s) && index > 0) {
            // 下周二 生日: or close the clause before, in the same sentence
            Clause previous = r.clauses.get(index - 1);
            List<DateResolver.DateMention> previousDates = r.datesIn(previous);
            if (previous.sentence() == c.sentence() && !previousDates.isEmpty()
                    && previousDates.get(previousDates.size() - 1).end() == previous.end()) {
                usable = List.of(previousDates.get(previousDates.size() - 1));
            }
        }
        if (usable.isEmpty()) {
            return;
        }
        DateResolver.DateMention d = nearestBeforeEvent(r, c, usable);
        if (r.vague(d)) {
            return;
        }
        int person = r.personAt(Math.max(d.start(), c.start()));
        PeopleFinder.Mention named = r.lastMentionIn(c.start(), c.end());
        if (named != null && named.start() >= d.end() && !named.pronoun()) {
            person = named.person(); // 12月1号是林阿姨的生日: the date comes before the person it belongs to
        }
        boolean born = r.text.startsWith("生", d.end()) && !r.text.startsWith("生日", d.end())
                || TURNS.matcher(r.text).region(d.end(), r.text.length()).lookingAt() && !r.lexicon.hasCue("family",
                        r.withoutNames(r.text.substring(c.start(), Math.max(c.start(), d.start())))) // 儿子今天满三岁
                || r.text.startsWith("出生", d.end())
                || BORN_BEFORE.matcher(r.text.substring(c.start(), Math.max(c.start(), d.start()))).find();
        String birthday = r.lexicon.findCue("birthday", s);
        boolean relativeBirthday = birthday != null
                && r.lexicon.hasCue("family", r.withoutNames(s.substring(0, Math.max(0, s.indexOf(birthday)))));
        if (born || birthday != null && !BIRTHDAY_PARTY.matcher(s).find() && !relativeBirthday) {
            r.add(person, "birthday", lunarSaidAfter(r, d) ? lunarValue(d) : d.date().recurringValue(), null, d.start());
        } else if (s.contains("纪念日")) {
            int at = s.indexOf("纪念日");
            String what = s.substring(Math.max(0, at - 2), at) + "纪念日";
            r.add(person, "anniversary", d.date().recurringValue(), what, d.start());
        } else if (s.contains("结的婚") || s.contains("结婚的日子") || s.contains("结婚那天")) {
            r.add(person, "anniversary", d.date().recurringValue(), "结婚纪念日", d.start());
        } else if (s.contains("结婚") && s.contains("周年")) {
            // 结婚四十周年: the wedding day recurs
            r.add(person, "anniversary", d.date().recurringValue(), "结婚纪念日", d.start());
        } else if ((s.contains("结婚") || s.contains("婚礼")) && !familyMemberMarries(r, s)
                && !continuesFamilyWedding(r, index, c)) {
            // a wedding to come is one day, its solar date even when said on the lunar calendar (正月初六结婚)
            r.add(person, "anniversary", d.date().isoValue(), "结婚", d.start());
        } else if (r.lexicon.hasCue("maturity", s) && nearMaturityWord(r, c, d)) {
            r.add(person, "maturity", d.date().isoValue(), null, d.start());
        }
    }

    /**
     * The day a product matures stands close to 到期 (九月十号到期, 到期日是12月5号, 12月5日那笔理财到期); a day said far
     * before it in a long dictated clause (今天那个…定期到期后转成年金) is when something else happened.
     */
    private static boolean nearMaturityWord(Reading r, Clause c, DateResolver.DateMention d) {
        int cue = c.start() + r.lexicon.cueIndex("maturity", c.text());
        return d.start() >= cue || cue - d.end() <= MATURITY_REACH;
    }

    private static final int MATURITY_REACH = 20;

    /** 生日是九月九号 阴历, 3月8号（农历）: the calendar named after a month and day written as on the solar one. */
    private static boolean lunarSaidAfter(Reading r, DateResolver.DateMention d) {
        DateResolver.ResolvedDate date = d.date();
        return !date.lunar() && !date.relative() && !date.yearGiven()
                && LUNAR_AFTER.matcher(r.text).region(d.end(), r.text.length()).lookingAt();
    }

    /** The month and day as written, on the lunar calendar. */
    private static String lunarValue(DateResolver.DateMention d) {
        return String.format("lunar:--%02d-%02d", d.date().date().getMonthValue(), d.date().date().getDayOfMonth());
    }

    private static final Pattern LUNAR_AFTER = Pattern.compile("[\\s,，(（]*(?:是|过)?(?:阴历|农历|老历)(?!年|[正腊冬一二三四五六七八九十\\d])");

    /**
     * 今天跟我说她下个礼拜二过生日: of several dates, the last one before the event word (生日, 到期…) is the event's;
     * with none before it, the first of the clause (生日是3月5号).
     */
    private static DateResolver.DateMention nearestBeforeEvent(Reading r, Clause c, List<DateResolver.DateMention> dates) {
        int event = r.lexicon.cueIndex("event_dates", c.text());
        DateResolver.DateMention before = event == Integer.MAX_VALUE || event < 0 ? null
                : Reading.lastDateBefore(dates, c.start() + event);
        return before != null ? before : dates.get(0);
    }

    /** 说错了 是13306781245 / 改口说是下周二: the new date replaces the last date fact of the person. */
    static boolean correctDate(Reading r, Clause c, DateResolver.DateMention d) {
        int person = r.personAt(c.start());
        for (int i = r.facts.size() - 1; i >= 0; i--) {
            Found f = r.facts.get(i);
            if (f.person() != person) {
                continue;
            }
            String value = switch (f.key()) {
                case "birthday" -> d.date().recurringValue();
                case "maturity" -> d.date().isoValue();
                case "anniversary" -> f.value().startsWith("--") ? d.date().recurringValue() : d.date().isoValue();
                default -> null;
            };
            if (value != null) {
                r.facts.set(i, new Found(person, f.key(), value, f.note(), d.start()));
                return true;
            }
        }
        return false;
    }

    /** 女儿今年结婚 婚礼定在5月2日: the clause before, in the same sentence and naming nobody new, was the relative's. */
    private static boolean continuesFamilyWedding(Reading r, int index, Clause c) {
        if (index == 0 || r.lastMentionIn(c.start(), c.end()) != null) {
            return false;
        }
        Clause before = r.clauses.get(index - 1);
        return before.sentence() == c.sentence() && r.lastMentionIn(before.start(), before.end()) == null
                && (before.text().contains("结婚") || before.text().contains("婚礼"))
                && familyMemberMarries(r, before.text());
    }

    /** 女儿下个月结婚: a family member's wedding is not the person's anniversary (和男朋友结婚 still is). */
    static boolean familyMemberMarries(Reading r, String clause) {
        int wedding = clause.indexOf("结婚") >= 0 ? clause.indexOf("结婚") : clause.indexOf("婚礼");
        String before = r.withoutNames(clause.substring(0, wedding));
        return r.lexicon.hasCue("family", before) && !before.matches(".*[和跟与].*");
    }
}
