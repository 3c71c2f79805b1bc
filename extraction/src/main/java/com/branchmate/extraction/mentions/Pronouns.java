package com.branchmate.extraction.mentions;

import com.branchmate.extraction.mentions.PeopleFinder.Mention;
import com.branchmate.extraction.vocabulary.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 他/她 bound to the person they take up: the last person named; the one named before when the pronoun is the object
 * of a verb in the same clause (费主管让我…汇总给他 is 费主管 only when 我 stands between); and, in a note that writes both
 * 他 and 她, the last person of the pronoun's sex. One instance per note.
 */
final class Pronouns {

    private static final Pattern PRONOUN = Pattern.compile("(?<![其吉])[他她](?![们人])");
    private static final String CLAUSE_BREAK = " \n\t,.;:!?，。；：！？、";

    private final Lexicon lexicon;
    private final String text;
    private final Segmenter.Word[] words;

    Pronouns(Lexicon lexicon, String text, Segmenter.Word[] words) {
        this.lexicon = lexicon;
        this.text = text;
        this.words = words;
    }

    /**
     * The named mentions and every 他/她 that {@code claimed} leaves free, in the order of the text, each pronoun
     * bound to the person it takes up (a pronoun that takes up no one is left out).
     */
    List<Mention> bind(List<Mention> explicit, List<PeopleFinder.Person> people, BiPredicate<Integer, Integer> claimed) {
        List<Mention> mentions = new ArrayList<>();
        List<Mention> all = new ArrayList<>(explicit);
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            if (claimed.test(m.start(), m.end())) {
                continue;
            }
            all.add(new Mention(m.start(), m.end(), -1, true));
        }
        all.sort(Comparator.comparingInt(Mention::start));
        // a note that writes both 他 and 她 tells men from women; voice input often writes 他 for everyone
        boolean bothPronouns = text.indexOf('他') >= 0 && text.indexOf('她') >= 0;
        char[] gender = new char[people.size()];
        for (int i = 0; i < people.size(); i++) {
            gender[i] = genderOfTitles(people.get(i));
        }
        List<Integer> named = new ArrayList<>(); // people in the order last named, most recent last
        int last = -1;
        int lastEnd = -1;
        int before = -1;
        for (Mention mention : all) {
            if (mention.pronoun()) {
                int person = last;
                if (before >= 0 && lastEnd >= 0 && isObject(mention.start(), mention.end()) && sameClause(lastEnd, mention.start())
                        && text.substring(lastEnd, mention.start()).indexOf('我') < 0) {
                    // 费主管让我…汇总给他: the verb's subject is 我 there, and 他 may be 费主管
                    person = before; // the subject of the clause is not its object: the person named before it
                }
                char said = text.charAt(mention.start()) == '她' ? 'f' : 'm';
                if (bothPronouns && person >= 0 && gender[person] != 0 && gender[person] != said) {
                    // 钟离先生… 冼主任(她)说他会来: 他 is the last man named, not the woman just named
                    for (int k = named.size() - 1; k >= 0; k--) {
                        if (gender[named.get(k)] == said) {
                            person = named.get(k);
                            break;
                        }
                    }
                }
                if (person >= 0 && gender[person] == 0) {
                    gender[person] = said;
                }
                if (person >= 0) {
                    mentions.add(new Mention(mention.start(), mention.end(), person, true));
                }
                lastEnd = -1; // 盛先生是他的老熟客…约他: once a pronoun has taken up the person, they are the topic
            } else {
                mentions.add(mention);
                named.remove(Integer.valueOf(mention.person()));
                named.add(mention.person());
                if (mention.person() != last) {
                    before = last;
                }
                last = mention.person();
                lastEnd = mention.end();
            }
        }
        return mentions;
    }

    /** 'm' or 'f' when a title the person is named by says so (先生, 阿姨), 0 otherwise. */
    private char genderOfTitles(PeopleFinder.Person p) {
        for (String alias : p.aliases) {
            char sex = sexOfTitle(lexicon, alias.substring(p.surname.length()));
            if (sex != 0) {
                return sex;
            }
        }
        return 0;
    }

    static char sexOfTitle(Lexicon lexicon, String title) {
        if (lexicon.cue("male_titles").contains(title)) {
            return 'm';
        }
        return lexicon.cue("female_titles").contains(title) ? 'f' : 0;
    }

    /**
     * 带她过来, 发给他: the pronoun follows an object verb and is not a possessive (带他儿子, where a noun follows and
     * 他 may well be the subject).
     */
    private boolean isObject(int start, int end) {
        boolean afterVerb = false;
        for (String verb : lexicon.cue("object_verbs")) {
            afterVerb |= start >= verb.length() && text.startsWith(verb, start - verb.length());
        }
        if (!afterVerb) {
            return false;
        }
        if (end < text.length() && text.charAt(end) == '的') {
            return false; // 给她的几个客户: a possessive
        }
        Segmenter.Word next = Segmenter.wordAt(words, end);
        return next == null || next.start() != end || next.nature().isEmpty() || next.nature().charAt(0) != 'n';
    }

    /** No pause or punctuation between two positions. */
    private boolean sameClause(int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (CLAUSE_BREAK.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
