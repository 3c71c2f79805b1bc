package com.branchmate.bot.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Personal identifiers shown in chats, logs and lists: 138****5678. */
public final class Masking {

    private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
    private static final String SEP = "[\\s.\\-\\u00B7\\u3000\\uFF0D\\uFF0E]?";

    /**
     * A mainland mobile number however it is typed: with +86 / 86 / 0086 in front, full-width digits, and spaces,
     * dots or dashes between the digit groups (139 1111 5555, 139.1111.5555). Not inside a longer run of letters
     * or digits, so message ids, order numbers and hashes keep their digits.
     */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![A-Za-z0-9_\\uFF10-\\uFF19+\\uFF0B])"
                    + "(?:(?:[+\\uFF0B]|00)?[8\\uFF18][6\\uFF16]" + SEP + ")?"
                    + "([1\\uFF11][3-9\\uFF13-\\uFF19]" + DIGIT + ")" + SEP
                    + "(" + DIGIT + "{4})" + SEP
                    + "(" + DIGIT + "{4})"
                    + "(?![A-Za-z0-9\\uFF10-\\uFF19])");

    /** A landline with its area code: 021-6888 1234, 0755 12345678. */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![A-Za-z0-9_\\uFF10-\\uFF19])([0\\uFF10]" + DIGIT + "{2,3})[\\-\\s\\uFF0D]?(" + DIGIT + "{3,4})"
                    + SEP + "(" + DIGIT + "{4})(?![A-Za-z0-9\\uFF10-\\uFF19])");

    private Masking() {
    }

    /** A phone number with its middle digits hidden; short values are hidden all but the last two. */
    public static String phone(String digits) {
        if (digits == null) {
            return null;
        }
        String d = asciiDigits(digits).replaceAll("\\D", "");
        if (d.length() > 11 && d.startsWith("86") && d.charAt(d.length() - 11) == '1') {
            d = d.substring(d.length() - 11);
        }
        if (d.length() >= 7) {
            return d.substring(0, 3) + "****" + d.substring(d.length() - 4);
        }
        return d.length() <= 2 ? "**" : "*".repeat(d.length() - 2) + d.substring(d.length() - 2);
    }

    /** A WeChat id with all but its first and last characters hidden. */
    public static String wechat(String id) {
        if (id == null || id.length() <= 2) {
            return id == null ? null : "**";
        }
        return id.charAt(0) + "****" + id.charAt(id.length() - 1);
    }

    /**
     * Every phone number in free text, masked: the one function for text that reaches a group chat, a list or a
     * log line.
     */
    public static String phonesIn(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(MOBILE.matcher(text), m -> asciiDigits(m.group(1)) + "****" + asciiDigits(m.group(3)));
        return replace(LANDLINE.matcher(masked), m -> asciiDigits(m.group(1)) + "-****" + asciiDigits(m.group(3)));
    }

    /** Whether the text holds anything {@link #phonesIn} would mask. */
    public static boolean containsPhone(String text) {
        return text != null && (MOBILE.matcher(text).find() || LANDLINE.matcher(text).find());
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '\uFF10' && c <= '\uFF19' ? (char) ('0' + (c - '\uFF10')) : c);
        }
        return out.toString();
    }
}
