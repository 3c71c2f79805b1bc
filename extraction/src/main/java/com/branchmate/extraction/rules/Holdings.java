package com.branchmate.extraction.rules;

import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.rules.Reading.Clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a customer holds and wants: products held, interests, risk profile, stage. */
final class Holdings {

    private static final Pattern RISK = Pattern.compile("(保守|稳健|进取)(型)?(?!的产品|产品|型产品|理财|型的)");
    private static final Pattern STAGE = Pattern.compile("半熟客|老熟客|熟客|生客");
    private static final List<String> INTEREST_FILLER = List.of("给自己买", "给自己", "一下", "一份", "一些", "了解", "配置", "下", "份",
            "些", "点", "个", "买", "配", "再");

    private static final Pattern KEEN = Pattern.compile(
            "对(.{1,12}?)(?:这块|这方面)?(?:很|挺|比较|有点|有些|特别|非常)?(感兴趣|有兴趣|兴趣|上心|心动|动心|有想法|关心|关注)");

    /** The end of what 对…感兴趣 takes, saying it is not wanted (对分红险不, 对保险没什么). */
    private static final Pattern NOT_KEEN = Pattern.compile("(?:不|没|没什么|没啥|没多大|不太|不怎么)$");
    /** 对年金险兴趣不大: interest said to be small is none. */
    private static final Pattern LITTLE_KEEN = Pattern.compile("(?:不大|一般|不高|不强|不是很大|不太大)");
    /** A home or a car bought (买套房, 买辆车): a money plan, not a product wanted. */
    private static final Pattern HOME_OR_CAR = Pattern.compile("^[一两套个辆间]{0,2}(?:房|车|学区房)");

    /** 想给女儿买份…, 打算帮爸妈配个…: buying for someone, and what is bought after the verb. */
    private static final Pattern BUY_FOR = Pattern.compile("(?:想|打算|准备|要)(?:给|帮|替|为)[^，,。\\s]{1,4}?(?:买|配置|配|存)");
    /** Taking money out of a product (赎回, 取出来, 提前支取, 退保). */
    private static final Pattern REDEEM = Pattern.compile("(?:先|都|全|全部|一部分)?(?:赎回|取出|取了|支取|提前支取|退保|退掉|卖掉|卖了)");
    /** 分红险下周四签: a product with a day still to come and a verb of buying, not yet done (签了). */
    private static final Pattern BUY_VERB = Pattern.compile("(?:签约|签单|签|投保|买|下单)(?![了过])");

    private Holdings() {
    }

