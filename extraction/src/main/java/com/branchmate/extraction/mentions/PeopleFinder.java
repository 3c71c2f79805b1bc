package com.branchmate.extraction.mentions;

import com.branchmate.extraction.vocabulary.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a note talks about and where: role + name (大堂经理李娜, 柜员小卢), surname + title (王行长, 张先生),
 * 小/老 + surname (小姚, 老邱), 行长姓万, 客户 + name, full names seen before, and 他/她 (the last person named).
 * Mentions of one person are merged: 范文斌 then 范主管 is one person, 石行长 and 柜员小石 are two.
 * One instance per note: not shared between threads.
 */
public final class PeopleFinder {

    /** A person being built. {@code customerHint} is set when the text says 客户 right before the name. */
    public static final class Person {
        public final String surname;
        public String fullName;
        public String title;
        public String role;
        public boolean staffTitle;
        public boolean customerTitle;
        public boolean customerHint;
        /** One of our own colleagues (同事小温), named in the note but no person of the branch. */
        public boolean colleague;
        /** A relative of someone (他老婆叫刘芳, 老公老周): a fact of that person, no person of its own. */
        public boolean relative;
        final Set<String> aliases = new LinkedHashSet<>();

        Person(String surname) {
            this.surname = surname;
        }

        public String name() {
            return fullName != null ? fullName : surname;
        }
    }

    /** Where a person is named (or referred to by a pronoun) in the text. */
    public record Mention(int start, int end, int person, boolean pronoun) {
    }

    private static final Set<String> NOT_DIMINUTIVE = Set.of("小米", "小钱", "小白", "老白", "小龙虾", "老江湖",
            "老毛病", "老顾客", "老方法", "小周末", "老周末");

    /** The regular expressions over the dictionaries, compiled once per extractor: shared, immutable. */
    public static final class Patterns {
        final Pattern roleSurname;
        final Pattern called;
        final Pattern roleWords;

        public Patterns(Lexicon lexicon) {
            String roles = Lexicon.alternation(lexicon.roles().keySet());
            roleSurname = Pattern.compile("(" + roles + ") ?姓");
            // 小韩（韩雪）: the full name in brackets after a nickname is said like 就是
            called = Pattern.compile("客户|名叫|叫|就是|(?<=[小老][\\u4e00-\\u9fff])[（(]");
            roleWords = Pattern.compile(roles);
        }
    }

    private final Lexicon lexicon;
    private final Patterns patterns;
    private final String text;
    private final Segmenter.Word[] words;
    private final GivenNames givenNames;
    private final List<Person> people = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final MentionMerger merger;
    private final boolean[] claimed;

    /** {@code blocked} spans (bank names, the branch name) hold no person: 交行长江路支行 has no 行长 江路. */
    public PeopleFinder(Lexicon lexicon, Patterns patterns, String text, Segmenter.Word[] words, List<int[]> blocked) {
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.text = text;
        this.words = words;
        this.givenNames = new GivenNames(text, words);
        this.merger = new MentionMerger(lexicon, text, people);
        this.claimed = new boolean[text.length() + 1];
        for (int[] span : blocked) {
            for (int i = Math.max(0, span[0]); i < Math.min(text.length(), span[1]); i++) {
                claimed[i] = true;
            }
        }
    }

