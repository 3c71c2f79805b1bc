package com.branchmate.extraction.rules;

import com.branchmate.extraction.rules.Reading.Clause;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of money (50万, 三十万, 1.5亿) as assets in yuan, and ages (65岁, 六十五岁) that are not a family member's. */
final class Amounts {

    static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(亿|千万|百万|万元|万|[wW](?![A-Za-z])|[kK](?![A-Za-z])|千元|千|块钱|块|元)"
                    + "|([一二两三四五六七八九十][一二两三四五六七八九十百千]*)(亿|万)");
    private static final Pattern AGE = Pattern.compile("(?<!\\d)(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*(?:周岁|岁)");

    private Amounts() {
    }

    static void findAmounts(Reading r) {
        Matcher m = AMOUNT.matcher(r.text);
        while (m.find()) {
            if (r.insideDate(m.start())) {
                continue;
            }
            long yuan = m.group(1) != null ? yuan(m.group(1), m.group(2)) : yuan(m.group(3), m.group(4));
            if (yuan > 0) {
                r.add(r.personAt(m.start()), "asset", Long.toString(yuan), null, m.start());
            }
        }
    }

    static void findAges(Reading r) {
        Matcher m = AGE.matcher(r.text);
        while (m.find()) {
            String n = m.group(1);
            int age = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : (int) chineseNumber(n);
            Clause c = r.clauseAt(m.start());
            String before = c == null ? "" : r.text.substring(c.start(), m.start());
            // 孩子5岁 is the child's age, not the customer's
            if (age >= 16 && age <= 110 && r.lexicon.findCue("family", before) == null) {
                r.add(r.personAt(m.start()), "age", Integer.toString(age), null, m.start());
            }
        }
    }

    static long yuan(String number, String unit) {
        double value;
        if (number.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                return -1;
            }
        } else {
            value = chineseNumber(number);
        }
        if (value <= 0) {
            return -1;
        }
        double factor = switch (unit) {
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "万", "万元", "w", "W" -> 1e4;
            case "千", "千元", "k", "K" -> 1e3;
            default -> 1;
        };
        double yuan = value * factor;
        return yuan > 1e13 ? -1 : Math.round(yuan);
    }

    /** 三百 = 300, 两千 = 2000, 一千二 = 1200, 十五 = 15. */
    static double chineseNumber(String s) {
        long total = 0;
        long digit = 0;
        int lastUnit = 1;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit == 0) {
                return -1;
            }
            total += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            digit = 0;
            lastUnit = unit;
        }
        // 一千二 means 1200: a trailing digit counts in the next lower unit
        return total + (lastUnit > 1 && digit > 0 && s.length() > 1 ? digit * lastUnit / 10 : digit);
    }
}
