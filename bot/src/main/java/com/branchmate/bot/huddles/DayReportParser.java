package com.branchmate.bot.huddles;

import com.branchmate.extraction.text.Amounts;
import com.branchmate.extraction.text.ChineseNumerals;
import com.branchmate.extraction.text.NormalizedText;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a member's answer to the huddle: 今天拜访3个网点，出单2件，保费5万. At least one figure must be there. Numbers
 * are read by the one numeral reader (拜访三个网点, 保费一万二, 保费1,500元, 拜訪 in traditional characters); a vague
 * figure (十几个, 一百多万) is no figure.
 */
public final class DayReportParser {

    public record Figures(Integer visits, Integer policies, Long premium) {
    }

    private static final Pattern VISITS = Pattern.compile("(?:拜访|跑了?|走访|去了)(?:了)?\\s*");
    private static final Pattern POLICIES = Pattern.compile("(?:出单|成交|签单|开单)(?:了)?\\s*");
    private static final Pattern PREMIUM = Pattern.compile("(?:保费|规模|业绩|期交|趸交)(?:共|一共|合计)?(?:是)?\\s*");
    private static final Pattern ZERO_POLICIES = Pattern.compile("(没有?出单|未出单|零出单|0出单)");
    /** Where a plan for the next day starts: 明天重点跟进…, 明日计划…, 下一步…. */
    private static final Pattern PLAN = Pattern.compile("(?:^|(?<=[。，,；;！!？?\\s]))(?:明天|明日|下一步|接下来)(?:的)?(?:计划|打算|安排)?[：:，,]?\\s*");
    private static final int MAX_PLAN_CHARS = 80;
    private static final BigDecimal SMALL_PREMIUM = BigDecimal.valueOf(1000);

    private DayReportParser() {
    }

    /** Figures when the text reads as a day report, else empty (then it is a note or a question). */
    public static Optional<Figures> parse(String written) {
        if (written == null || written.length() > 300) {
            return Optional.empty();
        }
        String text = NormalizedText.of(written).text();
        Integer visits = count(VISITS.matcher(text), text);
        Integer policies = count(POLICIES.matcher(text), text);
        if (policies == null && ZERO_POLICIES.matcher(text).find()) {
            policies = 0;
        }
        Long premium = premium(text);
        int found = (visits == null ? 0 : 1) + (policies == null ? 0 : 1) + (premium == null ? 0 : 1);
        // One figure alone (拜访3个网点) could be a visit note; a report names at least two, or says it is one.
        boolean saysReport = text.contains("汇报") || text.contains("今日业绩") || text.contains("今天业绩");
        if (found >= 2 || found == 1 && saysReport) {
            return Optional.of(new Figures(visits, policies, premium));
        }
        return Optional.empty();
    }

    /**
     * The plan for the next day as written (明天重点跟进李女士的到期 → 重点跟进李女士的到期), up to the end of its sentence;
     * empty when the report names none.
     */
    public static Optional<String> plan(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher start = PLAN.matcher(written);
        if (!start.find()) {
            return Optional.empty();
        }
        String rest = written.substring(start.end());
        int end = 0;
        while (end < rest.length() && "。！？!?\n".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String plan = rest.substring(0, end).strip().replaceAll("[，,；;、\\s]+$", "");
        if (plan.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(plan.length() > MAX_PLAN_CHARS ? plan.substring(0, MAX_PLAN_CHARS) + "…" : plan);
    }

    /** The whole number right after the keyword. */
    private static Integer count(Matcher keyword, String text) {
        if (!keyword.find()) {
            return null;
        }
        return numberAt(text, keyword.end()).flatMap(ChineseNumerals.NumberMention::value)
                .filter(v -> v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(100_000)) < 0)
                .map(BigDecimal::intValue).orElse(null);
    }

    /** 保费5万, 保费12000元, 保费1.5w; a bare small number is in 万 (保费5 = 50,000), as members write it. */
    private static Long premium(String text) {
        Matcher keyword = PREMIUM.matcher(text);
        if (!keyword.find()) {
            return null;
        }
        Optional<ChineseNumerals.NumberMention> number = numberAt(text, keyword.end());
        if (number.isEmpty() || number.get().value().isEmpty()) {
            return null;
        }
        String rest = text.substring(keyword.end());
        Optional<Amounts.AmountMention> amount = Amounts.find(rest).stream().filter(a -> a.start() == 0).findFirst();
        if (amount.isPresent()) {
            return amount.get().vague() ? null : amount.get().yuan();
        }
        BigDecimal value = number.get().value().get();
        BigDecimal yuan = value.compareTo(SMALL_PREMIUM) < 0 ? value.multiply(BigDecimal.valueOf(10_000)) : value;
        return yuan.longValue();
    }

    private static Optional<ChineseNumerals.NumberMention> numberAt(String text, int at) {
        return ChineseNumerals.find(text.substring(at)).stream().findFirst().filter(n -> n.start() == 0);
    }
}