    static List<int[]> interest(Reading r, Clause c) {
        List<int[]> spans = new ArrayList<>();
        String s = c.text();
        Matcher keen = KEEN.matcher(s);
        if (keen.find() && (NOT_KEEN.matcher(keen.group(1)).find() || LITTLE_KEEN.matcher(s).region(keen.end(),
                s.length()).lookingAt())) {
            return spans; // 对分红险不感兴趣, 对保险没什么兴趣: what is turned down is no interest (a note says it)
        }
        if (keen.find(0)) {
            interestValue(r, c, keen.group(1), c.start() + keen.start(1));
            spans.add(new int[] {keen.start(1), keen.end(1)});
            return spans;
        }
        String cue = null;
        int at = -1;
        for (String candidate : r.lexicon.cue("interest")) {
            int i = s.indexOf(candidate);
            while (i >= 0 && negated(s, i)) {
                i = s.indexOf(candidate, i + 1);
            }
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                cue = candidate;
            }
        }
        Matcher buyFor = BUY_FOR.matcher(s);
        if (buyFor.find() && !negated(s, buyFor.start()) && (at < 0 || buyFor.start() < at)
                && !HOME_OR_CAR.matcher(s.substring(buyFor.end())).find()
                && !r.lexicon.hasCue("family", r.leadTo(c, c.start() + buyFor.start()))) {
            // (他儿子想给他买…: the wish of a relative, not the customer's)
            // 想给女儿买份海外医疗: the wish is what comes after the verb of buying, even without a product word
            interestValue(r, c, s.substring(buyFor.end()), c.start() + buyFor.end());
            spans.add(new int[] {buyFor.end(), s.length()});
            return spans;
        }
        if (cue == null && plannedPurchase(r, c, spans)) {
            return spans;
        }
        Matcher quality = QUALITY.matcher(s);
        if (cue == null && productsIn(r, s).isEmpty() && quality.find() && !negated(s, quality.start())) {
            // 想转点到稳一点的产品, 只要保本的: what is wanted, said by its quality rather than by a product word
            String value = quality.group(1).replaceFirst("的$", "");
            r.add(r.personAt(c.start() + quality.start(1)), "interest", value.length() == 1 ? value + "的" : value, null,
                    c.start() + quality.start(1));
            spans.add(new int[] {quality.start(1), quality.end(1)});
            return spans;
        }
        if (cue == null) {
            // 想转成年金险, 想给爸妈买个百万医疗, 在看增额寿: a wish, then a product word later in the clause
            int from = -1;
            for (String wish : r.lexicon.cue("interest_product")) {
                for (int i = s.indexOf(wish); i >= 0; i = s.indexOf(wish, i + 1)) {
                    if (!negated(s, i)) {
                        from = from < 0 ? i + wish.length() : Math.min(from, i + wish.length());
                        break;
                    }
                }
            }
            if (from >= 0) {
                for (String to : r.lexicon.cue("interest_switch")) {
                    int i = s.indexOf(to, from);
                    if (i >= 0) {
                        from = i + to.length(); // 想把定期转成年金险: the 定期 is held
                    }
                }
                List<String> wanted = productsIn(r, s.substring(from));
                for (String product : wanted) {
                    int i = s.indexOf(product, from);
                    if (REDEEM.matcher(s).region(i + product.length(), s.length()).lookingAt()) {
                        continue; // 想把理财赎回, 想把五十万理财取出来: what is taken out is held, not wanted
                    }
                    if (possessed(r, c.start() + i) || heldOne(r, c.start() + i)) {
                        continue; // 来问她那份分红险的分红怎么领: asked about what the person holds
                    }
                    r.add(r.personAt(c.start() + i), "interest", product, null, c.start() + i);
                    spans.add(new int[] {i, i + product.length()});
                }
                return spans;
            }
            String after = r.lexicon.findCue("interest_after", s);
            if (after != null && !negated(s, s.indexOf(after))) {
                // 年金险她挺感兴趣: the product named before, after the person
                int start = r.anchor(c, c.start() + s.indexOf(after)) - c.start();
                for (String product : productsIn(r, s.substring(start, s.indexOf(after)))) {
                    int i = s.indexOf(product, start);
                    r.add(r.personAt(c.start() + i), "interest", product, null, c.start() + i);
                    spans.add(new int[] {i, i + product.length()});
                }
            }
            return spans;
        }
        int valueStart = at + cue.length();
        if (Words.stripLeading(s.substring(valueStart), INTEREST_FILLER).isBlank()) {
            // 想了解一下 年金险和增额寿: the wish ends its clause, what is wished opens the next one
            int index = r.clauses.indexOf(c);
            Clause next = index + 1 < r.clauses.size() ? r.clauses.get(index + 1) : null;
            Clause previous = index > 0 ? r.clauses.get(index - 1) : null;
            if (next != null && next.sentence() == c.sentence() && !productsIn(r, next.text()).isEmpty()
                    && r.lastMentionIn(next.start(), next.end()) == null) {
                interestValue(r, next, next.text(), c.start() + valueStart);
            } else if (previous != null && previous.sentence() == c.sentence()
                    && productsIn(r, previous.text()).equals(List.of(previous.text().strip()))
                    && r.anchor(c, c.start() + at) == c.start()) {
                // 年金险 想了解: a product word standing alone, then the wish with nothing after it
                interestValue(r, previous, previous.text(), c.start() + at);
            }
            return spans;
        }
        interestValue(r, c, s.substring(valueStart), c.start() + valueStart);
        spans.add(new int[] {valueStart, s.length()});
        return spans;
    }

    /**
     * 分红险下周四签, 年金下个月买: a product word, then a day still to come and a verb of buying not yet done, is
     * wanted, not held. Adds it and says so.
     */
    private static boolean plannedPurchase(Reading r, Clause c, List<int[]> spans) {
        String s = c.text();
        for (var d : r.datesIn(c)) {
            if (!d.date().date().isAfter(r.reference)) {
                continue;
            }
            int dateAt = d.start() - c.start();
            Matcher verb = BUY_VERB.matcher(s).region(d.end() - c.start(), Math.min(s.length(), d.end() - c.start() + 4));
            List<String> products = productsIn(r, s.substring(0, dateAt));
            if (!products.isEmpty() && verb.find() && !r.lexicon.hasCue("product_held", s.substring(0, dateAt))) {
                for (String product : products) {
                    int i = s.indexOf(product);
                    r.add(r.personAt(c.start() + i), "interest", product, null, c.start() + i);
                    spans.add(new int[] {i, i + product.length()});
                }
                return true;
            }
        }
        return false;
    }

    /** A wish under a negation adverb (不想买保险, 不太想换, 没打算) is no interest. */
    private static boolean negated(String s, int at) {
        return NEGATED.matcher(s.substring(Math.max(0, at - 2), at)).find();
    }

    private static final Pattern NEGATED = Pattern.compile("[不没别未].?$");

    static void interestValue(Reading r, Clause c, String raw, int position) {
        int person = r.personAt(position);
        for (PeopleFinder.Mention m : r.finder.mentions()) {
            if (m.start() > position && m.start() < position + raw.length() && !m.pronoun()) {
                raw = raw.substring(0, m.start() - position); // …买份养老的车大姐人挺热情: the wish ends where someone is named
                break;
            }
        }
        List<String> products = productsIn(r, raw);
        if (!products.isEmpty()) {
            for (String product : products) {
                r.add(person, "interest", product, null, position);
            }
            // 想了解重疾和医疗: a kind of cover joined to the last product word, named without a product word
            String last = products.get(products.size() - 1);
            Matcher joined = JOINED_LAST.matcher(raw).region(raw.lastIndexOf(last) + last.length(), raw.length());
            if (joined.lookingAt()) {
                r.add(person, "interest", joined.group(1), null, position);
            }
            return;
        }
        String stripped = Words.stripLeading(raw, INTEREST_FILLER);
        if (NOT_FOR_SALE.matcher(stripped).lookingAt()) {
            return; // 想换工作, 想换个手机号: a change in the person's life, not something we sell
        }
        String value = Words.TRAILING.matcher(stripped).replaceAll("");
        if (value.length() == 1 && stripped.startsWith(value + "的")) {
            value = value + "的"; // 想买点稳的: a one-character quality keeps its 的
        }
        if (r.lexicon.roles().keySet().stream().anyMatch(value::contains) || VERB_COUNT.matcher(value).lookingAt()) {
            return; // 想换个理财经理: someone to deal with, not something to buy; 问了一遍又一遍: how often, not what
        }
        if (value.length() >= 2 && value.length() <= 12) {
            // 想做资产隔离和传承: two wishes joined, each its own
            for (String part : JOINED.split(value)) {
                if (part.length() >= 2) {
                    r.add(person, "interest", part, null, position);
                }
            }
        }
    }

    /** A wish for a kind of product said by its quality (稳一点的产品, 保本的, 收益高点的). */
    private static final Pattern QUALITY = Pattern.compile(
            "(?:想|要|打算|准备|只要|只想要)(?:转|换|买|配|找|做|存)?(?:点|些|一些|一点|个)?(?:到|成)?"
                    + "((?:稳|保本|安全|收益高|灵活|低风险)\\p{IsHan}{0,4}?的(?:产品|理财|配置)?)");

    /** What a wish may name that is no product of ours: a job, a home, a car, a phone. */
    private static final Pattern NOT_FOR_SALE = Pattern.compile("(?:工作|房子|车子?|手机号?|号码|单位|部门|岗位)");

    /** The words that join two wishes (资产隔离和传承, 重疾、医疗). */
    private static final Pattern JOINED = Pattern.compile("以及|和|及|、");
    /** 和医疗 ending what follows a product word: one more wish, two to four characters, ending the clause. */
    private static final Pattern JOINED_LAST = Pattern.compile("(?:以及|和|及|、)(\\p{IsHan}{2,4}?)(?:的|这块|方面)?$");
    /** 一遍又一遍, 好几次, 半天: how often or how long something was asked, not what. */
    private static final Pattern VERB_COUNT = Pattern.compile("(?:一|好几|几|两|三)(?:遍|次|回)|半天|好久");

    /** Product words of the text, longest first, without one inside another (定期寿险, not 定期). */
    static List<String> productsIn(Reading r, String s) {
        boolean[] used = new boolean[s.length()];
        for (String role : r.lexicon.roles().keySet()) {
            // 想换个理财经理: a product word inside a role word names no product
            for (int i = s.indexOf(role); i >= 0; i = s.indexOf(role, i + 1)) {
                for (int k = i; k < i + role.length(); k++) {
                    used[k] = true;
                }
            }
        }
        Map<Integer, String> found = new TreeMap<>();
        for (String product : r.lexicon.products()) {
            for (int i = s.indexOf(product); i >= 0; i = s.indexOf(product, i + 1)) {
                boolean free = true;
                for (int k = i; k < i + product.length(); k++) {
                    free &= !used[k];
                }
                if (free) {
                    for (int k = i; k < i + product.length(); k++) {
                        used[k] = true;
                    }
                    found.put(i, product);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    static void product(Reading r, Clause c, List<int[]> interestSpans) {
        String s = c.text();
        String held = s;
        for (int[] span : interestSpans) {
            held = held.substring(0, span[0]) + " ".repeat(span[1] - span[0]) + held.substring(span[1]);
        }
        List<String> products = productsIn(r, held);
        if (products.isEmpty()) {
            return;
        }
        boolean owned = r.lexicon.hasCue("product_held", held) || Amounts.mentionsMoney(held) || sumFollows(r, c, products);
        for (String product : products) {
            int at = c.start() + held.indexOf(product);
            boolean document = DOCUMENT.matcher(r.text).region(at + product.length(), r.text.length()).lookingAt();
            if (owned || (possessed(r, at) || heldOne(r, at)) && !document) {
                r.add(r.personAt(at), "product", product, null, at);
            }
        }
    }

    /** 倪先生的基金, 她那笔理财: the person named right before, with 的 or 那份/那笔, owns the product at pos. */
    private static boolean possessed(Reading r, int pos) {
        Matcher owner = OWNER.matcher(r.text.substring(Math.max(0, pos - 4), pos));
        if (!owner.find()) {
            return false;
        }
        PeopleFinder.Mention m = r.mentionEndingAt(pos - owner.group().length());
        return m != null && !r.objectPronoun(m);
    }

    /**
     * 定期 八十万 下周二到期: a clause that is only a product word, then a short clause of the same sentence that is a
     * sum or says when it matures, names what the person has.
     */
    private static boolean sumFollows(Reading r, Clause c, List<String> products) {
        int index = r.clauses.indexOf(c);
        if (index < 0 || index + 1 >= r.clauses.size() || !c.text().strip().equals(products.get(0))
                || products.size() != 1) {
            return false;
        }
        Clause next = r.clauses.get(index + 1);
        String t = next.text().strip();
        return next.sentence() == c.sentence() && t.length() <= 8 && productsIn(r, t).isEmpty()
                && (Amounts.mentionsMoney(t) || r.lexicon.hasCue("maturity", t));
    }

    /** 问她那份年金险, 他那笔理财: 那份/那笔 after someone names the one thing they have, even after a verb. */
    private static boolean heldOne(Reading r, int pos) {
        Matcher one = HELD_ONE.matcher(r.text.substring(Math.max(0, pos - 4), pos));
        return one.find() && r.mentionEndingAt(pos - one.group().length()) != null;
    }

    private static final Pattern HELD_ONE = Pattern.compile("(?:那份|那笔|这笔|这份|的那份|的那笔)$");

    /** 倪先生的年金险方案: a paper about a product, which the person does not own yet. */
    private static final Pattern DOCUMENT = Pattern.compile("的?(方案|计划书|建议书|资料|条款|报价|介绍)");
    private static final Pattern OWNER = Pattern.compile("(?:的|那份|那笔|这笔|这份|的那份|的那笔)$");

    static void risk(Reading r, Clause c) {
        Matcher m = RISK.matcher(c.text());
        if (m.find()) {
            String body = c.text().replaceAll("风险偏好|风险承受|风险类型|偏|属于|是|型|的", "");
            String before = c.text().substring(0, m.start());
            // 比较保守, 很稳健: a degree word makes it said of the person; so does ending the clause (…理财 保守)
            boolean degree = before.endsWith("比较") || before.endsWith("很") || before.endsWith("挺")
                    || before.endsWith("偏") || before.endsWith("属于");
            boolean last = c.text().substring(m.end()).replaceAll("[型的了]", "").isEmpty();
            boolean stated = body.length() <= 8 || c.text().contains("风险偏好") || degree || last;
            if (stated) {
                r.add(r.personAt(c.start() + m.start()), "risk_profile", m.group(1), null, c.start() + m.start());
            }
        }
    }

    static void stage(Reading r, Clause c) {
        Matcher m = STAGE.matcher(c.text());
        if (m.find()) {
            String value = m.group().equals("老熟客") ? "熟客" : m.group();
            r.add(r.personAt(c.start() + m.start()), "stage", value, null, c.start() + m.start());
        }
    }
}
