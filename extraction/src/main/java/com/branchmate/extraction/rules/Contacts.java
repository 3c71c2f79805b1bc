package com.branchmate.extraction.rules;

import com.branchmate.extraction.rules.Reading.Found;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers and WeChat ids, each given to the person named last before it; a number the note corrects (说错了 是...) goes. */
final class Contacts {

    /** A mobile number, also after the country code (+86 138…, which normalising joins to +86138…). */
    private static final Pattern PHONE = Pattern.compile("(?:(?<=\\+86)|(?<=\\+86[\\s-])|(?<![\\dA-Za-z]))(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?:电话|座机|办公室|固话)[^\\d]{0,4}(0\\d{2,3})[\\s-]?(\\d{7,8}|\\d{3,4}[\\s-]\\d{4})(?!\\d)");
    /** Position mod 10 is the digit: 零〇 0, 一幺 1, then 二 to 九. */
    private static final String SPOKEN_DIGITS = "零一二三四五六七八九〇幺";
    private static final Pattern SPOKEN_MOBILE = Pattern.compile("(?<![零〇一二三四五六七八九幺十百千万])[一幺][三四五六七八九][零〇一二三四五六七八九幺]{9}(?![零〇一二三四五六七八九幺十百千万])");
    private static final Pattern SAME_AS_PHONE = Pattern.compile("微信(?:号)?(?:也是|同号|同手机号?|就是手机号?)|手机微信同号");
    private static final Pattern CORRECTED_ID = Pattern.compile(
            "([\\u4e00-\\u9fff]{2,4})[\\s,，]*(?:应该是|是)\\s*([A-Za-z][A-Za-z0-9_-]{3,19})(?![A-Za-z0-9_-])");
    private static final Pattern WECHAT = Pattern.compile("(?i)(?:微信号?|wx|vx|wechat)[\\s:：号是为还]*([A-Za-z][A-Za-z0-9_-]{3,19})");

    private Contacts() {
    }

    static void findPhones(Reading r) {
        Matcher m = PHONE.matcher(r.text);
        while (m.find()) {
            r.add(r.personAt(m.start()), "phone", m.group(1) + m.group(2) + m.group(3), null, m.start());
        }
        m = LANDLINE.matcher(r.text);
        while (m.find()) {
            // 0731-8456 7890: the local number may be written in two groups
            r.add(r.personAt(m.start()), "phone", m.group(1) + m.group(2).replaceAll("[\\s-]", ""), null, m.start(1));
        }
        // dictated: 一三九八八七六五四三二, digit by digit in characters (幺 for 一 as people read numbers aloud)
        Matcher spoken = SPOKEN_MOBILE.matcher(r.text);
        while (spoken.find()) {
            StringBuilder digits = new StringBuilder();
            for (char ch : spoken.group().toCharArray()) {
                digits.append(SPOKEN_DIGITS.indexOf(ch) % 10);
            }
            if (PHONE.matcher(digits).matches()) {
                r.add(r.personAt(spoken.start()), "phone", digits.toString(), null, spoken.start());
            }
        }
    }

    static void findWechat(Reading r) {
        Matcher m = WECHAT.matcher(r.text);
        while (m.find()) {
            r.add(r.personAt(m.start()), "wechat", m.group(1), null, m.start(1));
        }
        // 微信tang123 写错了 是tang321: the id after a correction replaces the one just given
        Matcher fixed = CORRECTED_ID.matcher(r.text);
        while (fixed.find()) {
            int person = r.personAt(fixed.start());
            boolean idBefore = r.facts.stream().anyMatch(f -> f.key().equals("wechat") && f.person() == person
                    && f.position() < fixed.start());
            if (idBefore && r.lexicon.hasCue("correction", fixed.group(1))) {
                r.add(person, "wechat", fixed.group(2), null, fixed.start(2));
            }
        }
        // 微信同号: the WeChat id is the mobile number just given for the same person
        Matcher same = SAME_AS_PHONE.matcher(r.text);
        while (same.find()) {
            int person = r.personAt(same.start());
            for (int i = r.facts.size() - 1; i >= 0; i--) {
                Found f = r.facts.get(i);
                if (f.key().equals("phone") && f.person() == person && f.position() < same.start()) {
                    r.add(person, "wechat", f.value(), null, same.start());
                    break;
                }
            }
        }
    }

    /** 手机13306781254 说错了 是13306781245: the number before the correction goes. */
    static void dropCorrectedPhones(Reading r) {
        for (int i = r.facts.size() - 1; i >= 0; i--) {
            Found later = r.facts.get(i);
            if (!later.key().equals("phone") && !later.key().equals("wechat")) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Found earlier = r.facts.get(j);
                if (earlier.key().equals(later.key()) && earlier.person() == later.person()
                        && earlier.position() < later.position()
                        && r.lexicon.hasCue("correction", r.text.substring(earlier.position(), later.position()))) {
                    r.facts.remove(j);
                    i--;
                }
            }
        }
    }
}
