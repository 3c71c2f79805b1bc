package com.branchmate.extraction.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money in text, in yuan: 50万, 3万5, 1,500元, ¥1,200,000, 五千块钱, 3.5w, 8k, 一百零五万. A number is money
 * when a currency sign precedes it, a money unit follows it, or it is written with 万/亿 (or digits with 千) and
 * no counter of other things follows (3万步 and 5千个 are not money). Vague sums (一百多万, 大几百万, 十几万) are found but carry no value, so a
 * caller can tell "a vague sum was said" from "nothing was said". Stateless and thread-safe.
 */
public final class Amounts {

    /** A sum of money as written; {@code yuan} is -1 when the sum is vague. */
    public record AmountMention(int start, int end, String text, long yuan) {

        public boolean vague() {
            return yuan < 0;
        }
    }

    /** Units after the number and what they multiply it by; longest first. */
    private static final Pattern UNIT = Pattern.compile(
            "^\\s*(个亿元?|千万元?|百万元?|万元|万块钱?|万|亿元?|[kK][wW](?![A-Za-z])|[wW](?![A-Za-z])|[kK](?![A-Za-z])|千元|千块钱?|块钱|块|元|RMB|rmb|人民币)");
    private static final Pattern CURRENCY_SIGN = Pattern.compile("(?:[¥￥]|RMB|rmb|人民币)\\s*$");
    /** Counters of things other than money: a 万 followed by one of these is a count (3万步, 2万人). */
    private static final String OTHER_COUNTERS = "人个步次名户字件份张股平亩米里头只位家台辆本套";

    private Amounts() {
    }

    /** Every sum of money in the text, in order. */
    public static List<AmountMention> find(String text) {
        List<AmountMention> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (ChineseNumerals.NumberMention number : ChineseNumerals.find(text)) {
            String after = text.substring(number.end());
            Matcher unit = UNIT.matcher(after);
            boolean hasUnit = unit.find();
            boolean signed = CURRENCY_SIGN.matcher(text.substring(Math.max(0, number.start() - 4), number.start())).find();
            boolean counted = !after.isEmpty() && OTHER_COUNTERS.indexOf(after.charAt(0)) >= 0;
            // 50万, 5千: written with 万/亿, or digits with 千, a number is a sum unless a counter follows; 五千以内
            // alone is as often a count or a budget, so Chinese thousands need a money unit (五千块, 八千元)
            boolean large = number.bigUnit() || number.text().endsWith("千") && Character.isDigit(number.text().charAt(0));
            if (!hasUnit && !signed && !(large && !counted)) {
                continue;
            }
            int end = hasUnit ? number.end() + unit.end() : number.end();
            if (number.vague() || number.value().isEmpty()) {
                if (number.vague()) {
                    out.add(new AmountMention(number.start(), end, text.substring(number.start(), end), -1));
                }
                continue;
            }
            BigDecimal factor = hasUnit ? factor(unit.group(1)) : BigDecimal.ONE;
            BigDecimal yuan = number.value().get().multiply(factor);
            if (yuan.signum() <= 0 || yuan.compareTo(BigDecimal.valueOf(10_000_000_000_000L)) > 0) {
                continue;
            }
            out.add(new AmountMention(number.start(), end, text.substring(number.start(), end),
                    yuan.setScale(0, RoundingMode.HALF_UP).longValueExact()));
        }
        return out;
    }

    /** The first certain sum of money in the text, in yuan, or -1. */
    public static long firstYuan(String text) {
        return find(text).stream().filter(a -> !a.vague()).mapToLong(AmountMention::yuan).findFirst().orElse(-1);
    }

    private static BigDecimal factor(String unit) {
        // 两个亿: said with a measure word, as a count of hundred millions
        String u = unit.replace("元", "").replace("块钱", "").replace("块", "").replace("个亿", "亿");
        return switch (u) {
            case "千万", "kw", "kW", "Kw", "KW" -> BigDecimal.valueOf(10_000_000); // 1.2kw: k (千) times w (万)
            case "百万" -> BigDecimal.valueOf(1_000_000);
            case "万", "w", "W" -> BigDecimal.valueOf(10_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            case "千", "k", "K" -> BigDecimal.valueOf(1_000);
            default -> BigDecimal.ONE;
        };
    }
}
