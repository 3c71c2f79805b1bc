package com.branchmate.extraction.rules;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.mentions.Segmenter;
import com.branchmate.extraction.rules.Reading.Clause;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Free-text facts about a person: family, hobby, personality, occupation, and a note when nothing else fits. */
final class Descriptions {

    /**
     * What may stand between the person and a family word: who said it and whose (他说她家的), which is left out of
     * the value, then what belongs to the fact (是两个孩子的妈妈, 家里就一个闺女, 刚生完孩子, 没有孩子, 大儿子, 一个人带孩子).
     */
    private static final Pattern FAMILY_PREFIX = Pattern.compile(
            "^(?:.*(?:说|提过|提到|听说))?(?:但是|不过|可是|而且|只是)?(?:他们|她们|他|她)?(?:的|家的|家)?"
                    + "((?:家里)?(?:就|只)?(?:是)?(?:刚|刚刚|已经|还)?"
                    + "(?:当了?|做了?|有一?个\\p{IsHan}{1,5}?的|有|没有|没|生了?|生完|怀了?|怀上了?|添了?|嫁|娶|带着?|(?:一个人|自己|独自|单独)(?:带|养|照顾)着?)?"
                    + "(?:[一二两三四五六七八九十\\d]*个)?(?:大|小|二)?)$");
    /** A relative taken somewhere (孩子来办业务, 儿子去医院): 带 then says who came along, not who raises them. */
    private static final Pattern BROUGHT_ALONG = Pattern.compile("^\\p{IsHan}{1,3}?(来|过来|去|到)");
    /** 跟儿子住, 和女儿一起生活: living with relatives, said after them. */
    private static final Pattern LIVES_WITH = Pattern.compile("(?:住|住在一起|一起生活|生活)$");
    private static final Pattern LIVING_PREFIX = Pattern.compile(
            "^(?:.*(?:说|提过|提到|听说))?(?:他们|她们|他|她)?((?:现在|目前|平时|一直)?(?:跟|和)着?)$");
    /** A relative coming along (老婆要一起来, 儿子陪他来, 女儿陪着过来): the relative word, then coming with the person. */
    private static final Pattern CAME_ALONG = Pattern.compile(
            "^\\p{IsHan}{1,4}?(?:要|会|也|说)?(?:一起|一块|陪着?|跟着)[他她]?(?:来|过来|去|过去|到)");
    /** Events of a relative's life that make a dated clause a family fact: milestones, and falling ill (住院, 做手术). */
    private static final Pattern LIFE_EVENT = Pattern.compile(
            "结婚|出嫁|嫁|娶|婚礼|出生|生孩子|生了|满月|毕业|高考|中考|考研|入学|开学|参军|退休|住院|出院|手术|开刀|生病");
    private static final Pattern DEGREE = Pattern.compile("(?:人)?(?:比较|很|挺|特别|非常|超级|蛮|有点)");
    /** 做水产生意的, 做医美的, 开了家瑜伽馆: a trade inside a longer clause. */
    private static final Pattern TRADE = Pattern.compile(
            "(?:是)?(做[\\u4e00-\\u9fffA-Za-z]{1,6}?生意|做[\\u4e00-\\u9fffA-Za-z]{2,5}?(?=的)"
                    + "|开了?(?:[一两二三四五六七八九几\\d])?[家个间所]?[\\u4e00-\\u9fff]{1,6}?(?:店|馆|院|公司|厂|超市|工作室|诊所|餐厅|饭店)"
                    // more kinds of business, with nothing of going somewhere between (开车去学校 is no trade)
                    + "|开了?(?:[一两二三四五六七八九几\\d])?[家个间所]?(?:(?![去到来回往])[\\u4e00-\\u9fff]){0,4}?"
                    + "(?:驾校|学校|幼儿园|培训班|养殖场|农场|车行|琴行|画室|律所|事务所|美容院|药房|作坊|加油站|酒楼|茶楼))");
    private static final Pattern FORMER_WORKPLACE = Pattern.compile(
            "(?:退休前|退休之前|以前|之前)(?:是|在)([\\u4e00-\\u9fff]{2,8}?)(?:的|上班|工作)");
    private static final Pattern FORMER_TRADE = Pattern.compile("(?:退休前|退休之前|以前|之前|原来)(?:是|当过|当|做过)(?:个|一个|一名)?");
    /** 明年就退休, 快当老板了, 下个月退休: what someone is about to become is a plan, not their occupation. */
    private static final Pattern PLANNED = Pattern.compile(
            "(要|快|就(?!是)|准备|马上|即将|打算|下个?月|明年|今年|年底|年后|月底)(当|做|成为)?[\\u4e00-\\u9fff]{1,5}$");
    /** HanLP's part of speech for a disease name (哮喘, 颈椎病). */
    private static final String DISEASE = "nhd";
    /** 在税务局上班, 在医院当护士长: where someone works, and as what. */
    private static final Pattern OCCUPATION_PLACE = Pattern.compile("^在.{1,10}(上班|工作)$|^在.{1,8}(当|做|任)[^，,。]{1,6}$");
    // Word lists stripped in a loop rather than with a repeated regex group, which recurses once per repetition
    // and overflows the stack on long input.
    private static final List<String> LEADING_FILLER = List.of("两人都", "两人", "不过", "但是", "所以", "另外", "而且", "他们", "她们",
            "平时", "自己", "说", "也", "还", "都", "就", "又", "的", "是", "他", "她");