    public List<Person> people() {
        return people;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * Finds the names in passes: those tied to a role word claim their text first; surnames with titles, nicknames and
     * names after 客户/叫 take what is left (the longest at each place); full names found so far are found again;
     * then each name is merged into a person and pronouns are bound.
     */
    public void find() {
        List<Candidate> candidates = new ArrayList<>();
        rolesWithSurname(candidates);
        namesWithRoles(candidates);
        misheardRoles(candidates);
        claim(candidates);

        List<Candidate> second = new ArrayList<>();
        surnamesWithTitles(second, roleSpans());
        surnamesSaidApart(second);
        nicknames(second);
        calledNames(second);
        second.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : second) {
            add(kept, c);
        }
        claim(kept);
        candidates.addAll(kept);

        fullNamesAgain(candidates);

        candidates.sort(Comparator.comparingInt(Candidate::start));
        namesBeforeTitles(candidates);
        correctNames(candidates);
        List<Mention> explicit = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean relative = afterRelativeWord(c.start());
            int person = relative ? merger.relativeOf(c) : merger.resolve(c);
            explicit.add(new Mention(c.start(), c.end(), person, false));
            if (colleagueBefore(c.start())) {
                people.get(person).colleague = true;
            }
        }
        explicit.addAll(postsSaid());
        explicit.sort(Comparator.comparingInt(Mention::start));
        mentions.addAll(new Pronouns(lexicon, text, words).bind(explicit, people, this::isClaimed));
    }

    /** Where role words stand: roles as words (个金主管) cannot hold a surname + title (金主管). */
    private List<int[]> roleSpans() {
        Matcher roleWords = patterns.roleWords.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (roleWords.find()) {
            spans.add(new int[] {roleWords.start(), roleWords.end()});
        }
        return spans;
    }

    /** 行长姓万: the surname said after the role. */
    private void rolesWithSurname(List<Candidate> candidates) {
        Matcher m = patterns.roleSurname.matcher(text);
        while (m.find()) {
            String surname = surnameAt(m.end(), true);
            int roleStart = unclaimedStart(m.start(), m.end(1));
            if (surname != null && roleStart >= 0) {
                String roleWord = text.substring(roleStart, m.end(1));
                add(candidates, new Candidate(roleStart, m.end() + surname.length(), surname, "", roleWord,
                        lexicon.roles().get(roleWord), true, false, surname + roleWord));
            }
        }
    }

    /** 大堂经理李娜, 柜员小卢, 保安老邱, 保洁的毛阿姨, 行长叫官振华: names said with a role word, after it or before it. */
    private void namesWithRoles(List<Candidate> candidates) {
        Matcher m = patterns.roleWords.matcher(text);
        int next = 0;
        while (next < text.length() && m.find(next)) {
            next = m.end();
            int roleStart = unclaimedStart(m.start(), m.end());
            if (roleStart < 0) {
                continue;
            }
            String roleWord = text.substring(roleStart, m.end());
            String role = lexicon.roles().get(roleWord);
            int at = m.end();
            while (at < text.length() && text.charAt(at) == ' ') {
                at++; // 理财经理 苏晴: terse notes put a space between the role and the name
            }
            char link = at < text.length() ? text.charAt(at) : 0;
            boolean linked = link == '的' || link == '叫' || link == ':' || link == '是';
            int nameAt = linked ? at + 1 : at;
            while (link == ':' && nameAt < text.length() && text.charAt(nameAt) == ' ') {
                nameAt++; // 柜员: 龚丽
            }
            // 理财经理是伍姐, 保安是老伍: after 是 a full name only where HanLP reads one (行长是江西人 names nobody)
            boolean fullName = link == '是' ? isPersonNameAt(nameAt) : link != '的';
            Candidate c = nameAfterRole(roleStart, nameAt, roleWord, role, fullName);
            if (c == null && link == '叫') {
                c = calledName(roleStart, nameAt, roleWord, role);
            }
            if (c == null) {
                c = nameBeforeRole(roleStart, roleWord, role);
            }
            if (c == null) {
                continue;
            }
            add(candidates, c);
            next = Math.max(m.end(), c.end()); // a name before the role word (龚丽是柜员) ends before it
            // 柜员小单和小闵: a role before names joined by 和 or 、 is each one's
            while (next + 1 < text.length() && "和、".indexOf(text.charAt(next)) >= 0) {
                Candidate more = nameAfterRole(next + 1, next + 1, roleWord, role, false);
                if (more == null) {
                    break;
                }
                add(candidates, more);
                next = more.end();
            }
        }
    }

    /** 王行长, 张先生, 金大姐, 司徒先生; 戚姐大堂: a surname and a title; a role word right after names the role. */
    private void surnamesWithTitles(List<Candidate> second, List<int[]> roleSpans) {
        for (int i = 0; i < text.length(); i++) {
            String surname = surnameAt(i, true);
            String title = surname == null ? null : titleAt(i + surname.length());
            if (title == null && surname != null && surname.length() == 2) {
                surname = surnameAt(i, 1, true);
                title = surname == null ? null : titleAt(i + 1);
            }
            Candidate named = title == null ? null : fullNameBeforeTitle(i, surname, title);
            if (named != null) {
                second.add(named); // 伍海主任: the full name HanLP reads, then the title
                i = named.end() - 1;
                continue;
            }
            if (title == null || wordNotSurname(i, surname) && !(title.length() >= 2 && standsAlone(i, surname)
                    && !linkingWord(i) && !startsLongerWord(i + surname.length(), title))) {
                continue;
            }
            if (lexicon.markedSurnames().contains(surname) && i > 0 && "他她我".indexOf(text.charAt(i - 1)) >= 0) {
                continue; // 她和先生: after a pronoun the everyday word ("she and her husband"), not a name
            }
            int end = i + surname.length() + title.length();
            if (insideRoleWord(roleSpans, i, end) || badTitleFollower(title, end)) {
                continue;
            }
            Lexicon.Title t = lexicon.titles().get(title);
            String role = t.role();
            boolean staff = t.staff();
            if (role == null && staff) {
                role = domainOfTitle(i, end, title); // 理财的孙经理, 孙经理（理财）: 理财 + 经理 is 理财经理
            }
            String roleAfter = role == null ? roleAt(end) : null;
            int candidateEnd = end;
            Matcher is = role == null && roleAfter == null ? ROLE_STATED.matcher(text).region(end, text.length()) : null;
            if (is != null && is.lookingAt() && roleAt(is.end()) != null) {
                // 伍姐是这里的理财经理: the post said of the person named by surname and title; the mention ends
                // before 是, the role word stays for no one else
                String stated = roleAt(is.end());
                second.add(new Candidate(i, end, surname, "", title, lexicon.roles().get(stated), true, false,
                        surname + title));
                i = end - 1;
                continue;
            }
            if (roleAfter != null) {
                role = lexicon.roles().get(roleAfter);
                staff = true;
                candidateEnd = end + roleAfter.length();
            } else if (role == null && roleInBrackets(end) != null) {
                role = roleInBrackets(end); // 宓姐（大堂经理）
                staff = true;
            }
            second.add(new Candidate(i, candidateEnd, surname, "", title, role, staff, !staff, surname + title));
            i = end - 1;
        }
    }

    /** 一个姓黄的大姐: the surname said apart from the title, which then names the person as 黄大姐 does. */
    private void surnamesSaidApart(List<Candidate> second) {
        for (int i = text.indexOf('姓'); i >= 0; i = text.indexOf('姓', i + 1)) {
            String surname = surnameAt(i + 1, true);
            int titleAt = surname == null ? -1 : i + 1 + surname.length() + 1;
            String title = titleAt < 0 || text.charAt(titleAt - 1) != '的' ? null : titleAt(titleAt);
            if (title != null && title.length() >= 2) {
                Lexicon.Title t = lexicon.titles().get(title);
                second.add(new Candidate(i, titleAt + title.length(), surname, "", title, t.role(), t.staff(),
                        !t.staff(), surname + title));
            }
        }
    }

    /** 小姚, 老邱; 小莫柜员: 小/老 and a surname. */
    private void nicknames(List<Candidate> second) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char mark = text.charAt(i);
            String surname = mark == '小' || mark == '老' ? surnameAt(i + 1, true) : null;
            if (surname == null || continuesWord(i, 1 + surname.length(), true)) {
                continue;
            }
            int end = i + 1 + surname.length();
            String roleAfter = roleAt(end);
            String role = roleAfter == null ? null : lexicon.roles().get(roleAfter);
            if (role == null) {
                role = roleInBrackets(end); // 小宓（柜员）
            }
            Matcher is = role == null ? ROLE_STATED.matcher(text).region(end, text.length()) : null;
            if (is != null && is.lookingAt() && roleAt(is.end()) != null) {
                role = lexicon.roles().get(roleAt(is.end())); // 老樊是这里的保安: the post said of the nickname
            }
            second.add(new Candidate(i, roleAfter == null ? end : end + roleAfter.length(), surname, "",
                    String.valueOf(mark), role, role != null, false, mark + surname));
            i = end - 1;
        }
    }

    /** 客户李明, 叫王芳, 小廖就是廖思琪 (the full name then joins 小廖): names after 客户, 叫, 就是. */
    private void calledNames(List<Candidate> second) {
        Matcher m = patterns.called.matcher(text);
        while (m.find()) {
            String surname = surnameAt(m.end(), false);
            if (surname == null) {
                continue;
            }
            int start = m.end();
            Segmenter.Word word = Segmenter.wordAt(words, start);
            boolean bracket = "（(".indexOf(m.group().charAt(0)) >= 0;
            if (word != null && word.start() == start && word.text().length() > surname.length()
                    && !word.isPersonName() && !bracket) {
                continue; // 客户沙龙, 客户钱包: a word, and without a title nothing says it is a name
            }
            int given = givenNames.length(start, surname.length());
            if (given > 0) {
                String name = text.substring(start, start + surname.length() + given);
                second.add(new Candidate(start, start + name.length(), surname, name.substring(surname.length()),
                        null, null, false, false, name));
            }
        }
    }

    /** Full names seen once are found again without a title (贾磊 ... 这周五贾磊带我去). */
    private void fullNamesAgain(List<Candidate> candidates) {
        Set<String> fullNames = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            if (!c.given().isEmpty() || ENGLISH_NAME.matcher(c.surname()).matches()) {
                fullNames.add(c.surname() + c.given());
            }
        }
        for (String name : fullNames) {
            int from = 0;
            int at;
            while ((at = text.indexOf(name, from)) >= 0) {
                from = at + name.length();
                boolean english = ENGLISH_NAME.matcher(name).matches();
                if (english && !ENGLISH_NAME.matcher(text).region(at, text.length()).lookingAt()
                        || english && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                    continue; // Lisa inside lisa_wang or Elisa
                }
                if (!isClaimed(at, at + name.length())) {
                    String surname = english ? name : surnameOf(name);
                    Candidate c = new Candidate(at, at + name.length(), surname, name.substring(surname.length()),
                            null, null, false, false, name);
                    candidates.add(c);
                    claim(List.of(c));
                }
            }
        }
    }

    /** A role word in brackets right at pos (小宓（柜员）), as its role, or null. */
    private String roleInBrackets(int pos) {
        if (pos >= text.length() || "（(".indexOf(text.charAt(pos)) < 0) {
            return null;
        }
        String word = roleAt(pos + 1);
        int close = word == null ? -1 : pos + 1 + word.length();
        return close >= 0 && close < text.length() && "）)".indexOf(text.charAt(close)) >= 0
                ? lexicon.roles().get(word) : null;
    }

    /** What follows a post named without a name when the post is who speaks or asks (行长说, 行长让我). */
    private static final Pattern SPEAKS = Pattern.compile("说|讲|让|叫|提到|告诉|希望|要求");

    /**
     * 行长说他们网点今年… 行长姓蔡: a post said alone, as who speaks or asks, is the one person the note gives that post
     * (before or after); not our own (我们的客户经理), nor a post two people hold.
     */
    private List<Mention> postsSaid() {
        List<Mention> found = new ArrayList<>();
        Matcher m = patterns.roleWords.matcher(text);
        while (m.find()) {
            String word = roleAt(m.start());
            int end = m.start() + word.length();
            if (isClaimed(m.start(), end) || !SPEAKS.matcher(text).region(end, text.length()).lookingAt()
                    || text.substring(Math.max(0, m.start() - 3), m.start()).matches(".*(我们的?|我的?|同事|副)$")) {
                continue;
            }
            String role = lexicon.roles().get(word);
            int holder = -1;
            for (int i = 0; i < people.size(); i++) {
                if (role.equals(people.get(i).role) && !people.get(i).colleague) {
                    holder = holder == -1 ? i : -2;
                }
            }
            if (holder >= 0) {
                found.add(new Mention(m.start(), end, holder, false));
            }
        }
        return found;
    }

    /** What a title that says no post (经理, 主管) is of: 理财 + 经理 is the role 理财经理. */
    private static final Pattern DOMAIN_BEFORE = Pattern.compile("([\\u4e00-\\u9fff]{2})的?$");
    private static final Pattern DOMAIN_AFTER = Pattern.compile("[（(]([\\u4e00-\\u9fff]{2})[)）]");

    /**
     * 理财孙经理, 管理财的孙经理, 孙经理（理财）: the two characters before the surname (的 between at most) or in brackets
     * after the title, with the title, make a role word; that is the person's role. Null otherwise (客户孙经理 is a
     * customer's manager, not a post at the branch).
     */
    private String domainOfTitle(int start, int end, String title) {
        Matcher before = DOMAIN_BEFORE.matcher(text.substring(Math.max(0, start - 3), start));
        String domain = before.find() ? before.group(1) : null;
        String role = domain == null || domain.equals("客户") ? null : lexicon.roles().get(domain + title);
        if (role != null) {
            return role;
        }
        Matcher after = DOMAIN_AFTER.matcher(text).region(end, text.length());
        return after.lookingAt() ? lexicon.roles().get(after.group(1) + title) : null;
    }

    /**
     * 接任的是尚国庆。尚行长…: a full name said with no role or title before it is found once a surname and title first
     * names someone of that surname; the full name HanLP reads earlier in the note, with a pause or a verb after it,
     * is that person's (not after a relative's word: 他儿子周军 … 周大爷 names two people).
     */
    private void namesBeforeTitles(List<Candidate> candidates) {
        Set<String> seen = new java.util.HashSet<>();
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean first = seen.add(c.surname());
            if (!first || !c.given().isEmpty() || c.title() == null || "小".equals(c.title()) || "老".equals(c.title())) {
                continue;
            }
            for (Segmenter.Word w : words) {
                if (w.start() >= c.start()) {
                    break;
                }
                int given = w.text().length() - c.surname().length();
                if (w.isPersonName() && w.text().startsWith(c.surname()) && given >= 1 && given <= 2
                        && w.text().chars().allMatch(ch -> isHan((char) ch)) && !isClaimed(w.start(), w.end())
                        && (predicateFollows(w.end()) || ",，。;；、".indexOf(text.charAt(w.end())) >= 0)
                        && !afterRelative(w.start())) {
                    Candidate named = new Candidate(w.start(), w.end(), c.surname(), w.text().substring(c.surname().length()),
                            null, null, false, false, w.text());
                    found.add(named);
                    claim(List.of(named));
                    break;
                }
            }
        }
        candidates.addAll(found);
        candidates.sort(Comparator.comparingInt(Candidate::start));
    }

    /** A family word ends right before pos, 叫 or 是 between at most (老婆叫刘芳, 老公老周, 她妈妈葛阿姨). */
    private boolean afterRelativeWord(int pos) {
        int end = pos;
        for (String link : List.of("名叫", "叫", "是")) {
            if (text.startsWith(link, end - link.length())) {
                end -= link.length();
                break;
            }
        }
        return end < pos && afterRelative(end) || afterRelative(pos);
    }

    /** A family word ends right before pos (儿子周军, 老公李强): the name is a relative's. */
    private boolean afterRelative(int pos) {
        for (String relative : lexicon.cue("family")) {
            if (relative.length() >= 2 && text.startsWith(relative, pos - relative.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 同事小温, 我们组的小严, 我们部门的经理老邵: the name follows a word that makes the person one of our own colleagues
     * (a title of ours may stand between); 他们网点的同事 are the branch's.
     */
    private boolean colleagueBefore(int pos) {
        String before = text.substring(Math.max(0, pos - 12), pos).stripTrailing();
        for (String title : lexicon.cue("colleague_titles")) {
            if (before.endsWith(title)) {
                before = before.substring(0, before.length() - title.length());
                if (before.endsWith("我们") || before.endsWith("我")) {
                    return true; // 我们领导老鲍, 我师傅老张: a title of ours, said as ours
                }
                break;
            }
        }
        for (String marker : lexicon.cue("colleague")) {
            if (before.endsWith(marker)) {
                String rest = before.substring(0, before.length() - marker.length());
                return !marker.equals("同事") || !rest.endsWith("的") || rest.endsWith("我的") || rest.endsWith("我们的");
            }
        }
        return false;
    }

    /**
     * 主任叫黎明: after 叫 the word is a name even when it is also an everyday word (黎明, 高山), so the word HanLP reads
     * there, starting with a surname and a pause or a verb after it, is the full name. Null otherwise.
     */
    private Candidate calledName(int start, int at, String roleWord, String role) {
        String surname = surnameAt(at, true);
        Segmenter.Word w = surname == null ? null : Segmenter.wordAt(words, at);
        if (w == null || w.start() != at || w.text().length() <= surname.length()
                || w.text().length() > surname.length() + 2 || !w.text().chars().allMatch(ch -> isHan((char) ch))
                || !(predicateFollows(w.end()) || adverbFollows(w.end()))) {
            return null;
        }
        return new Candidate(start, w.end(), surname, w.text().substring(surname.length()), roleWord, role, true,
                false, w.text());
    }

    /**
     * 龚丽是柜员, 龚丽，柜员: a full name HanLP recognises, then 是 or a pause, then the role word. Null otherwise.
     */
    private Candidate nameBeforeRole(int roleStart, String roleWord, String role) {
        int end = roleStart;
        Matcher between = BETWEEN_NAME_AND_ROLE.matcher(text.substring(Math.max(0, end - 8), end));
        if (between.find()) {
            end -= between.group().length(); // 伍思思是新来的大堂经理: 是 and what describes the post
        } else if (end > 0 && ",， （(".indexOf(text.charAt(end - 1)) >= 0) {
            end--; // 龚丽，柜员; 龚丽（柜员）
        }
        Segmenter.Word name = end == roleStart ? null : Segmenter.wordAt(words, end - 1);
        if (name == null || name.end() != end || !name.isPersonName() || name.text().length() < 2
                || name.text().length() > 4 || claimed[name.start()]) {
            return null;
        }
        String surname = surnameAt(name.start(), false);
        if (surname == null || surname.length() >= name.text().length()
                || lexicon.titles().containsKey(name.text().substring(surname.length()))) {
            return null; // 孟姐 大堂: a surname and a title, found as such
        }
        return new Candidate(name.start(), name.end(), surname, name.text().substring(surname.length()), roleWord,
                role, true, false, name.text());
    }

    /**
     * 伍海主任, 欧阳明行长: what looked like a surname and a title is the end of a full name HanLP reads (伍海/nr) and
     * a title after it; the candidate is the full name with that title, or null.
     */
    private Candidate fullNameBeforeTitle(int i, String surname, String title) {
        Segmenter.Word whole = Segmenter.wordAt(words, i);
        int end = i + surname.length();
        if (whole == null || !whole.isPersonName() || whole.start() >= i || whole.end() != end
                || whole.text().length() > 4 || isClaimed(whole.start(), end)) {
            return null;
        }
        String full = whole.text();
        String first = surnameOf(full);
        if (!lexicon.surnames().contains(first) || first.length() >= full.length()
                || full.substring(first.length()).equals(first) || whole.start() > 0 && text.charAt(whole.start() - 1) == '姓') {
            return null; // 客户姓毕毕先生: the surname said, then said again with the title
        }
        Lexicon.Title t = lexicon.titles().get(title);
        String role = t.role();
        boolean staff = t.staff();
        int candidateEnd = end + title.length();
        String roleAfter = role == null ? roleAt(candidateEnd) : null;
        if (roleAfter != null) {
            role = lexicon.roles().get(roleAfter);
            staff = true;
            candidateEnd += roleAfter.length();
        }
        return new Candidate(whole.start(), candidateEnd, first, full.substring(first.length()), title, role, staff,
                !staff, full);
    }

    /** 是 and what may describe the post, after a person and before the role word (伍姐是这里的理财经理). */
    private static final Pattern ROLE_STATED = Pattern.compile(
            "是(?:新来的|刚来的|新|这里的|这边的|这儿的|我们的|他们的|她们的|网点的|我们网点的|他们网点的|支行的)?");

    /** 是, and what may describe the post after it (新来的, 这里的, 我们网点的), before the role word. */
    private static final Pattern BETWEEN_NAME_AND_ROLE = Pattern.compile(
            "是(?:新来的|刚来的|新|这里的|这边的|这儿的|我们的|他们的|她们的|网点的|我们网点的|他们网点的|支行的)?$");

    /**
     * The person named at {@code at} right after a role word: 小X/老X, surname + title, or (when {@code fullName})
     * a full name. Null when no name stands there (行长马上...).
     */
    private Candidate nameAfterRole(int start, int at, String roleWord, String role, boolean fullName) {
        String address = titleAt(at);
        if (address != null && address.length() >= 2 && at + address.length() < text.length()) {
            // 保安师傅老陈, 保洁阿姨小周: a form of address between the role and the name
            return nameAfterRole(start, at + address.length(), roleWord, role, fullName);
        }
        char mark = at < text.length() ? text.charAt(at) : 0;
        String diminutive = mark == '小' || mark == '老' ? surnameAt(at + 1, true) : null;
        if (diminutive != null && lexicon.cue("family").contains(text.substring(at, at + 1 + diminutive.length()))) {
            return null; // 柜员小卫和老公: a relative (老公, 老大), not a nickname
        }
        if (diminutive != null) {
            return continuesWord(at, 1 + diminutive.length(), false) ? null
                    : new Candidate(start, at + 1 + diminutive.length(), diminutive, "", roleWord, role, true, false,
                            mark + diminutive);
        }
        String surname = surnameAt(at, true);
        Matcher english = surname == null ? ENGLISH_NAME.matcher(text).region(at, text.length()) : null;
        if (english != null && english.lookingAt()) {
            // 理财经理Lisa: staff of some banks go by an English name, which is then their name
            return new Candidate(start, english.end(), english.group(), "", roleWord, role, true, false,
                    english.group());
        }
        if (surname == null) {
            return fullName ? unlistedName(start, at, roleWord, role) : null;
        }
        int surnameEnd = at + surname.length();
        String title = titleAt(surnameEnd);
        if (title != null && !wordNotSurname(at, surname)) {
            // 保洁阿姨王姐, 保安李师傅: the role, then surname + title
            return new Candidate(start, surnameEnd + title.length(), surname, "", title, role, true, false,
                    surname + title);
        }
        if (!fullName) {
            return null;
        }
        // 白行长爱人: a role word after a surname is that person's title, and what follows is no new name; so is one
        // right after a person named by surname and title (麦姐 理财经理 农历…)
        boolean titleOfNamed = surnameAt(start - 1, 1, true) != null || namedRightBefore(start);
        if (lexicon.markedSurnames().contains(surname) && !isPersonNameAt(at)) {
            int given = titleOfNamed ? 0 : markedGivenLength(at, surname.length());
            if (given == 0) {
                return null;
            }
            String name = text.substring(at, surnameEnd + given);
            return new Candidate(start, surnameEnd + given, surname, name.substring(surname.length()), roleWord,
                    role, true, false, name);
        }
        int given = givenNames.length(at, surname.length());
        if (given == 0 && !titleOfNamed) {
            given = markedGivenLength(at, surname.length()); // 客户经理温暖推了: a word that is a name here
        }
        if (given == 0 && surname.length() == 2 && !titleOfNamed && predicateFollows(surnameEnd)) {
            // 理财经理欧阳 说…: a compound surname alone names the person, as 小X does
            return new Candidate(start, surnameEnd, surname, "", roleWord, role, true, false, surname + roleWord);
        }
        if (given == 0) {
            return null;
        }
        String name = text.substring(at, surnameEnd + given);
        return new Candidate(start, surnameEnd + given, surname, name.substring(surname.length()), roleWord, role,
                true, false, name);
    }

    /** An English given name (Lisa, Kevin): a capital or small letter and two or more small ones, no letter after. */
    private static final Pattern ENGLISH_NAME = Pattern.compile("[A-Za-z][a-z]{2,11}(?![A-Za-z0-9_])");

    /**
     * 行长归有光: right after a role word, a name of two or three characters that HanLP recognises as a person's is a
     * name even when its surname is missing from our list (rare surnames); what follows must be able to follow a name.
     */
    private Candidate unlistedName(int start, int at, String roleWord, String role) {
        Segmenter.Word w = Segmenter.wordAt(words, at);
        if (w == null || w.start() != at || !w.isPersonName() || w.text().length() < 2 || w.text().length() > 3
                || !w.text().chars().allMatch(c -> isHan((char) c)) || namedRightBefore(start)
                || surnameAt(start - 1, 1, true) != null // 牛行长刚生完: the role is the title of the name before
                || !(predicateFollows(w.end()) || adverbFollows(w.end()))) {
            return null;
        }
        String name = w.text();
        return new Candidate(start, w.end(), name.substring(0, 1), name.substring(1), roleWord, role, true, false,
                name);
    }

    /** An adverb or a preposition starts at pos (归有光|原来|在…, 归有光|也). */
    private boolean adverbFollows(int pos) {
        Segmenter.Word next = Segmenter.wordAt(words, pos);
        return next != null && next.start() == pos && !next.nature().isEmpty() && "dp".indexOf(next.nature().charAt(0)) >= 0;
    }

    /** Whether a surname and title (麦姐, 王行长) or 小X/老X ends right before pos, a space apart at most. */
    private boolean namedRightBefore(int pos) {
        int end = pos > 0 && text.charAt(pos - 1) == ' ' ? pos - 1 : pos;
        if (end >= 3 && "小老".indexOf(text.charAt(end - 2)) >= 0 && surnameAt(end - 1, 1, true) != null) {
            return true;
        }
        for (String title : lexicon.titles().keySet()) {
            int at = end - title.length();
            if (at > 0 && text.startsWith(title, at)
                    && (surnameAt(at - 1, 1, true) != null || surnameAt(at - 2, 2, true) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right after a role word a surname (an everyday word too, or starting one) still starts a name when what HanLP reads
     * there cannot be the next word of the sentence: a noun or adjective of two or three characters that begins with
     * the surname (理财经理花蕾, 大堂经理温柔), or the surname read as a preposition followed by a bound morpheme, which
     * does not stand alone (于/p 洋/ag), or followed by what HanLP reads as a given name (应/v 晓雯/nr). Verbs,
     * conjunctions and adverbs (安排, 于是, 和蔼可亲) are not names.
     */
    private int markedGivenLength(int at, int surnameLength) {
        Segmenter.Word w = Segmenter.wordAt(words, at);
        if (w == null || w.start() != at || w.nature().isEmpty()) {
            return 0;
        }
        int length = w.text().length();
        char kind = w.nature().charAt(0);
        if (length > surnameLength && length <= surnameLength + 2 && (kind == 'n' || kind == 'a' || kind == 'z')
                && !w.nature().equals("nz") && predicateFollows(at + length)) {
            return length - surnameLength;
        }
        int after = at + surnameLength;
        Segmenter.Word next = Segmenter.wordAt(words, after);
        if (length == surnameLength && next != null && next.start() == after && next.isPersonName()
                && next.text().length() <= 2 && predicateFollows(next.end())) {
            return next.text().length(); // 理财经理应|晓雯: HanLP reads the given name apart from the surname
        }
        if (length == surnameLength && next != null && next.start() == after && next.isPersonName()
                && next.text().length() == 2 && GivenNames.VERB_AFTER_NAME.indexOf(next.text().charAt(1)) >= 0) {
            return 1; // 客户经理谈|伟说: HanLP's name takes in the verb after a one-character given name
        }
        if (length == surnameLength && next != null && next.start() == after && next.text().length() == 1
                && next.nature().length() == 2 && next.nature().charAt(1) == 'g' && next.nature().charAt(0) != 't') {
            return 1;
        }
        return 0;
    }

    /** What follows a name in a note: the end, a pause, a verb (推了, 说) or a time word (冬月十二生日). */
    private boolean predicateFollows(int pos) {
        if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
            return true;
        }
        Segmenter.Word next = Segmenter.wordAt(words, pos);
        if (next == null || next.start() != pos || next.nature().isEmpty()) {
            return false;
        }
        char kind = next.nature().charAt(0);
        if (kind == 'f') {
            // 下/f 周三/t: a time word that HanLP reads in two
            Segmenter.Word then = Segmenter.wordAt(words, next.end());
            return then != null && then.start() == next.end() && then.nature().startsWith("t");
        }
        return kind == 'v' || kind == 'w' || kind == 't';
    }

    /** The surname starting at pos, compound first; marked ones (明, 安) only when {@code marked}. */
    private String surnameAt(int pos, boolean marked) {
        String compound = surnameAt(pos, 2, marked);
        return compound != null ? compound : surnameAt(pos, 1, marked);
    }

    private String surnameAt(int pos, int length, boolean marked) {
        if (pos < 0 || pos + length > text.length()) {
            return null;
        }
        String s = text.substring(pos, pos + length);
        return lexicon.surnames().contains(s) && (marked || !lexicon.markedSurnames().contains(s)) ? s : null;
    }

    /** The longest role word starting at pos (柜员, 大堂), or null. */
    private String roleAt(int pos) {
        String best = null;
        for (String role : lexicon.roles().keySet()) {
            if (text.startsWith(role, pos) && (best == null || role.length() > best.length())) {
                best = role;
            }
        }
        return best;
    }

    /**
     * Voice input swaps one character of a long role word for one that sounds alike (堂 → 唐, 理 → 里): a four-character
     * word that differs from a role word in one character, right before 小X or 老X, is that role.
     */
    private void misheardRoles(List<Candidate> candidates) {
        for (int i = 0; i + 5 < text.length(); i++) {
            char mark = text.charAt(i + 4);
            if (mark != '小' && mark != '老' || isClaimed(i, i + 4)) {
                continue;
            }
            String heard = text.substring(i, i + 4);
            String roleWord = null;
            for (String word : lexicon.roles().keySet()) {
                if (word.length() == 4 && differsInOne(word, heard)) {
                    roleWord = word;
                }
            }
            if (roleWord == null) {
                continue;
            }
            Candidate c = nameAfterRole(i, i + 4, roleWord, lexicon.roles().get(roleWord), false);
            if (c != null) {
                add(candidates, c);
            }
        }
    }

    private static boolean differsInOne(String a, String b) {
        int differences = 0;
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                differences++;
            }
        }
        return differences == 1;
    }

    /**
     * 诸葛亮不对是诸葛明: a full name right after a correction word (不对, 说错了), a pause apart at most, replaces the
     * name of the same surname just given; the wrong name is no person.
     */
    private void correctNames(List<Candidate> candidates) {
        for (int k = 0; k < candidates.size(); k++) {
            Candidate wrong = candidates.get(k);
            boolean nickname = wrong.given().isEmpty() && wrong.alias().equals(wrong.alias().charAt(0) + wrong.surname())
                    && "小老".indexOf(wrong.alias().charAt(0)) >= 0;
            if (wrong.given().isEmpty() && !nickname) {
                continue;
            }
            int at = wrong.end();
            while (at < text.length() && " ,，、".indexOf(text.charAt(at)) >= 0) {
                at++; // 岳敏 不对是岳珉: dictation pauses before the correction
            }
            String cue = null;
            for (String c : lexicon.cue("correction")) {
                if (text.startsWith(c, at) && (cue == null || c.length() > cue.length())) {
                    cue = c;
                }
            }
            if (cue == null) {
                continue;
            }
            int nameAt = at + cue.length();
            while (nameAt < text.length() && " ,，、".indexOf(text.charAt(nameAt)) >= 0) {
                nameAt++;
            }
            nameAt += text.startsWith("是", nameAt) ? 1 : 0;
            if (wrong.given().isEmpty()) {
                correctNickname(candidates, k, nameAt);
                continue;
            }
            if (!text.startsWith(wrong.surname(), nameAt)) {
                continue;
            }
            int given = givenNames.length(nameAt, wrong.surname().length());
            if (given == 0) {
                continue;
            }
            String name = text.substring(nameAt, nameAt + wrong.surname().length() + given);
            candidates.set(k, new Candidate(wrong.start(), nameAt + name.length(), wrong.surname(),
                    name.substring(wrong.surname().length()), wrong.title(), wrong.role(), wrong.staffTitle(),
                    wrong.customerTitle(), name));
            claim(List.of(candidates.get(k)));
        }
    }

    /**
     * 柜员小芮 不对是小芦: a nickname right after the correction replaces the nickname just given, role and all; the
     * wrong one is no person.
     */
    private void correctNickname(List<Candidate> candidates, int k, int nameAt) {
        Candidate wrong = candidates.get(k);
        char mark = nameAt < text.length() ? text.charAt(nameAt) : 0;
        String surname = mark == '小' || mark == '老' ? surnameAt(nameAt + 1, true) : null;
        if (surname == null) {
            return;
        }
        int end = nameAt + 1 + surname.length();
        candidates.removeIf(c -> c != wrong && c.start() >= nameAt && c.start() < end);
        int at = candidates.indexOf(wrong);
        candidates.set(at, new Candidate(wrong.start(), end, surname, "", wrong.title(), wrong.role(),
                wrong.staffTitle(), wrong.customerTitle(), mark + surname));
        claim(List.of(candidates.get(at)));
    }

    /**
     * Where the role word ending at {@code end} starts outside the bank and branch names: 东湖支行行长 holds the
     * role 支行行长, whose 支行 belongs to the branch name, so the role is 行长. -1 when no role word is left.
     */
    private int unclaimedStart(int start, int end) {
        for (int p = start; p < end; p++) {
            if (!claimed[p] && lexicon.roles().containsKey(text.substring(p, end))) {
                return p;
            }
        }
        return -1;
    }

    /** The longest title starting at pos, or null. */
    private String titleAt(int pos) {
        String best = null;
        for (String title : lexicon.titles().keySet()) {
            if (text.startsWith(title, pos) && (best == null || title.length() > best.length())) {
                best = title;
            }
        }
        return best;
    }

    private String surnameOf(String name) {
        if (name.length() >= 3 && lexicon.surnames().contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.substring(0, 1);
    }

    private void add(List<Candidate> list, Candidate c) {
        for (Candidate other : list) {
            if (c.start() < other.end() && other.start() < c.end()) {
                return;
            }
        }
        if (isClaimed(c.start(), c.end())) {
            return;
        }
        list.add(c);
    }

    private void claim(List<Candidate> list) {
        for (Candidate c : list) {
            for (int i = c.start(); i < c.end(); i++) {
                claimed[i] = true;
            }
        }
    }

    private boolean isClaimed(int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideRoleWord(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            // the surname char lies inside a role word but the match is not that role word itself
            if (start >= span[0] && start < span[1] && !(start == span[0] && end == span[1])) {
                return true;
            }
        }
        return false;
    }

    private boolean badTitleFollower(String title, int after) {
        if (after >= text.length()) {
            return false;
        }
        char next = text.charAt(after);
        return switch (title) {
            case "总" -> "行部监结共额是之数量体裁经".indexOf(next) >= 0;
            case "太" -> "多忙好贵累远少快慢大小高低久早晚难了过".indexOf(next) >= 0;
            case "姐", "大姐" -> "妹夫".indexOf(next) >= 0;
            case "哥", "大哥" -> next == '们';
            case "主任", "主管", "经理" -> "们".indexOf(next) >= 0;
            default -> false;
        };
    }

    /**
     * True when 小X / 老X is really part of a common word (小龙虾, 老顾客, 小时, 大学老师) rather than a nickname: the
     * word HanLP reads there is no person name and starts before the mark or covers the whole 小X. After a role word
     * ({@code alone} false) only a longer word counts.
     */
    private boolean continuesWord(int start, int length, boolean alone) {
        // a nickname the note gives right after a role word (理财经理小钱 … 小钱说) is that person's all through it
        String said = text.substring(start, Math.min(text.length(), start + length));
        boolean known = alone && namedAfterRole(said);
        for (String word : NOT_DIMINUTIVE) {
            if (alone && text.startsWith(word, start) && !(known && word.equals(said))) {
                return true; // after a role word (柜员小米) it is the nickname
            }
        }
        if (known) {
            return false;
        }
        Segmenter.Word w = Segmenter.wordAt(words, start);
        if (w == null) {
            return false;
        }
        if (w.isPersonName()) {
            return alone && w.start() < start; // 刘小燕/nr: 小燕 inside a full name HanLP reads is no nickname
        }
        Segmenter.Word rest = Segmenter.wordAt(words, start + 1);
        if (alone && rest != null && rest.start() == start + 1 && rest.text().length() > length - 1
                && rest.nature().startsWith("n") && !rest.isPersonName()) {
            return true; // 小|沙龙, 老|板凳: the surname starts a noun of its own, 小/老 is an adjective before it
        }
        if (!alone) {
            // after a role word (柜员小龙) a 小X is a nickname unless it starts a longer word
            return w.start() == start && w.text().length() > length;
        }
        // HanLP keeps many nicknames as one proper noun (小谢/nz, 老王/nz): exactly 小X is then the nickname, unless
        // a surname stands right before it, whose given name it is (刘|小燕)
        boolean nickname = w.start() == start && w.text().length() == length && w.nature().equals("nz")
                && surnameAt(start - 1, 1, false) == null;
        return w.start() < start || (w.start() == start && w.text().length() >= length && !isLoneSurname(start + 1)
                && !nickname);
    }

    /** The note names someone by this nickname right after a role word (理财经理小钱 … 小钱说). */
    private boolean namedAfterRole(String nickname) {
        for (String role : lexicon.roles().keySet()) {
            if (text.contains(role + nickname)) {
                return true;
            }
        }
        return false;
    }

    /** HanLP reads a person name starting at pos (于洋 after 客户经理). */
    private boolean isPersonNameAt(int pos) {
        Segmenter.Word w = Segmenter.wordAt(words, pos);
        return w != null && w.start() == pos && w.isPersonName() && w.text().length() >= 2;
    }

    /** HanLP reads the character after 小/老 as a surname or a name of its own (小|王, 老|蒋). */
    private boolean isLoneSurname(int pos) {
        Segmenter.Word w = Segmenter.wordAt(words, pos);
        return w != null && w.start() == pos && w.isPersonName();
    }

    /**
     * A surname that is also an everyday word (和, 时, 安) is no surname where HanLP reads it inside a longer word
     * (平时) or as a function word (和/c, 于/p).
     */
    /**
     * The surname is a word of its own (尚|行长): then a two-character title after it marks a name even when the
     * character alone is also an adverb or the like (尚, 才, 都).
     */
    private boolean standsAlone(int pos, String surname) {
        Segmenter.Word w = Segmenter.wordAt(words, pos);
        return w != null && w.start() == pos && w.text().equals(surname);
    }

    /**
     * HanLP reads the character as a conjunction or a preposition (和/cc 太太, 跟/p 先生): it joins the title's
     * person to someone ("with his wife"), whatever the title's length.
     */
    private boolean linkingWord(int pos) {
        Segmenter.Word w = Segmenter.wordAt(words, pos);
        return w != null && w.start() == pos && !w.nature().isEmpty() && "cp".indexOf(w.nature().charAt(0)) >= 0;
    }

    /**
     * The title only qualifies a longer word (律师事务所) or an institution right after it (律师|事务所/nis): after an
     * everyday word (开了家) it names no one.
     */
    private boolean startsLongerWord(int pos, String title) {
        Segmenter.Word w = Segmenter.wordAt(words, pos);
        if (w == null || w.start() != pos || w.isPersonName()) {
            return false;
        }
        Segmenter.Word next = Segmenter.wordAt(words, pos + title.length());
        return w.text().length() > title.length()
                || next != null && next.start() == pos + title.length() && next.nature().equals("nis");
    }

    private boolean wordNotSurname(int pos, String surname) {
        if (!lexicon.markedSurnames().contains(surname)) {
            return false;
        }
        Segmenter.Word w = Segmenter.wordAt(words, pos);
        return w != null && !w.isPersonName() && (w.start() < pos || w.text().length() > surname.length()
                || !w.nature().isEmpty() && "cpdurmqfyeota".indexOf(w.nature().charAt(0)) >= 0);
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
