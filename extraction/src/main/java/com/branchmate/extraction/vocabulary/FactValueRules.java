package com.branchmate.extraction.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of each fact key's value (shared/domain.md), in one place: a model's answer, a chat correction and the
 * console's fact editor are held to the same rules. {@link #check} normalises a value into its stored form or says,
 * in Chinese, what is wrong with it. Stateless.
 */
public final class FactValueRules {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");
    private static final Pattern WECHAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{3,29}");
    private static final Pattern RECURRING = Pattern.compile("(lunar:)?--(\\d{2})-(\\d{2})");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,13}");
    /** Closed lists besides {@link FactKey#ROLES}. */
    public static final Set<String> RISK_PROFILES = FactKey.ordered("保守", "稳健", "进取");
    public static final Set<String> STAGES = FactKey.ordered("生客", "半熟客", "熟客");
    public static final int MAX_TEXT = 200;

    private FactValueRules() {
    }

    /** A value in its stored form, or the reason (Chinese, naming the key) it is refused. */
    public record Checked(String value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The value in the contract's stored form, empty when it does not fit its key. */
    public static Optional<String> normalize(FactKey key, String raw) {
        return Optional.ofNullable(check(key, raw).value());
    }

    public static Checked check(FactKey key, String raw) {
        String v = raw == null ? "" : raw.strip();
        String label = key.label();
        if (v.isEmpty()) {
            return refused(label + "不能为空");
        }
        return switch (key) {
            case ROLE -> FactKey.ROLES.contains(v) ? ok(v)
                    : refused("职务「" + v + "」不在职务列表里，请从列表中选择");
            case PHONE -> {
                String digits = v.replaceAll("[\\s()+-]", "");
                yield MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches() ? ok(digits)
                        : refused("手机号应为 11 位手机号码或带区号的座机号码，「" + v + "」不是电话号码");
            }
            case WECHAT -> WECHAT.matcher(v).matches() ? ok(v)
                    : refused("微信号应为 4–30 位字母、数字、下划线或减号，并以字母或数字开头");
            case BIRTHDAY, ANNIVERSARY -> {
                String d = recurringOrIso(v);
                yield d != null ? ok(d) : refused(label + "应是一个日期（如 12月10日，或农历八月十五），「" + v + "」不是日期");
            }
            case MATURITY -> {
                String d = iso(v);
                yield d != null ? ok(d) : refused("到期日应是带年份的日期（如 2027年3月8日），「" + v + "」不是日期");
            }
            case AGE -> {
                Long n = whole(v);
                yield n != null && n > 0 && n < 130 ? ok(Long.toString(n)) : refused("年龄应是 1 到 129 之间的整数");
            }
            case ASSET -> {
                Long n = whole(v);
                yield n != null ? ok(Long.toString(n)) : refused("资产应是以元为单位的整数金额，「" + v + "」不是数字");
            }
            case RISK_PROFILE -> RISK_PROFILES.contains(v) ? ok(v) : refused("风险偏好只能是 保守、稳健 或 进取");
            case STAGE -> STAGES.contains(v) ? ok(v) : refused("熟悉程度只能是 生客、半熟客 或 熟客");
            default -> v.length() > MAX_TEXT ? refused(label + "最多 " + MAX_TEXT + " 个字") : ok(v);
        };
    }

    /** The words a CHOICE key takes, in the order the domain lists them; empty for other keys. */
    public static java.util.List<String> choices(FactKey key) {
        Set<String> words = switch (key) {
            case ROLE -> FactKey.ROLES;
            case RISK_PROFILE -> RISK_PROFILES;
            case STAGE -> STAGES;
            default -> Set.of();
        };
        return java.util.List.copyOf(words);
    }

    /** YYYY-MM-DD when the text is a real calendar date in that form, else null. */
    public static String iso(String v) {
        if (v == null || !ISO.matcher(v).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String recurringOrIso(String v) {
        Matcher m = RECURRING.matcher(v);
        if (m.matches()) {
            try {
                MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return v;
            } catch (DateTimeException e) {
                return null;
            }
        }
        return iso(v);
    }

    private static Long whole(String v) {
        return WHOLE.matcher(v).matches() ? Long.parseLong(v) : null;
    }

    private static Checked ok(String value) {
        return new Checked(value, null);
    }

    private static Checked refused(String problem) {
        return new Checked(null, problem);
    }
}
