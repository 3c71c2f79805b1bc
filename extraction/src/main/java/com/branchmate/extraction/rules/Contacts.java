package com.branchmate.extraction.rules;

import com.branchmate.extraction.rules.Reading.Found;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers and WeChat ids, each given to the person named last before it; a number the note corrects (说错了 是...) goes. */
final class Contacts {

    private static final Pattern PHONE = Pattern.compile("(?<![\\dA-Za-z])(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?:电话|座机|办公室|固话)[^\\d]{0,4}(0\\d{2,3})[\\s-]?(\\d{7,8})(?!\\d)");
    private static final Pattern SAME_AS_PHONE = Pattern.compile("微信(?:号)?(?:也是|同号|同手机号?|就是手机号?)|手机微信同号");
    private static final Pattern WECHAT = Pattern.compile("(?i)(?:微信号?|wx|vx|wechat)[\\s:：号是为]*([A-Za-z][A-Za-z0-9_-]{3,19})");

    private Contacts() {
    }

    static void findPhones(Reading r) {
        Matcher m = PHONE.matcher(r.text);
        while (m.find()) {
            r.add(r.personAt(m.start()), "phone", m.group(1) + m.group(2) + m.group(3), null, m.start());
        }
        m = LANDLINE.matcher(r.text);
        while (m.find()) {
            r.add(r.personAt(m.start()), "phone", m.group(1) + m.group(2), null, m.start(1));
        }
    }

    static void findWechat(Reading r) {
        Matcher m = WECHAT.matcher(r.text);
        while (m.find()) {
            r.add(r.personAt(m.start()), "wechat", m.group(1), null, m.start(1));
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
