package com.branchmate.bot.platform.privacy;

import java.util.regex.Pattern;

/** Personal identifiers shown in chats, logs and lists: 138****5678. */
public final class Masking {

    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<!\\d)(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");

    private Masking() {
    }

    /** A phone number with its middle digits hidden; short values are hidden all but the last two. */
    public static String phone(String digits) {
        if (digits == null) {
            return null;
        }
        String d = digits.replaceAll("\\D", "");
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

    /** Every mobile number in free text, masked (for logs and group chats). */
    public static String phonesIn(String text) {
        return text == null ? null : MOBILE_IN_TEXT.matcher(text).replaceAll("$1****$3");
    }
}
