package com.branchmate.extraction;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.text.Amounts;
import com.branchmate.extraction.text.ChineseNumerals;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.PersonKind;

import com.hankcs.hanlp.HanLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline extractor: HanLP word boundaries, our dictionaries under {@code classpath:extraction/} and rules.
 * It reads a note clause by clause; each fact goes to the person named last before it (他/她 included), which is
 * how managers write ("王行长下周三过生日，喜欢喝普洱"). Thread-safe: all per-note state lives in local objects.
 */
public class RuleExtractor implements NoteExtractor {

    private static final Logger log = LoggerFactory.getLogger(RuleExtractor.class);

    /** Longer notes are cut: a visit note is a few hundred characters, and rules must stay fast. */
    public static final int MAX_LENGTH = 5_000;

    private final Lexicon lexicon;
    private final DateResolver dates;
    private final Pattern bankBranch;
    private final Pattern bankOnly;
    private final PeopleFinder.Patterns peoplePatterns;

    public RuleExtractor() {
        this(new DateResolver());
    }

    public RuleExtractor(DateResolver dates) {
        this.dates = dates;
        this.lexicon = Lexicon.load();
        String banks = Lexicon.alternation(lexicon.banks.keySet());
        this.bankBranch = Pattern.compile("(" + banks + ")\\s*([\\u4e00-\\u9fffA-Za-z0-9]{1,8}?"
                + "(?:支行|分行|营业部|分理处|储蓄所|网点))");
        this.bankOnly = Pattern.compile(banks);
        this.peoplePatterns = new PeopleFinder.Patterns(lexicon);
    }

    @Override
    public Extraction extract(String text, LocalDate referenceDate) {
        if (text == null || text.isBlank() || referenceDate == null) {
            return Extraction.empty();
        }
        try {
            String written = normalize(text);
            // Rules read simplified characters; names and free text are given back as written (鄧詠琪, 華僑城支行).
            String simplified = HanLP.convertToSimplifiedChinese(written);
            if (simplified.equals(written) || simplified.length() != written.length()) {
                return new Note(written, referenceDate).extract();
            }
            return asWritten(new Note(simplified, referenceDate).extract(), simplified, written);
        } catch (RuntimeException | StackOverflowError e) {
            // a rule bug must not lose the note; the manager still has the text
            log.warn("rule extraction failed: {}", e.getClass().getSimpleName());
            return Extraction.empty();
        }
    }

    private static boolean applies(String key, PersonKind kind) {
        return FactKey.of(key).map(k -> k.appliesTo(kind)).orElse(false);
    }

    /** The same extraction with each span read in {@code read} replaced by the characters of {@code written}. */
    private static Extraction asWritten(Extraction e, String read, String written) {
        BranchRef branch = e.branch() == null ? null
                : new BranchRef(e.branch().bank(), span(e.branch().name(), read, written));
        List<ExtractedPerson> people = new ArrayList<>();
        for (ExtractedPerson p : e.people()) {
            List<ExtractedFact> facts = new ArrayList<>();
            for (ExtractedFact f : p.facts()) {
                boolean freeText = FactKey.isFreeText(f.key());
                facts.add(new ExtractedFact(f.key(), freeText ? span(f.value(), read, written) : f.value(),
                        span(f.note(), read, written)));
            }
            people.add(new ExtractedPerson(span(p.name(), read, written), span(p.title(), read, written), p.kind(),
                    facts));
        }
        List<ExtractedTask> tasks = new ArrayList<>();
        for (ExtractedTask t : e.tasks()) {
            tasks.add(new ExtractedTask(t.due(), span(t.person(), read, written), span(t.content(), read, written)));
        }
        return new Extraction(branch, people, tasks);
    }

    private static String span(String value, String read, String written) {
        int at = value == null || value.isEmpty() ? -1 : read.indexOf(value);
        return at < 0 ? value : written.substring(at, at + value.length());
    }

