package com.branchmate.extraction.rules;

import com.branchmate.extraction.rules.Reading.Clause;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A role said on its own (是大堂经理) and the branch a staff member came from (从河西支行调过来). */
final class StaffFacts {

    private static final Pattern PREVIOUS = Pattern.compile(
            "(?:刚从|是从|从|原来在|之前在|以前在|原先在|原来是|以前是|之前是|原来)([\\u4e00-\\u9fff]{1,10}?(?:支行|分行|营业部|网点|分理处|部|处|办公室|中心|公司|行))"
                    + "(?:调|转|过来|下来|来|当|做|干|工作|上班|跳槽|轮岗|挂职|的|$)");

    private StaffFacts() {
    }

    static void standaloneRole(Reading r, Clause c) {
        String s = c.text().startsWith("是") ? c.text().substring(1) : c.text();
        String role = r.lexicon.roles().get(s);
        if (role != null) {
            int person = r.personAt(c.start());
            if (person >= 0 && r.finder.people().get(person).role == null) {
                r.finder.people().get(person).role = role;
            }
        }
    }

    static void previousBranch(Reading r, Clause c) {
        Matcher m = PREVIOUS.matcher(c.text());
        if (m.find()) {
            r.add(r.personAt(c.start() + m.start()), "previous_branch", m.group(1), null, c.start() + m.start());
        }
    }
}
