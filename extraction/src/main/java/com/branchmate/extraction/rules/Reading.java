package com.branchmate.extraction.rules;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.mentions.Segmenter;
import com.branchmate.extraction.vocabulary.Lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a note, which every rule shares: the text, its words, dates, people and clauses, and what the rules
 * have found so far. One instance per note: not shared between threads.
 */
final class Reading {

    /** A stretch of text between separators, and the sentence it belongs to. */
    record Clause(int start, int end, String text, int sentence) {
    }

    /** A fact a rule found, for a person (index into the people), at a position of the text. */
    record Found(int person, String key, String value, String note, int position) {
    }

    /** A follow-up a rule found, in the clause it was read from. */
    record Task(LocalDate due, int person, String content, int clause) {
    }

    /**
     * Punctuation, and in dictated notes without it the fillers that stand where a comma would (嗯, 然后). A comma
     * between digits groups thousands (1,200,000) and does not end a clause.
     */
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile(
            "[\\s，。!！?？;；:：、]|(?<!\\d),|,(?!\\d{3}(?!\\d))|(?<!\\d)\\.|\\.(?!\\d)|嗯+|然后|(?<![一二两三四五六七八九十\\d])[1-9一二三四五六七八九][)）](?=\\S)");
    /** A sentence ends at a full stop, a line break, a list item or a filler that starts a new topic (嗯). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。!！?？;；\\n]|嗯+|[1-9一二三四五六七八九][)）]");

    /** The start of a list item's line: 1）, 2. , 三、, -, •. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[0-9]{1,2}[)）.、]|[一二三四五六七八九十][、)）]|[-•·*])");

    /** Parts of a month (下个月初, 中旬) and hedges after a date (15号左右, 正月十五之后) name no certain day. */
    private static final Pattern VAGUE_DATE = Pattern.compile("(初|上旬|中旬|下旬|月中)$");
    private static final Pattern HEDGE = Pattern.compile("^(左右|前后|上下|之后|以后|\\s*或)");
    /** 下周三或周四: the day after 或 is one of two as well. */
    private static final Pattern OR_BEFORE = Pattern.compile("(或|或者)\\s*$");

    final String text;
    final LocalDate reference;
    final Lexicon lexicon;
    final Segmenter.Word[] words;
    final List<DateResolver.DateMention> dateMentions;
    final List<Clause> clauses = new ArrayList<>();
    final List<Found> facts = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    PeopleFinder finder;
    /** The bank and branch names of the visit, which hold no person and no task word. */
    List<int[]> names = List.of();
    /** Computed on first use, once the people are found. */
    private List<int[]> orphanItems;

    Reading(String text, LocalDate reference, Lexicon lexicon, DateResolver dates) {
        this.text = text;
        this.reference = reference;
        this.lexicon = lexicon;
        this.words = Segmenter.words(text);
        this.dateMentions = corrected(dates.find(text, reference), text, lexicon);
    }

    /**
     * 十一月二号不对是十一月二十号, 生日3月5号 记错了 是3月6号: a date right before a correction and another date is
     * replaced by that one, which takes its place (so 生日 still finds it in its clause); the wrong date says nothing.
     */
    private static List<DateResolver.DateMention> corrected(List<DateResolver.DateMention> found, String text,
                                                            Lexicon lexicon) {
        List<DateResolver.DateMention> kept = new ArrayList<>(found);
        for (int k = 0; k + 1 < found.size(); k++) {
            String between = text.substring(found.get(k).end(), found.get(k + 1).start())
                    .replaceAll("[\\s,，。.]", "");
            for (String cue : lexicon.cue("correction")) {
                // the word the date belonged to may stand between (8号到期 更正一下 是9号)
                int at = between.indexOf(cue);
                if (at >= 0 && at <= 4 && CORRECTION_TAIL.matcher(between.substring(at + cue.length())).matches()) {
                    DateResolver.DateMention wrong = found.get(k);
                    DateResolver.DateMention right = found.get(k + 1);
                    int slot = kept.indexOf(wrong);
                    kept.set(slot, new DateResolver.DateMention(wrong.start(), wrong.end(), wrong.text(), right.date()));
                    kept.remove(right);
                    break;
                }
            }
        }
        return kept;
    }

