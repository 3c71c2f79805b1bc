package com.branchmate.extraction.rules;

import com.branchmate.extraction.text.ChineseNumerals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money (50万, 三十万, 1,500元, 3万5, 1.5亿) as assets in yuan, and ages (65岁, 六十五岁) that are not a
 * family member's, both read by the one numeral reader of {@code text/}. Vague ones (大几百万, 七十多岁) are no fact.
 */
final class Amounts {

    private static final Pattern AGE_UNIT = Pattern.compile("\\s*(?:周岁|岁)");
    /** 今年48, 今年刚满60, 今年五十八了: a bare number after 今年 that ends the clause is an age. */
    private static final Pattern THIS_YEAR_BEFORE = Pattern.compile("今年(?:刚满|刚|满|已经)?$");
    private static final Pattern BARE_AGE_END = Pattern.compile("了?\\s*(?:[，,。;；、\\s]|$)");
    private static final Pattern AGE_HEDGE = Pattern.compile("\\s*(?:左右|上下|出头|的样子)");

    private Amounts() {
    }

    /** Whether the text names a sum of money, vague or not (owning 定期 is said by 三十万的定期 as by 一百多万的). */
    static boolean mentionsMoney(String text) {
        return !com.branchmate.extraction.text.Amounts.find(text).isEmpty();
    }

    static void findAmounts(Reading r) {
        for (com.branchmate.extraction.text.Amounts.AmountMention a : com.branchmate.extraction.text.Amounts.find(r.text)) {
            if (!a.vague() && !r.insideDate(a.start()) && !notHoldings(r, a.start())) {
                r.add(r.personAt(a.start()), "asset", Long.toString(a.yuan()), null, a.start());
            }
        }
    }

    /** 今年 right before the number, and after it 了 or the end of the clause (today's age, not a sum or a date). */
    private static boolean saidThisYear(Reading r, ChineseNumerals.NumberMention n) {
        if (!THIS_YEAR_BEFORE.matcher(r.text.substring(0, n.start())).find() || n.bigUnit()) {
            return false;
        }
        if (BARE_AGE_END.matcher(r.text).region(n.end(), r.text.length()).lookingAt()) {
            return true;
        }
        Reading.Clause c = r.clauseAt(n.start());
        return c != null && (n.end() == c.end() || r.text.startsWith("了", n.end())
                && (n.end() + 1 == c.end() || n.end() + 1 >= r.text.length()));
    }

    /**
     * The number is a clause of its own (or all that follows the person's mention in it), maybe with 了 after it, the
     * clause is about someone named as a customer, and the number is a plain one (no leading 0 of a phone's part, no
     * unit, no date).
     */
    private static boolean bareAfterCustomer(Reading r, ChineseNumerals.NumberMention n) {
        Reading.Clause c = r.clauseAt(n.start());
        if (c == null || n.bigUnit() || n.vague() || r.insideDate(n.start()) || n.text().startsWith("0")
                || n.text().length() > 3 || n.text().contains(".")) {
            return false;
        }
        if (!r.text.substring(r.anchor(c, n.start()), n.start()).isBlank()) {
            return false;
        }
        String rest = r.text.substring(n.end(), c.end()).strip();
        if (!rest.isEmpty() && !rest.equals("了")) {
            return false;
        }
        int person = r.personAt(n.start());
        if (person < 0) {
            return false;
        }
        com.branchmate.extraction.mentions.PeopleFinder.Person p = r.finder.people().get(person);
        return p.role == null && !p.staffTitle && (p.customerTitle || p.customerHint);
    }

    /** Between an age and the number n stands only a correction (不对 是, 说错了 应该是) and n is no amount of money. */
    private static boolean correctsAge(Reading r, int ageEnd, ChineseNumerals.NumberMention n) {
        String between = r.text.substring(ageEnd, n.start()).replaceAll("[\\s,，。.、]", "");
        String rest = r.text.substring(n.end(), Math.min(r.text.length(), n.end() + 1));
        return between.length() <= 6 && !n.bigUnit() && !rest.matches("[万千百元块亿号月日年个]")
                && r.lexicon.cue("correction").stream().anyMatch(cue -> between.matches(
                        java.util.regex.Pattern.quote(cue) + "(一下)?(了)?(应该是|是)?"));
    }

    /** 月薪三万, 预算一年五千, 任务还差300万: income, a budget or a target, said just before the sum, is not what someone holds. */
    private static boolean notHoldings(Reading r, int at) {
        return r.lexicon.hasCue("not_holdings", r.leadTo(r.clauseAt(at), at));
    }

    static void findAges(Reading r) {
        int lastAgeEnd = -1;
        for (ChineseNumerals.NumberMention n : ChineseNumerals.find(r.text)) {
            Matcher unit = AGE_UNIT.matcher(r.text).region(n.end(), r.text.length());
            boolean bare = n.value().isPresent() && !unit.lookingAt();
            if (bare && lastAgeEnd >= 0 && correctsAge(r, lastAgeEnd, n)) {
                addAge(r, n, 16, 110); // 四十六岁 不对 是四十八: the number right after the correction, its 岁 left unsaid
                continue;
            }
            if (bare && saidThisYear(r, n)) {
                addAge(r, n, 16, 110); // 今年65了, 属马的 今年48: the age this year, 岁 left unsaid
                continue;
            }
            if (bare && bareAfterCustomer(r, n)) {
                addAge(r, n, 18, 100); // 客户符先生 52 开建材店, 应先生四十八: a number alone right after a customer
                continue;
            }
            if (n.value().isEmpty() || !unit.lookingAt()) {
                continue; // 七十多岁 is vague: no age
            }
            lastAgeEnd = unit.end();
            if (AGE_HEDGE.matcher(r.text).region(unit.end(), r.text.length()).lookingAt()) {
                continue; // 五十岁左右, 四十岁出头: not certain
            }
            // after the person's own mention: 冯太太45岁 is her age, 张先生的太太45岁 is not his
            String before = r.leadTo(r.clauseAt(n.start()), n.start());
            // 孩子5岁 is the child's age, not the customer's
            if (r.lexicon.findCue("family", before) == null) {
                addAge(r, n, 16, 110);
            }
        }
    }

    /** The number as the age of the person the text is about there, when it lies within {@code min}..{@code max}. */
    private static void addAge(Reading r, ChineseNumerals.NumberMention n, int min, int max) {
        int age = ChineseNumerals.parseInt(n.value().get().toPlainString());
        if (age >= min && age <= max) {
            r.add(r.personAt(n.start()), "age", Integer.toString(age), null, n.start());
        }
    }
}