    /** Full-width digits, letters and punctuation to their ASCII forms, so one set of rules reads both. */
    static String normalize(String text) {
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        return Normalizer.normalize(cut, Normalizer.Form.NFKC).replace('\u3000', ' ');
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Clause(int start, int end, String text, int sentence) {
    }

    private record Found(int person, String key, String value, String note, int position) {
    }

    private record Task(LocalDate due, int person, String content, int clause) {
    }

    /**
     * Punctuation, and in dictated notes without it the fillers that stand where a comma would (嗯, 然后). A comma
     * between digits groups thousands (1,200,000) and does not end a clause.
     */
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile(
            "[\\s，。!！?？;；:：、]|(?<!\\d),|,(?!\\d{3}(?!\\d))|(?<!\\d)\\.|\\.(?!\\d)|嗯+|然后|(?<![一二两三四五六七八九十\\d])[1-9一二三四五六七八九][)）](?=\\S)");
    /** A sentence ends at a full stop, a line break, a list item or a filler that starts a new topic (嗯). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。!！?？;；\\n]|嗯+|[1-9一二三四五六七八九][)）]");
    private static final Pattern PHONE = Pattern.compile("(?<![\\dA-Za-z])(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?:电话|座机|办公室|固话)[^\\d]{0,4}(0\\d{2,3})[\\s-]?(\\d{7,8})(?!\\d)");
    private static final Pattern WECHAT = Pattern.compile("(?i)(?:微信号?|wx|vx|wechat)[\\s:：号是为]*([A-Za-z][A-Za-z0-9_-]{3,19})");
    private static final Pattern AGE_UNIT = Pattern.compile("\\s*(?:周岁|岁)");
    private static final Pattern RISK = Pattern.compile("(保守|稳健|进取)(型)?(?!的产品|产品|型产品|理财|型的)");
    private static final Pattern STAGE = Pattern.compile("半熟客|老熟客|熟客|生客");
    private static final Pattern PREVIOUS = Pattern.compile(
            "(?:刚从|是从|从|原来在|之前在|以前在|原先在|原来是)([\\u4e00-\\u9fff]{2,10}?(?:支行|分行|营业部|网点|分理处|部|处|办公室|中心|公司|银行))"
                    + "(?:调|过来|下来|来|当|做|干|工作|上班|的|$)");
    private static final Pattern BIRTHDAY_PARTY = Pattern.compile("生日(会|宴|派对|聚会|礼物|蛋糕|祝福)");
    private static final Pattern OCCUPATION_PLACE = Pattern.compile("^在.{1,10}(上班|工作)$");
    private static final Pattern QUANTITY = Pattern.compile("[一二两三四五六七八九十\\d]+个$");
    private static final Pattern FAMILY_PREFIX = Pattern.compile(
            "^(?:.*说)?(?:他们|她们|他|她)?(?:的|家的|家里|家)?(?:[一二两三四五六七八九十\\d]+个)?$");
    // Word lists stripped in a loop rather than with a repeated regex group, which recurses once per repetition
    // and overflows the stack on long input.
    private static final List<String> LEADING_FILLER = List.of("两人都", "两人", "不过", "但是", "另外", "而且", "他们", "她们",
            "平时", "自己", "说", "也", "还", "都", "就", "又", "的", "是", "他", "她");
    private static final List<String> TASK_FILLER = List.of("我答应", "答应", "我说", "约了", "约好", "让我们", "让我", "之前",
            "以前", "我", "说", "前");
    private static final List<String> INTEREST_FILLER = List.of("给自己买", "给自己", "一下", "一份", "一些", "了解", "下", "份",
            "些", "点", "个", "买", "配", "再");
    private static final Pattern TRAILING = Pattern.compile("[的了吗呢啊吧~～]+$");

    /** All state of one note. */
    private final class Note {
        final String text;
        final LocalDate reference;
        final Segmenter.Word[] words;
        PeopleFinder finder;
        final List<Clause> clauses = new ArrayList<>();
        final List<DateResolver.DateMention> dateMentions;
        final List<Found> facts = new ArrayList<>();
        final List<Task> tasks = new ArrayList<>();

        Note(String text, LocalDate reference) {
            this.text = text;
            this.reference = reference;
            this.words = Segmenter.words(text);
            this.dateMentions = dates.find(text, reference);
        }

        Extraction extract() {
            List<int[]> blocked = new ArrayList<>();
            BranchRef branch = findBranch(blocked);
            PeopleFinder finder = new PeopleFinder(lexicon, peoplePatterns, text, words, blocked);
            this.finder = finder;
            finder.find();
            splitClauses();
            findPhones();
            findWechat();
            findAmounts();
            findAges();
            for (int i = 0; i < clauses.size(); i++) {
                readClause(i);
            }
            return assemble(branch);
        }

        // ---- branch -------------------------------------------------------------------------------------

        /** The branch of the visit; bank names and branch names go to {@code blocked}, they hold no person. */
        BranchRef findBranch(List<int[]> blocked) {
            Matcher bank = bankOnly.matcher(text);
            while (bank.find()) {
                blocked.add(new int[] {bank.start(), bank.end()});
            }
            BranchRef found = null;
            Matcher m = bankBranch.matcher(text);
            while (m.find()) {
                blocked.add(new int[] {m.start(2), m.end(2)});
                if (found == null && !movedFrom(m.start())) {
                    found = new BranchRef(lexicon.banks.get(m.group(1)), m.group(2));
                }
            }
            if (found != null) {
                return found;
            }
            Matcher bare = Pattern.compile("([\\u4e00-\\u9fff]{1,6})(支行|分行|营业部|分理处|储蓄所|网点)").matcher(text);
            while (bare.find()) {
                String prefix = bare.group(1);
                int cut = prefix.length();
                while (cut > 0 && "在去到给从了的是和跟与找们跑个这那我你他她各该本每回进来说".indexOf(prefix.charAt(cut - 1)) < 0) {
                    cut--;
                }
                String place = prefix.substring(cut);
                if (place.length() > 4) {
                    place = place.substring(place.length() - 4);
                }
                if (place.length() >= 2 && !movedFrom(bare.start() + cut) && !place.endsWith("分行")) {
                    return new BranchRef(null, place + bare.group(2));
                }
            }
            bank = bankOnly.matcher(text);
            while (bank.find()) {
                if (bank.group().contains("行") || bank.group().contains("储") || bank.group().contains("社")) {
                    return new BranchRef(lexicon.banks.get(bank.group()), null);
                }
            }
            return null;
        }

        /** A branch named as where someone came from or goes to is not the branch of the visit. */
        boolean movedFrom(int start) {
            String before = text.substring(Math.max(0, start - 4), start);
            return before.matches(".*(从|原来在|之前在|以前在|原先在|调去|调到|调往)$");
        }

        // ---- clauses ------------------------------------------------------------------------------------

        void splitClauses() {
            int sentence = 0;
            int start = 0;
            Matcher m = CLAUSE_SEPARATOR.matcher(text);
            while (true) {
                boolean found = m.find();
                int end = found ? m.start() : text.length();
                if (end > start) {
                    clauses.add(new Clause(start, end, text.substring(start, end), sentence));
                }
                if (!found) {
                    break;
                }
                if (SENTENCE_END.matcher(m.group()).matches()) {
                    sentence++;
                }
                start = m.end();
            }
        }

        int personAt(int pos) {
            int person = -1;
            for (PeopleFinder.Mention m : finder.mentions()) {
                if (m.start() > pos) {
                    break;
                }
                person = m.person();
            }
            return person;
        }

        /** The last mention starting inside [start, end), or null. */
        PeopleFinder.Mention lastMentionIn(int start, int end) {
            PeopleFinder.Mention last = null;
            for (PeopleFinder.Mention m : finder.mentions()) {
                if (m.start() >= start && m.start() < end) {
                    last = m;
                }
            }
            return last;
        }

        /** Text of the clause after the last mention that starts before pos, from the clause start otherwise. */
        int anchor(Clause c, int pos) {
            int anchor = c.start();
            for (PeopleFinder.Mention m : finder.mentions()) {
                if (m.start() >= c.start() && m.start() < pos && m.end() <= pos) {
                    anchor = Math.max(anchor, m.end());
                }
            }
            return anchor;
        }

        void add(int person, String key, String value, String note, int position) {
            if (person >= 0 && value != null && !value.isBlank()) {
                facts.add(new Found(person, key, value.strip(), note, position));
            }
        }

        // ---- facts found anywhere in the text ----------------------------------------------------------

        void findPhones() {
            Matcher m = PHONE.matcher(text);
            while (m.find()) {
                add(personAt(m.start()), "phone", m.group(1) + m.group(2) + m.group(3), null, m.start());
            }
            m = LANDLINE.matcher(text);
            while (m.find()) {
                add(personAt(m.start()), "phone", m.group(1) + m.group(2), null, m.start(1));
            }
        }

        void findWechat() {
            Matcher m = WECHAT.matcher(text);
            while (m.find()) {
                add(personAt(m.start()), "wechat", m.group(1), null, m.start(1));
            }
        }

        void findAmounts() {
            for (Amounts.AmountMention a : Amounts.find(text)) {
                // a vague sum (一百多万, 大几百万) is said but is no fact
                if (!a.vague() && !insideDate(a.start())) {
                    add(personAt(a.start()), "asset", Long.toString(a.yuan()), null, a.start());
                }
            }
        }

        void findAges() {
            for (ChineseNumerals.NumberMention n : ChineseNumerals.find(text)) {
                if (n.value().isEmpty() || !AGE_UNIT.matcher(text).region(n.end(), text.length()).lookingAt()) {
                    continue; // 七十多岁 is vague: no age
                }
                int age = ChineseNumerals.parseInt(n.value().get().toPlainString());
                Clause c = clauseAt(n.start());
                String before = c == null ? "" : text.substring(c.start(), n.start());
                // 孩子5岁 is the child's age, not the customer's
                if (age >= 16 && age <= 110 && lexicon.findCue("family", before) == null) {
                    add(personAt(n.start()), "age", Integer.toString(age), null, n.start());
                }
            }
        }

        boolean insideDate(int pos) {
            for (DateResolver.DateMention d : dateMentions) {
                if (pos >= d.start() && pos < d.end()) {
                    return true;
                }
            }
            return false;
        }

        Clause clauseAt(int pos) {
            for (Clause c : clauses) {
                if (pos >= c.start() && pos < c.end()) {
                    return c;
                }
            }
            return null;
        }

        List<DateResolver.DateMention> datesIn(Clause c) {
            List<DateResolver.DateMention> result = new ArrayList<>();
            for (DateResolver.DateMention d : dateMentions) {
                if (d.start() >= c.start() && d.end() <= c.end()) {
                    result.add(d);
                }
            }
            return result;
        }

        // ---- facts read clause by clause ---------------------------------------------------------------

        void readClause(int index) {
            Clause c = clauses.get(index);
            String s = c.text();
            List<DateResolver.DateMention> clauseDates = datesIn(c);
            int before = facts.size();

            if (lexicon.hasCue("correction", s) && !clauseDates.isEmpty() && correctDate(c, clauseDates.get(0))) {
                return;
            }
            dateFacts(index, c, clauseDates);
            standaloneRole(c);
            previousBranch(c);
            boolean family = family(c, clauseDates);
            hobby(c);
            if (!family) {
                personality(c);
                occupation(c);
            }
            List<int[]> interestSpans = interest(c);
            product(c, interestSpans);
            risk(c);
            stage(c);
            boolean task = task(index, c, clauseDates);
            if (facts.size() == before && !task) {
                note(c);
            }
        }

        void dateFacts(int index, Clause c, List<DateResolver.DateMention> clauseDates) {
            String s = c.text();
            List<DateResolver.DateMention> usable = clauseDates;
            if (usable.isEmpty() && lexicon.hasCue("event_dates", s) && index + 1 < clauses.size()) {
                // 生日 12月5日 / 下个月结婚，6月28号: the date may open the next clause
                Clause next = clauses.get(index + 1);
                List<DateResolver.DateMention> nextDates = datesIn(next);
                if (!nextDates.isEmpty() && nextDates.get(0).start() == next.start()) {
                    usable = nextDates;
                }
            }
            if (usable.isEmpty()) {
                return;
            }
            DateResolver.DateMention d = usable.get(0);
            int person = personAt(Math.max(d.start(), c.start()));
            if (s.contains("生日") && !BIRTHDAY_PARTY.matcher(s).find()) {
                add(person, "birthday", d.date().recurringValue(), null, d.start());
            } else if (s.contains("纪念日")) {
                int at = s.indexOf("纪念日");
                String what = s.substring(Math.max(0, at - 2), at) + "纪念日";
                add(person, "anniversary", d.date().recurringValue(), what, d.start());
            } else if (s.contains("结的婚") || s.contains("结婚的日子") || s.contains("结婚那天")) {
                add(person, "anniversary", d.date().recurringValue(), "结婚纪念日", d.start());
            } else if (s.contains("结婚") || s.contains("婚礼")) {
                add(person, "anniversary", d.date().yearGiven() || d.date().lunar() ? d.date().recurringValue()
                        : d.date().isoValue(), "结婚", d.start());
            } else if (s.contains("到期")) {
                add(person, "maturity", d.date().isoValue(), null, d.start());
            }
        }

        /** 说错了 是13306781245 / 改口说是下周二: the new date replaces the last date fact of the person. */
        boolean correctDate(Clause c, DateResolver.DateMention d) {
            int person = personAt(c.start());
            for (int i = facts.size() - 1; i >= 0; i--) {
                Found f = facts.get(i);
                if (f.person() != person) {
                    continue;
                }
                String value = switch (f.key()) {
                    case "birthday" -> d.date().recurringValue();
                    case "maturity" -> d.date().isoValue();
                    case "anniversary" -> f.value().startsWith("--") ? d.date().recurringValue() : d.date().isoValue();
                    default -> null;
                };
                if (value != null) {
                    facts.set(i, new Found(person, f.key(), value, f.note(), d.start()));
                    return true;
                }
            }
            return false;
        }

        void standaloneRole(Clause c) {
            String s = c.text().startsWith("是") ? c.text().substring(1) : c.text();
            String role = lexicon.roles.get(s);
            if (role != null) {
                int person = personAt(c.start());
                if (person >= 0 && finder.people().get(person).role == null) {
                    finder.people().get(person).role = role;
                }
            }
        }

        void previousBranch(Clause c) {
            Matcher m = PREVIOUS.matcher(c.text());
            if (m.find()) {
                add(personAt(c.start() + m.start()), "previous_branch", m.group(1), null, c.start() + m.start());
            }
        }

        boolean family(Clause c, List<DateResolver.DateMention> clauseDates) {
            String s = c.text();
            if (s.contains("生日") || s.contains("纪念日") || s.contains("结婚") || s.contains("结的婚")) {
                return false;
            }
            // a clause with an appointment date (下周二他儿子回国) tells an event, not a lasting family fact
            if (clauseDates.stream().anyMatch(d -> !d.date().date().equals(reference))) {
                return false;
            }
            int at = -1;
            for (String cue : lexicon.cue("family")) {
                int i = s.indexOf(cue);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            int pos = c.start() + at;
            String prefix = text.substring(anchor(c, pos), pos);
            if (prefix.length() > 30 || !FAMILY_PREFIX.matcher(prefix).matches()) {
                return false;
            }
            int start = pos;
            Matcher quantity = QUANTITY.matcher(prefix);
            if (quantity.find()) {
                start = pos - quantity.group().length();
            } else if (prefix.endsWith("家里")) {
                start = pos - 2;
            }
            String value = TRAILING.matcher(text.substring(start, c.end())).replaceAll("");
            add(personAt(pos), "family", value, null, pos);
            return true;
        }

        void hobby(Clause c) {
            String s = c.text();
            int at = -1;
            int valueStart = -1;
            for (String cue : lexicon.cue("hobby")) {
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
                    if (!wordBefore && !rest.startsWith("好") && lexicon.cue("hobby_verbs").stream().anyMatch(rest::startsWith)) {
                        at = i;
                        valueStart = i + 1;
                        break;
                    }
                }
            }
            if (at < 0) {
                return;
            }
            String lead = text.substring(anchor(c, c.start() + at), c.start() + at);
            if (lexicon.hasCue("family", lead)) {
                return; // 老婆喜欢跳舞 is about the wife
            }
            String value = cutHobby(s.substring(valueStart));
            for (String not : lexicon.cue("not_hobby")) {
                if (value.startsWith(not)) {
                    return;
                }
            }
            if (value.length() >= 1) {
                add(personAt(c.start() + at), "hobby", value, null, c.start() + at);
            }
        }

        String cutHobby(String value) {
            int end = Math.min(value.length(), 10);
            for (String stop : List.of("周末", "平时", "经常", "常", "每", "我", "他", "她", "尤其", "特别是", "但", "不过",
                    "也", "所以", "因为", "朋友圈", "的时候")) {
                int i = value.indexOf(stop);
                if (i > 0 && i < end) {
                    end = i;
                }
            }
            return TRAILING.matcher(value.substring(0, end)).replaceAll("");
        }

        String body(Clause c) {
            int start = anchor(c, c.end());
            String body = text.substring(start, c.end());
            return TRAILING.matcher(stripLeading(body, LEADING_FILLER)).replaceAll("");
        }

        void personality(Clause c) {
            String s = c.text();
            int at = s.indexOf("性格");
            if (at >= 0) {
                String value = TRAILING.matcher(s.substring(at + 2).replaceFirst("^(是|比较|很|挺)?", "")).replaceAll("");
                if (!value.isEmpty()) {
                    add(personAt(c.start() + at), "personality", value, null, c.start() + at);
                }
                return;
            }
            String body = body(c);
            boolean lead = lexicon.cue("personality_lead").stream().anyMatch(body::startsWith);
            boolean shortWithWord = body.length() <= 8 && lexicon.hasCue("personality", body);
            if ((lead || shortWithWord) && !body.isEmpty()) {
                add(personAt(c.end() - 1), "personality", body, null, c.start());
            }
        }

        void occupation(Clause c) {
            String body = body(c);
            if (body.isEmpty() || lexicon.hasCue("interest", body) || lexicon.hasCue("family", body)) {
                return;
            }
            boolean lead = false;
            for (String cue : lexicon.cue("occupation_lead")) {
                if (body.startsWith(cue) && body.length() > cue.length() + 1
                        && "事点个始会心一了完过好次课车门".indexOf(body.charAt(cue.length())) < 0) {
                    lead = true;
                }
            }
            boolean noun = body.length() <= 8 && lexicon.cue("occupation").stream().anyMatch(body::endsWith);
            if (lead || noun || OCCUPATION_PLACE.matcher(body).matches()) {
                String value = body.replaceFirst("^是", "").replaceFirst("生意的$", "生意");
                add(personAt(c.end() - 1), "occupation", value, null, c.start());
            }
        }

        List<int[]> interest(Clause c) {
            List<int[]> spans = new ArrayList<>();
            String s = c.text();
            Matcher keen = Pattern.compile("对(.{1,12}?)(感兴趣|有兴趣|比较感兴趣|很感兴趣)").matcher(s);
            if (keen.find()) {
                interestValue(c, keen.group(1), c.start() + keen.start(1));
                spans.add(new int[] {keen.start(1), keen.end(1)});
                return spans;
            }
            String cue = null;
            int at = -1;
            for (String candidate : lexicon.cue("interest")) {
                int i = s.indexOf(candidate);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    cue = candidate;
                }
            }
            if (cue == null) {
                return spans;
            }
            int valueStart = at + cue.length();
            interestValue(c, s.substring(valueStart), c.start() + valueStart);
            spans.add(new int[] {valueStart, s.length()});
            return spans;
        }

        void interestValue(Clause c, String raw, int position) {
            int person = personAt(position);
            List<String> products = productsIn(raw);
            if (!products.isEmpty()) {
                for (String product : products) {
                    add(person, "interest", product, null, position);
                }
                return;
            }
            String value = TRAILING.matcher(stripLeading(raw, INTEREST_FILLER)).replaceAll("");
            if (value.length() >= 2 && value.length() <= 12) {
                add(person, "interest", value, null, position);
            }
        }

        /** Product words of the text, longest first, without one inside another (定期寿险, not 定期). */
        List<String> productsIn(String s) {
            boolean[] used = new boolean[s.length()];
            Map<Integer, String> found = new java.util.TreeMap<>();
            for (String product : lexicon.products) {
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

        void product(Clause c, List<int[]> interestSpans) {
            String s = c.text();
            String held = s;
            for (int[] span : interestSpans) {
                held = held.substring(0, span[0]) + " ".repeat(span[1] - span[0]) + held.substring(span[1]);
            }
            List<String> products = productsIn(held);
            if (products.isEmpty()) {
                return;
            }
            boolean owned = lexicon.hasCue("product_held", held) || !Amounts.find(held).isEmpty();
            if (!owned) {
                return;
            }
            for (String product : products) {
                int at = c.start() + held.indexOf(product);
                add(personAt(at), "product", product, null, at);
            }
        }

        void risk(Clause c) {
            Matcher m = RISK.matcher(c.text());
            if (m.find()) {
                String body = c.text().replaceAll("风险偏好|风险承受|风险类型|偏|属于|是|型|的", "");
                boolean stated = body.length() <= 8 || c.text().contains("风险偏好") || c.text().contains("偏" + m.group(1));
                if (stated) {
                    add(personAt(c.start() + m.start()), "risk_profile", m.group(1), null, c.start() + m.start());
                }
            }
        }

        void stage(Clause c) {
            Matcher m = STAGE.matcher(c.text());
            if (m.find()) {
                String value = m.group().equals("老熟客") ? "熟客" : m.group();
                add(personAt(c.start() + m.start()), "stage", value, null, c.start() + m.start());
            }
        }

        void note(Clause c) {
            String s = c.text();
            boolean cue = lexicon.hasCue("note", s) || lexicon.notePatterns.stream().anyMatch(p -> p.matcher(s).find());
            String body = body(c);
            if (!cue && !(body.startsWith("别") || body.startsWith("不要"))) {
                return;
            }
            if (body.matches(".*(搞混|搞错|弄混|忘了|忘记).*")) {
                return; // a reminder to the writer, not about the person
            }
            if (body.length() >= 2) {
                add(personAt(c.end() - 1), "note", body, null, c.start());
            }
        }

        // ---- tasks --------------------------------------------------------------------------------------

        boolean task(int index, Clause c, List<DateResolver.DateMention> clauseDates) {
            String s = c.text();
            if (lexicon.hasCue("event_dates", s)) {
                return false;
            }
            DateResolver.DateMention due = null;
            String override = lexicon.findCue("task_override", s);
            if (!clauseDates.isEmpty() && lexicon.hasCue("task", s)) {
                due = clauseDates.get(0);
                if (override != null) {
                    int after = c.start() + s.indexOf(override);
                    for (DateResolver.DateMention d : clauseDates) {
                        if (d.start() >= after) {
                            due = d;
                            break;
                        }
                    }
                }
            }
            boolean carried = false;
            if (due == null && clauseDates.isEmpty() && index > 0) {
                String carry = lexicon.findCue("task_carry", s);
                Clause previous = clauses.get(index - 1);
                if (carry != null && previous.sentence() == c.sentence() && !s.contains("想" + carry)) {
                    List<DateResolver.DateMention> previousDates = datesIn(previous);
                    if (!previousDates.isEmpty()) {
                        due = previousDates.get(previousDates.size() - 1);
                        carried = true;
                    }
                }
            }
            if (due == null || due.date().date().isBefore(reference)) {
                return false;
            }
            if (due.date().date().equals(reference) && !s.contains("前")) {
                return false; // 今天陪行长吃饭 tells what happened; only 今天下班前... is still to do
            }
            PeopleFinder.Mention named = lastMentionIn(c.start(), c.end());
            int person = named != null ? named.person() : personAt(c.start());
            if (person < 0) {
                return false;
            }
            String content = taskContent(s, carried ? null : due);
            Task task = new Task(due.date().date(), person, content, index);
            if (override != null && !tasks.isEmpty()) {
                Task last = tasks.get(tasks.size() - 1);
                if (last.clause() == index - 1 && last.person() == person) {
                    tasks.set(tasks.size() - 1, new Task(task.due(), person, last.content(), index));
                    return true;
                }
            }
            tasks.add(task);
            return true;
        }

        String taskContent(String clause, DateResolver.DateMention due) {
            String content = due == null ? clause : clause.replace(due.text(), "");
            content = stripLeading(content, TASK_FILLER).replaceAll("(上午|下午|晚上|中午|一早)", "");
            content = content.replaceFirst("^(?:前|之前)", "");
            return content.isBlank() ? clause : content.strip();
        }

        // ---- result -------------------------------------------------------------------------------------

        Extraction assemble(BranchRef branch) {
            List<PeopleFinder.Person> people = finder.people();
            List<List<ExtractedFact>> factsByPerson = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                factsByPerson.add(new ArrayList<>());
            }
            dropCorrectedPhones();
            for (Found f : facts) {
                factsByPerson.get(f.person()).add(new ExtractedFact(f.key(), f.value(), f.note()));
            }
            List<ExtractedPerson> result = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                PeopleFinder.Person p = people.get(i);
                List<ExtractedFact> found = factsByPerson.get(i);
                boolean customer = isCustomer(p, found);
                List<ExtractedFact> kept = new ArrayList<>();
                if (!customer && p.role != null) {
                    kept.add(new ExtractedFact("role", p.role));
                }
                for (ExtractedFact f : found) {
                    if (!applies(f.key(), customer ? PersonKind.CUSTOMER : PersonKind.STAFF)) {
                        continue;
                    }
                    keep(kept, f);
                }
                result.add(new ExtractedPerson(p.name(), p.title, customer ? "CUSTOMER" : "STAFF", kept));
            }
            Map<String, ExtractedTask> unique = new LinkedHashMap<>();
            for (Task t : tasks) {
                String name = people.get(t.person()).name();
                unique.putIfAbsent(t.due() + "|" + name, new ExtractedTask(t.due(), name, t.content()));
            }
            return new Extraction(branch, result, new ArrayList<>(unique.values()));
        }

        boolean isCustomer(PeopleFinder.Person p, List<ExtractedFact> found) {
            if (p.role != null || p.staffTitle) {
                return false;
            }
            if (p.customerTitle || p.customerHint) {
                return true;
            }
            return found.stream().anyMatch(f -> !applies(f.key(), PersonKind.STAFF));
        }

        void keep(List<ExtractedFact> kept, ExtractedFact f) {
            for (int i = 0; i < kept.size(); i++) {
                ExtractedFact k = kept.get(i);
                if (!k.key().equals(f.key())) {
                    continue;
                }
                if (k.value().equals(f.value()) || (FactKey.isFreeText(f.key())
                        && (k.value().contains(f.value()) || f.value().contains(k.value())))) {
                    return;
                }
                if (FactKey.of(f.key()).map(FactKey::singleValued).orElse(false)) {
                    kept.set(i, f);
                    return;
                }
            }
            kept.add(f);
        }

        /** 手机13306781254 说错了 是13306781245: the number before the correction goes. */
        void dropCorrectedPhones() {
            for (int i = facts.size() - 1; i >= 0; i--) {
                Found later = facts.get(i);
                if (!later.key().equals("phone") && !later.key().equals("wechat")) {
                    continue;
                }
                for (int j = i - 1; j >= 0; j--) {
                    Found earlier = facts.get(j);
                    if (earlier.key().equals(later.key()) && earlier.person() == later.person()
                            && earlier.position() < later.position()
                            && lexicon.hasCue("correction", text.substring(earlier.position(), later.position()))) {
                        facts.remove(j);
                        i--;
                    }
                }
            }
        }
    }

    static String stripLeading(String s, List<String> words) {
        int start = 0;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String w : words) {
                if (s.startsWith(w, start)) {
                    start += w.length();
                    stripped = true;
                    break;
                }
            }
        }
        return s.substring(start);
    }

}