    private Descriptions() {
    }

    static boolean family(Reading r, Clause c, List<DateResolver.DateMention> clauseDates) {
        String s = c.text();
        boolean relativeMarries = s.contains("结婚") && DateFacts.familyMemberMarries(r, s); // 女儿下个月结婚
        // a wedding on a day is an anniversary; without a day (刚结婚, 准备结婚) it is where the person stands
        boolean wedding = (s.contains("结婚") || s.contains("结的婚")) && !clauseDates.isEmpty();
        if (r.lexicon.hasCue("birthday", s) || s.contains("纪念日") || wedding && !relativeMarries) {
            return false;
        }
        // a clause with an appointment date (下周二他儿子回国) tells an event, not a lasting family fact, unless the
        // event is one of the relative's life (女儿下个月结婚7月18号, 儿子下周三高考)
        if (clauseDates.stream().anyMatch(d -> !d.date().date().equals(r.reference)) && !LIFE_EVENT.matcher(s).find()) {
            return false;
        }
        int at = -1;
        String unnamed = r.withoutNames(s);
        for (String section : List.of("family", "marriage")) {
            for (String cue : r.lexicon.cue(section)) {
                int i = unnamed.indexOf(cue);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
        }
        if (at < 0) {
            return false;
        }
        if ("他她".indexOf(s.charAt(at)) >= 0) {
            at++; // 她爸 names a parent by whose it is; the relative starts after the pronoun (爸妈在老家)
        }
        int pos = c.start() + at;
        String prefix = r.leadTo(c, pos);
        for (DateResolver.DateMention d : clauseDates) {
            if (d.end() <= pos && prefix.endsWith(r.text.substring(d.start(), pos))) {
                // 这周六女儿出嫁: the day first; 下周六嫁女儿: what stands between the day and the relative stays
                prefix = prefix.substring(0, prefix.length() - (pos - d.start())) + r.text.substring(d.end(), pos);
            }
        }
        Matcher lead = FAMILY_PREFIX.matcher(prefix);
        if (!lead.matches() && LIVES_WITH.matcher(s).find()) {
            lead = LIVING_PREFIX.matcher(prefix); // 现在跟儿子儿媳住: whom the person lives with
        }
        if (prefix.length() > 30 || !lead.matches()) {
            return false;
        }
        PeopleFinder.Mention owner = r.mentionEndingAt(r.anchor(c, pos));
        if (owner != null && r.objectPronoun(owner)) {
            return false; // 带了他老婆来: the relative is what was brought, not a fact told
        }
        // 有两个孩子 is "两个孩子", 有个女儿 is "女儿": the verb of having says nothing
        String kept = lead.group(1).replaceFirst("^有个?", "");
        if (CAME_ALONG.matcher(s.substring(at)).find()) {
            return false; // 老婆要一起来, 女儿陪着来: who comes along that day, not a fact about the family
        }
        if (kept.contains("带") && BROUGHT_ALONG.matcher(s.substring(at)).find()) {
            return false; // 自己带着孩子来办业务: who came with whom that day, not who raises the child
        }
        int start = pos - kept.length();
        String value = Words.TRAILING.matcher(r.text.substring(start, c.end())).replaceAll("");
        Matcher wish = RELATIVE_WISH.matcher(value);
        if (wish.find(Math.min(value.length(), pos - start + 1))) {
            // 两个孙子想提前准备点教育金: the relatives are the fact, what they wish to buy is a matter for sales
            value = value.substring(0, wish.start());
            if (r.lexicon.cue("family").contains(value)) {
                return false; // 妹妹也想买: nothing about the family but a relative who may buy
            }
        }
        r.add(r.personAt(pos), "family", value, null, pos);
        return true;
    }

    /** A relative's wish to buy or prepare something (也想买, 想提前准备点, 打算了解). */
    private static final Pattern RELATIVE_WISH = Pattern.compile(
            "(?:也|还|都)?(?:想|打算|准备)(?:提前)?(?:买|了解|配|存|准备|做|咨询)");

    static void hobby(Reading r, Clause c) {
        String s = c.text();
        int at = -1;
        int valueStart = -1;
        for (String cue : r.lexicon.cue("hobby")) {
            int i = s.indexOf(cue);
            if (i >= 0 && (at < 0 || i < at) && !(i > 0 && s.charAt(i - 1) == '不')) {
                at = i;
                valueStart = i + cue.length();
            }
        }
        if (at < 0) {
            for (int i = s.indexOf('爱'); i >= 0; i = s.indexOf('爱', i + 1)) {
                boolean wordBefore = i > 0 && "可热恋心亲关博慈仁宠溺".indexOf(s.charAt(i - 1)) >= 0;
                String rest = s.substring(i + 1);
                if (!wordBefore && !rest.startsWith("好") && r.lexicon.cue("hobby_verbs").stream().anyMatch(rest::startsWith)) {
                    at = i;
                    valueStart = i + 1;
                    break;
                }
            }
        }
        if (at < 0) {
            // 还养了一条柯基, 养了两只猫: keeping a pet
            Matcher pet = PET.matcher(s);
            if (pet.find()) {
                at = pet.start();
                valueStart = pet.start();
            }
        }
        if (at < 0) {
            // 每天早上去公园打太极, 周末常去水库钓鱼: what someone does as a habit, with a hobby verb
            Matcher habit = HABIT.matcher(s);
            while (at < 0 && habit.find()) {
                // right after the habit, or after going somewhere (去公园打太极): the first hobby verb
                int last = s.startsWith("去", habit.end()) ? Math.min(s.length() - 1, habit.end() + 5) : habit.end();
                for (int verbAt = habit.end(); verbAt <= last && at < 0; verbAt++) {
                    int v = verbAt;
                    if (r.lexicon.cue("hobby_verbs").stream().anyMatch(w -> !w.equals("去") && s.startsWith(w, v))
                            && r.lexicon.cue("not_hobby_habits").stream().noneMatch(w -> s.startsWith(w, v))) {
                        at = habit.start();
                        valueStart = verbAt;
                    }
                }
            }
        }
        if (at < 0) {
            return;
        }
        String lead = r.leadTo(c, c.start() + at);
        if (r.lexicon.hasCue("family", lead)) {
            return; // 老婆喜欢跳舞 is about the wife
        }
        String value = cutHobby(s.substring(valueStart));
        for (String not : r.lexicon.cue("not_hobby")) {
            if (value.startsWith(not)) {
                return;
            }
        }
        // one character learnt (在学车 gives 车) is part of a word for a skill of daily life, not a pastime
        boolean learning = s.startsWith("学", valueStart - 1);
        if (value.length() >= (learning ? 2 : 1)) {
            r.add(r.personAt(c.start() + at), "hobby", value, null, c.start() + at);
        }
    }

    /** Keeping animals or plants, counted (养了一条柯基, 养了两只猫, 养了一缸鱼). */
    private static final Pattern PET = Pattern.compile("养(?:了)?(?:一|两|三|几|好几)(?:条|只|缸|盆|笼)");

    /** A habit: how often and when of the day (每天早上, 周末经常). */
    private static final Pattern HABIT = Pattern.compile(
            "(?:每天|每周[一二三四五六日天]?|每个?周末|每个?礼拜[一二三四五六日天]?|周末|平时|没事就|有空就|一有空就)"
                    + "(?:早上|早晨|上午|下午|晚上|傍晚|晚饭后)?(?:都|就|会|常|经常|还)?(?:在)?");

    /** Words that hold 他 without being a pronoun. */
    private static final Pattern PRONOUN_INSIDE_WORD = Pattern.compile("[吉其]他");

    static String cutHobby(String value) {
        int end = Math.min(value.length(), 10);
        for (String stop : List.of("周末", "平时", "经常", "常", "每", "我", "他", "她", "尤其", "特别是", "但", "不过",
                "也", "所以", "因为", "朋友圈", "的时候")) {
            int i = value.indexOf(stop);
            while (i > 0 && PRONOUN_INSIDE_WORD.matcher(value).region(i - 1, value.length()).lookingAt()) {
                i = value.indexOf(stop, i + 1); // 吉他, 其他: the character is no pronoun there
            }
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return Words.TRAILING.matcher(value.substring(0, end)).replaceAll("");
    }

    static String body(Reading r, Clause c) {
        int start = r.anchor(c, c.end());
        String body = r.text.substring(start, c.end());
        return Words.TRAILING.matcher(Words.stripLeading(body, LEADING_FILLER)).replaceAll("");
    }

    static void personality(Reading r, Clause c) {
        String s = c.text();
        int at = s.indexOf("性格");
        if (at >= 0) {
            String rest = Words.TRAILING.matcher(s.substring(at + 2).replaceFirst("^是", "")).replaceAll("");
            // 性格挺强势的不太好聊: a degree word and a character word are the value, what follows is another matter
            String graded = graded(r, rest, true);
            String value = graded != null ? graded : rest.replaceFirst("^(比较|很|挺)", "");
            if (!value.isEmpty()) {
                r.add(r.personAt(c.start() + at), "personality", value, null, c.start() + at);
            }
            return;
        }
        String body = body(r, c);
        // 人挺热情但是比较节俭: a contrast followed by a degree word says a second trait of the same person
        for (String part : CONTRAST.split(body)) {
            String value = personalityOf(r, part);
            if (value != null) {
                r.add(r.personAt(c.end() - 1), "personality", value, null, c.start());
            }
        }
    }

    private static final Pattern HOW_TO_TALK = Pattern.compile("(?:跟他|跟她|和他|和她)?(?:说话|讲话)(?:要|得|时要|的时候要)");

    private static final Pattern CONTRAST = Pattern.compile(
            "(?:但是|但|不过|可是|而且|并且)(?=(?:人)?(?:比较|很|挺|特别|非常|超级|蛮|有点))");

    /** The temperament a stretch of a clause states about the person, or null. */
    private static String personalityOf(Reading r, String body) {
        if (body.isEmpty() || HOW_TO_TALK.matcher(body).lookingAt()) {
            return null; // 说话得大声: how we must talk to the person (a note), not how the person talks
        }
        boolean lead = r.lexicon.cue("personality_lead").stream().anyMatch(body::startsWith);
        boolean shortWithWord = body.length() <= 8 && r.lexicon.hasCue("personality", body);
        // 心直口快, 人老实: the clause is a temperament word of the thesaurus and nothing else
        String bare = body.startsWith("人") ? body.substring(1) : body;
        shortWithWord |= bare.length() >= 2 && bare.equals(r.lexicon.cueAt("personality_bare", bare, 0));
        // 挺腼腆, 比较沉稳的: a degree word, then only a temperament word of the thesaurus
        Matcher graded = DEGREE.matcher(body);
        if (!shortWithWord && graded.lookingAt()) {
            String rest = Words.TRAILING.matcher(body.substring(graded.end())).replaceAll("");
            shortWithWord = rest.length() >= 2 && rest.equals(r.lexicon.cueAt("personality_bare", rest, 0));
        }
        if (lead || shortWithWord) {
            return body;
        }
        // 挺强势的不太好聊: a degree word then a character word, the value ending with it
        String gradedValue = graded(r, body, false);
        if (gradedValue != null) {
            return gradedValue;
        }
        Matcher degree = DEGREE.matcher(body);
        String cares = degree.find() && degree.start() == 0 ? r.lexicon.cueAt("personality_verbs", body, degree.end())
                : null;
        if (cares == null) {
            return null;
        }
        // 比较看重数据要带报表过去: the verb and what is cared about, up to where the next statement starts
        int end = Math.min(body.length(), degree.end() + cares.length() + 4);
        Matcher stop = CARED_ABOUT_END.matcher(body).region(degree.end() + cares.length(), end);
        return body.substring(0, stop.find() ? stop.start() : end);
    }

    /**
     * A degree word and a character word of the list at most two characters after it (比较节俭, 挺强势), from the degree
     * word to the end of the character word; with {@code atStart} only when the text starts with the degree word.
     */
    private static String graded(Reading r, String text, boolean atStart) {
        Matcher degree = DEGREE.matcher(text);
        if (!degree.find() || atStart && degree.start() != 0) {
            return null;
        }
        String word = r.lexicon.findCue("personality", text.substring(degree.end()));
        int wordAt = word == null ? -1 : text.indexOf(word, degree.end());
        return wordAt >= 0 && wordAt - degree.end() <= 2 ? text.substring(degree.start(), wordAt + word.length()) : null;
    }

    private static final Pattern CARED_ABOUT_END = Pattern.compile("[要就所但得的了]");

    static void occupation(Reading r, Clause c) {
        String body = body(r, c);
        if (body.isEmpty()) {
            return;
        }
        // a whole clause naming an occupation must be about nothing else; a trade or a former workplace is specific
        // enough to be read inside a longer dictated clause, unless a family word comes first (他老婆是做…的)
        if (!r.lexicon.hasCue("interest", body) && !r.lexicon.hasCue("family", body) && wholeOccupation(r, c, body)) {
            return;
        }
        // the trade anywhere in the clause, for the person named last before it (姚大姐就是开花店的那个她说…)
        Matcher trade = TRADE.matcher(c.text());
        while (trade.find()) {
            int at = c.start() + trade.start(1);
            String lead = r.leadTo(c, at);
            boolean everyday = trade.group(1).startsWith("做")
                    && "事点个始会心一了完过好次课车门的".indexOf(c.text().charAt(trade.start(1) + 1)) >= 0;
            // 想做企业主的保障规划: what comes after a wish is what they want, not their trade
            boolean wished = r.lexicon.cueIndex("interest", c.text()) < trade.start(1);
            if (!everyday && !wished && !r.lexicon.hasCue("family", lead) && r.personAt(at) >= 0) {
                r.add(r.personAt(at), "occupation", trade.group(1), null, c.start());
                return;
            }
        }
        // 退休前在供电局上班, 以前是纺织厂的: the workplace before retiring
        Matcher former = FORMER_WORKPLACE.matcher(body);
        if (former.find() && !familyBefore(r, body, former.start())) {
            r.add(r.personAt(c.end() - 1), "occupation", former.group(1), null, c.start());
            return;
        }
        // 退休前是小学老师, 以前当过会计: the trade before retiring, a phrase ending with an occupation word
        Matcher was = FORMER_TRADE.matcher(body);
        if (was.find() && !familyBefore(r, body, was.start())) {
            for (int end = Math.min(body.length(), was.end() + 8); end > was.end(); end--) {
                String phrase = body.substring(was.end(), end);
                if (r.lexicon.cue("occupation").stream().anyMatch(phrase::endsWith)) {
                    r.add(r.personAt(c.end() - 1), "occupation", phrase, null, c.start());
                    return;
                }
            }
        }
    }

    private static boolean familyBefore(Reading r, String body, int end) {
        return r.lexicon.hasCue("family", body.substring(0, end));
    }

    /** 是医生, 做外贸的, 在税务局上班: the clause is the occupation. Adds it and says so. */
    private static boolean wholeOccupation(Reading r, Clause c, String body) {
        boolean lead = false;
        for (String cue : r.lexicon.cue("occupation_lead")) {
            if (body.startsWith(cue) && body.length() > cue.length() + 1
                    && "事点个始会心一了完过好次课车门的".indexOf(body.charAt(cue.length())) < 0) {
                lead = true;
            }
        }
        boolean noun = body.length() <= 8 && r.lexicon.cue("occupation").stream().anyMatch(body::endsWith)
                && !PLANNED.matcher(body).find();
        if (lead && body.length() <= 10 || noun || OCCUPATION_PLACE.matcher(body).matches()) {
            Matcher former = FORMER_TRADE.matcher(body);
            String value = (former.lookingAt() ? body.substring(former.end()) : body).replaceFirst("^是", "")
                    .replaceFirst("生意的$", "生意")
                    // 开驾校的五十来岁: dictation runs the next statement on after the trade's 的
                    .replaceFirst("^((?:做|开|搞|跑|经营)[^的]{1,8})的.+$", "$1");
            r.add(r.personAt(c.end() - 1), "occupation", value, null, c.start());
            return true;
        }
        return false;
    }

    static void note(Reading r, Clause c) {
        String s = c.text();
        int at = noteCue(r, c);
        String body = body(r, c);
        if (at < 0 && (body.startsWith("别") || body.startsWith("不要"))) {
            at = r.anchor(c, c.end()) - c.start();
        }
        if (at < 0 || body.matches(".*(搞混|搞错|弄混|忘了|忘记).*")) {
            return; // no cue, or a reminder to the writer, not about the person
        }
        // the stretch around the cue: from the person named before it (or the clause start) to the next person who
        // is not the object of a verb (别给她推复杂的产品 keeps 她; 分管零售的他说… ends at 他), or the clause end
        int from = r.anchor(c, c.start() + at);
        String lead = r.withoutNames(r.text.substring(from, c.start() + at));
        if (r.lexicon.hasCue("family", lead) && !lead.matches(".*[和跟与带陪给帮替为].*")) {
            return; // 儿子下周回国: what a relative does is no note about the person (他和太太去旅游 still is)
        }
        int to = c.end();
        for (PeopleFinder.Mention m : r.finder.mentions()) {
            if (m.start() > c.start() + at && m.start() < to && !r.objectPronoun(m)) {
                to = m.start();
                break;
            }
        }
        String value = Words.TRAILING.matcher(Words.stripLeading(r.text.substring(from, to), LEADING_FILLER))
                .replaceAll("");
        if (value.length() >= 2) {
            r.add(r.personAt(c.start() + at), "note", value, null, c.start());
        }
    }

    /**
     * Where the first cue of a note starts in the clause (a cue word, a condition of the body, a word HanLP tags as
     * a disease, a pattern), or -1.
     */
    private static int noteCue(Reading r, Clause c) {
        String s = c.text();
        int at = Math.min(r.lexicon.cueIndex("note", s), r.lexicon.cueIndex("note_health", s));
        for (Segmenter.Word w : r.words) {
            if (w.start() >= c.start() && w.end() <= c.end() && w.nature().equals(DISEASE)) {
                at = Math.min(at, w.start() - c.start());
                break;
            }
        }
        for (Pattern p : r.lexicon.notePatterns()) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                at = Math.min(at, m.start());
            }
        }
        return at == Integer.MAX_VALUE ? -1 : at;
    }
}