    /** What may follow a correction word before the right value: 一下, 了, 是, 应该是. */
    private static final Pattern CORRECTION_TAIL = Pattern.compile("(一下)?(了)?(应该是|是)?");

    void splitClauses() {
        int sentence = 0;
        int start = 0;
        Matcher m = CLAUSE_SEPARATOR.matcher(text);
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            if (end > start) {
                addSplitAtSubjects(start, end, sentence);
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

    /**
     * Dictated notes run several statements together without a pause (她十月十七号结婚她老公是消防员, …商量一下我跟她约了…):
     * a 他/她 or 我 that is the subject of what follows starts a new clause, unless it is an object (约她, 带我), reported
     * (说她), after a preposition or a motion verb (去他公司), or owns a place (他家).
     */
    private void addSplitAtSubjects(int start, int end, int sentence) {
        List<Integer> subjects = new ArrayList<>();
        for (PeopleFinder.Mention m : finder.mentions()) {
            if (m.start() > start && m.start() < end && m.pronoun() && !objectPronoun(m)) {
                subjects.add(m.start());
            }
        }
        for (int i = text.indexOf('我', start); i >= 0 && i < end; i = text.indexOf('我', i + 1)) {
            if (!afterObjectVerb(i)) {
                subjects.add(i);
            }
        }
        List<Integer> listed = nextPeople(start, end);
        subjects.addAll(listed);
        subjects.addAll(familySubjects(start, end));
        subjects.addAll(hobbyStarts(start, end));
        // …想了解一下养老年金约了这周四下午在网点见, …理财下周四到期让我那天过去: an appointment the writer made, or
        // one asked of the writer, starts a statement of its own
        for (Matcher m = APPOINTMENT.matcher(text).region(start, end); m.find(); ) {
            subjects.add(m.start());
        }
        subjects.sort(null);
        int from = start;
        for (int at : subjects) {
            if (at - from < 2 || REPORTED.matcher(text.substring(from, at)).find() || MOTION.indexOf(text.charAt(at - 1)) >= 0
                    || PLACE.matcher(text).region(at + 1, Math.min(end, at + 4)).lookingAt()
                    || !predicateEndsAt(at) && !listed.contains(at)) {
                continue;
            }
            clauses.add(new Clause(from, at, text.substring(from, at), sentence));
            from = at;
        }
        clauses.add(new Clause(from, end, text.substring(from, end), sentence));
    }

    /**
     * …想给孙子存教育金另一个是邝总开装修公司的…: a name introduced as the next of a list of people (另一个是, 还有一位)
     * starts what is said of that person, pause or not.
     */
    private List<Integer> nextPeople(int start, int end) {
        List<Integer> found = new ArrayList<>();
        for (PeopleFinder.Mention m : finder.mentions()) {
            if (m.pronoun() || m.start() <= start || m.start() >= end) {
                continue;
            }
            String cue = null;
            for (String c : lexicon.cue("next_person")) {
                if (text.startsWith(c, m.start() - c.length()) && (cue == null || c.length() > cue.length())) {
                    cue = c;
                }
            }
            if (cue != null && m.start() - cue.length() > start) {
                found.add(m.start() - cue.length());
            }
        }
        return found;
    }

    /**
     * 一个人住儿子在深圳女儿在国外, 人挺好女儿在银行上班: in dictated text a family word right after a statement that
     * has ended (a verb that takes no object here, an adjective, 了) and before its own predicate starts the next
     * statement, whose subject it is. Not after a verb it may be the object of (陪儿子, 有女儿, 是女儿), nor after a noun or
     * pronoun it belongs to (老婆孩子, 他女儿).
     */
    private List<Integer> familySubjects(int start, int end) {
        List<Integer> found = new ArrayList<>();
        for (String cue : lexicon.cue("family")) {
            for (int i = text.indexOf(cue, start); i >= 0 && i < end; i = text.indexOf(cue, i + 1)) {
                Segmenter.Word word = Segmenter.wordAt(words, i);
                Segmenter.Word before = Segmenter.wordAt(words, i - 1);
                Segmenter.Word after = Segmenter.wordAt(words, i + cue.length());
                if (word == null || word.start() != i || !word.text().equals(cue) || before == null
                        || after == null || after.start() != i + cue.length() || after.nature().isEmpty()
                        || afterObjectVerb(i) || !statementEnds(before) || insideMention(i)) {
                    continue;
                }
                if ("pvdtam".indexOf(after.nature().charAt(0)) >= 0 && !found.contains(i)) {
                    found.add(i);
                }
            }
        }
        return found;
    }

    /**
     * 他酒量很好爱喝白酒, 人挺随和喜欢钓鱼: a hobby word (喜欢, 爱 + a hobby verb) right after a closed statement starts
     * the next one.
     */
    private List<Integer> hobbyStarts(int start, int end) {
        List<Integer> found = new ArrayList<>();
        for (int i = start + 1; i < end; i++) {
            int verbAt = i + 1;
            boolean cue = text.startsWith("喜欢", i) || text.charAt(i) == '爱' && verbAt < end
                    && lexicon.cue("hobby_verbs").stream().anyMatch(v -> text.startsWith(v, verbAt));
            Segmenter.Word before = cue ? Segmenter.wordAt(words, i - 1) : null;
            if (before != null && before.end() == i && statementEnds(before)) {
                found.add(i);
            }
        }
        return found;
    }

    /** Whether pos lies inside a person's mention (冯太太: a title, not a relative). */
    private boolean insideMention(int pos) {
        for (PeopleFinder.Mention m : finder.mentions()) {
            if (pos >= m.start() && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that closes a statement before a new subject: an adjective, a modal particle, a verb with no object or
     * an aspect particle after a verb (了, 过), a place that ends a 在… (儿子在深圳|女儿…).
     */
    private static boolean statementEnds(Segmenter.Word w) {
        String n = w.nature();
        return n.startsWith("a") || n.equals("ule") || n.equals("uguo") || n.equals("y") || n.equals("vi")
                || n.equals("nz") || n.equals("ns") || n.equals("s");
    }

    /** The writer's appointment or a request to the writer (约了, 让我, 叫我), which starts a statement of its own. */
    private static final Pattern APPOINTMENT = Pattern.compile("约了|约好|让我|叫我");

    /** 去他办公室, 到她单位: a pronoun right after a verb of going is where one goes, not a new subject. */
    private static final String MOTION = "去到";

    /** 他家, 她公司, 我们的: a pronoun owning something (a place what comes before may be going to). */
    private static final Pattern PLACE = Pattern.compile("们?(家|公司|单位|店|厂|那|这|行里|网点|的)");

    /**
     * Whether the words before pos close a statement: a verb, an adjective, a noun or a particle ends there, not a
     * time word (下周二上午他…), 是 or 就是 (下周三是他生日), a preposition or a conjunction.
     */
    private boolean predicateEndsAt(int pos) {
        Segmenter.Word last = Segmenter.wordAt(words, pos - 1);
        if (last == null || last.nature().isEmpty()) {
            return false;
        }
        char kind = last.nature().charAt(0);
        return (kind == 'v' || kind == 'a' || kind == 'n' || kind == 'u' || kind == 'y' || VERB_COUNT.contains(last.text()))
                && !last.text().endsWith("是");
    }

    /** How many times a verb was done (商量一下, 去一趟): the verb phrase ends with it. */
    private static final java.util.Set<String> VERB_COUNT = java.util.Set.of("一下", "一下子", "一趟", "一遍", "一会", "一会儿");

    private static final Pattern REPORTED = Pattern.compile(
            "(说|讲|提到|提过|告诉|听说|觉得|知道|问|和|跟|与|给|对|把|让|叫|替|帮|请|为|在|从|向|找|等|要|被|是)$");

    int personAt(int pos) {
        int person = -1;
        for (PeopleFinder.Mention m : finder.mentions()) {
            if (m.start() > pos) {
                break;
            }
            if (!predicateOwner(m, pos) && !(m.pronoun() && placeOf(m))) {
                person = m.person(); // 在她那买过基金: a place, not who the clause is about
            }
        }
        if (person >= 0 && orphanItem(pos)) {
            // a list of people, one an item: an item whose person was not recognised is nobody's, not the last one's
            return -1;
        }
        return person;
    }

    /**
     * 是李行长的老乡: a person named inside "是 … 的" says whose the predicate noun is; the clauses after it still talk
     * about the one who is that (柜员小胡 … 是李行长的老乡，人很腼腆).
     */
    private boolean predicateOwner(PeopleFinder.Mention m, int pos) {
        if (m.start() < 1 || text.charAt(m.start() - 1) != '是' || m.end() >= text.length() || text.charAt(m.end()) != '的') {
            return false;
        }
        Clause own = clauseAt(m.start());
        return own != null && pos >= own.end();
    }

    /**
     * The text with the people's names blanked out, same length: a name may hold a family word (孙女士 holds 孙女)
     * that says nothing about a relative.
     */
    String withoutNames(String s) {
        String result = s;
        for (PeopleFinder.Mention m : finder.mentions()) {
            if (!m.pronoun()) {
                String name = text.substring(m.start(), m.end());
                result = result.replace(name, " ".repeat(name.length()));
            }
        }
        return result;
    }

    /** Whether pos lies in a list item that names nobody while an earlier item of the same list names someone. */
    private boolean orphanItem(int pos) {
        if (orphanItems == null) {
            orphanItems = findOrphanItems();
        }
        for (int[] item : orphanItems) {
            if (pos >= item[0] && pos < item[1]) {
                return true;
            }
        }
        return false;
    }

    /** The note's list items (lines starting 1）, 2. , 三、, - ) that name nobody, after one in their list that does. */
    private List<int[]> findOrphanItems() {
        List<int[]> orphans = new ArrayList<>();
        boolean listNamesSomeone = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            boolean item = LIST_ITEM.matcher(text).region(lineStart, lineEnd).lookingAt();
            boolean named = lastMentionIn(lineStart, lineEnd) != null;
            if (!item) {
                listNamesSomeone = false;
            } else if (named) {
                listNamesSomeone = true;
            } else if (listNamesSomeone) {
                orphans.add(new int[] {lineStart, lineEnd});
            }
            lineStart = lineEnd + 1;
        }
        return orphans;
    }

    /** The clause's text from the end of the last person named in it before pos (or from its start) up to pos. */
    String leadTo(Clause c, int pos) {
        return c == null ? "" : text.substring(anchor(c, pos), pos);
    }

    /** A 他/她 right after an object verb (给她, 约他, 带了他, 带着她): the verb's object, not who the clause is about. */
    boolean objectPronoun(PeopleFinder.Mention m) {
        return m.pronoun() && (afterObjectVerb(m.start()) || placeOf(m));
    }

    /** 在她那买过基金, 从他这里: the pronoun names a place (the person's desk), not who the clause is about. */
    private boolean placeOf(PeopleFinder.Mention m) {
        return m.start() > 0 && "在从到去".indexOf(text.charAt(m.start() - 1)) >= 0 && m.end() < text.length()
                && "那这".indexOf(text.charAt(m.end())) >= 0;
    }

    private boolean afterObjectVerb(int pos) {
        int end = pos > 0 && (text.charAt(pos - 1) == '了' || text.charAt(pos - 1) == '着') ? pos - 1 : pos;
        for (String verb : lexicon.cue("object_verbs")) {
            if (text.startsWith(verb, end - verb.length())) {
                return true;
            }
        }
        return false;
    }

    /** The mention that ends right at pos, or null. */
    PeopleFinder.Mention mentionEndingAt(int pos) {
        for (PeopleFinder.Mention m : finder.mentions()) {
            if (m.end() == pos) {
                return m;
            }
        }
        return null;
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

    /**
     * Of dates in the order of the text, the last one that ends by pos: the day an event word at pos is about
     * (今天跟我说她下个礼拜二过生日), or null.
     */
    static DateResolver.DateMention lastDateBefore(List<DateResolver.DateMention> dates, int pos) {
        DateResolver.DateMention last = null;
        for (DateResolver.DateMention d : dates) {
            if (d.end() <= pos) {
                last = d;
            }
        }
        return last;
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

    /** A date that names no certain day gives no fact and no task: a value is given only when it is certain. */
    boolean vague(DateResolver.DateMention d) {
        return VAGUE_DATE.matcher(d.text()).find() || HEDGE.matcher(text.substring(d.end())).find()
                || OR_BEFORE.matcher(text.substring(Math.max(0, d.start() - 3), d.start())).find();
    }
}
