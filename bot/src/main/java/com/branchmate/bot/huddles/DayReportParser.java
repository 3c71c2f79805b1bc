package com.branchmate.bot.huddles;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a member's answer to the huddle: 今天拜访3个网点，出单2件，保费5万. At least one figure must be there;
 * Chinese numerals up to 十几 are understood (拜访三个网点).
 */
public final class DayReportParser {

    public record Figures(Integer visits, Integer policies, Long premium) {
    }

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?|[零一二两三四五六七八九十]+)";
    private static final Pattern VISITS = Pattern.compile("(?:拜访|跑了?|走访|去了)(?:了)?" + NUMBER + "(?:个|家)?(?:网点|支行)?");
    private static final Pattern POLICIES = Pattern.compile("(?:出单|成交|签单|开单)(?:了)?" + NUMBER + "(?:件|单|笔|个)?");
    private static final Pattern PREMIUM = Pattern.compile("(?:保费|规模|业绩|期交|趸交)(?:共|一共|合计)?(?:是)?" + NUMBER
            + "\\s*(万元|万|w|W|元|块)?");
    private static final Pattern ZERO_POLICIES = Pattern.compile("(没有?出单|未出单|零出单|0出单)");

    private DayReportParser() {
    }

    /** Figures when the text reads as a day report, else empty (then it is a note or a question). */
    public static Optional<Figures> parse(String text) {
        if (text == null || text.length() > 300) {
            return Optional.empty();
        }
        Integer visits = intOf(VISITS.matcher(text));
        Integer policies = intOf(POLICIES.matcher(text));
        if (policies == null && ZERO_POLICIES.matcher(text).find()) {
            policies = 0;
        }
        Long premium = null;
        Matcher p = PREMIUM.matcher(text);
        if (p.find()) {
            BigDecimal value = number(p.group(1));
            if (value != null) {
                String unit = p.group(2);
                boolean wan = unit == null ? value.compareTo(BigDecimal.valueOf(1000)) < 0 : unit.startsWith("万") || unit.equalsIgnoreCase("w");
                premium = (wan ? value.multiply(BigDecimal.valueOf(10_000)) : value).longValue();
            }
        }
        int found = (visits == null ? 0 : 1) + (policies == null ? 0 : 1) + (premium == null ? 0 : 1);
        // One figure alone (拜访3个网点) could be a visit note; a report names at least two, or says it is one.
        boolean saysReport = text.contains("汇报") || text.contains("今日业绩") || text.contains("今天业绩");
        if (found >= 2 || found == 1 && saysReport) {
            return Optional.of(new Figures(visits, policies, premium));
        }
        return Optional.empty();
    }

    private static Integer intOf(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        BigDecimal value = number(matcher.group(1));
        return value == null ? null : value.intValue();
    }

    private static BigDecimal number(String text) {
        if (text.matches("[0-9]+(?:\\.[0-9]+)?")) {
            return new BigDecimal(text);
        }
        return chinese(text);
    }

    /** 三 → 3, 十二 → 12, 二十 → 20, 两 → 2; larger numbers are written in digits in practice. */
    private static BigDecimal chinese(String text) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                int d = digits.indexOf(c);
                if (d < 0) {
                    return null;
                }
                current = d;
            }
        }
        return BigDecimal.valueOf(total + current);
    }
}
