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

    /** 月薪三万, 预算一年五千, 任务还差300万: income, a budget or a target, said just before the sum, is not what someone holds. */
    private static boolean notHoldings(Reading r, int at) {
        return r.lexicon.hasCue("not_holdings", r.leadTo(r.clauseAt(at), at));
    }

    static void findAges(Reading r) {
        for (ChineseNumerals.NumberMention n : ChineseNumerals.find(r.text)) {
            Matcher unit = AGE_UNIT.matcher(r.text).region(n.end(), r.text.length());
            boolean bare = !unit.lookingAt() && THIS_YEAR_BEFORE.matcher(r.text.substring(0, n.start())).find()
                    && BARE_AGE_END.matcher(r.text).region(n.end(), r.text.length()).lookingAt();
            if (n.value().isEmpty() || !unit.lookingAt() && !bare) {
                continue; // 七十多岁 is vague: no age
            }
            if (!bare && AGE_HEDGE.matcher(r.text).region(unit.end(), r.text.length()).lookingAt()) {
                continue; // 五十岁左右, 四十岁出头: not certain
            }
            int age = ChineseNumerals.parseInt(n.value().get().toPlainString());
            // after the person's own mention: 冯太太45岁 is her age, 张先生的太太45岁 is not his
            String before = r.leadTo(r.clauseAt(n.start()), n.start());
            // 孩子5岁 is the child's age, not the customer's
            if (age >= 16 && age <= 110 && r.lexicon.findCue("family", before) == null) {
                r.add(r.personAt(n.start()), "age", Integer.toString(age), null, n.start());
            }
        }
    }
}
