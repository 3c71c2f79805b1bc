package com.branchmate.bot.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.branchmate.bot.platform.privacy.Masking;

/** How fact values read in chat replies and huddles. */
public final class FactValues {

    private FactValues() {
    }

    /**
     * A fact value as people read it: dates in Chinese, amounts in 万; phone numbers and WeChat ids masked
     * unless {@code maskIdentifiers} is false (a private answer to a member allowed to see them).
     */
    public static String display(String key, String value, boolean maskIdentifiers) {
        if (value == null) {
            return "";
        }
        switch (key) {
            case "phone":
                return maskIdentifiers ? Masking.phone(value) : value;
            case "wechat":
                return maskIdentifiers ? Masking.wechat(value) : value;
            case "asset":
                return amount(value);
            case "age":
                return value + "岁";
            case "birthday", "anniversary", "maturity":
                return dateValue(value);
            default:
                // Free text may hold a number too (女儿手机139…).
                return maskIdentifiers ? Masking.phonesIn(value) : value;
        }
    }

    private static String amount(String yuan) {
        try {
            long value = Long.parseLong(yuan);
            if (value >= 10_000 && value % 1_000 == 0) {
                double wan = value / 10_000.0;
                return (wan == Math.rint(wan) ? String.valueOf((long) wan) : String.valueOf(wan)) + "万";
            }
            return value + "元";
        } catch (NumberFormatException e) {
            return yuan;
        }
    }

    private static String dateValue(String value) {
        boolean lunar = value.startsWith("lunar:");
        String v = lunar ? value.substring("lunar:".length()) : value;
        String shown;
        if (v.matches("--\\d{2}-\\d{2}")) {
            shown = Integer.parseInt(v.substring(2, 4)) + "月" + Integer.parseInt(v.substring(5, 7)) + "日";
        } else {
            try {
                LocalDate date = LocalDate.parse(v);
                shown = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            } catch (DateTimeParseException e) {
                shown = v;
            }
        }
        return lunar ? "农历" + shown : shown;
    }

}
