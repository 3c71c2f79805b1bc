package com.branchmate.extraction.mentions;

import java.util.Set;

/**
 * Where a given name ends after a surname: the characters that can be a name, checked against HanLP's words and what
 * notes put right after names (verbs, dates, 人很…). One instance per note.
 */
final class GivenNames {

    /** Characters that do not continue a given name: verbs, particles and the like that follow names in notes. */
    private static final String NOT_NAME =
            "在跟说想下介是和的刚也还给从带让要这那去来做对很挺比人手微电原之以已都就又再把被将与及等呢吧啊了过着讲问告叫请约送"
                    + "主行经副先女小老姐哥总们个年月日号岁万元前后上中里说爱喜家儿孩老不没"
                    + "他她我你推帮陪";
    private static final Set<String> NOT_NAME_NATURES = Set.of("d", "t", "a", "ad", "an", "c", "p", "r", "m", "mq",
            "q", "f", "u", "ude1", "ule", "y", "e", "o");
    /** Verbs, prepositions and 和 that follow a name in notes (说, 让, 约, 和…) and are rarely its last character. */
    static final String VERB_AFTER_NAME = "说让约叫给跟和与对请把被要想带问告讲帮陪";

    private final String text;
    private final Segmenter.Word[] words;

    GivenNames(String text, Segmenter.Word[] words) {
        this.text = text;
        this.words = words;
    }

    /**
     * How many characters of given name follow a surname at pos: 0 when the surname starts a common word (马上,
     * 周三) or nothing name-like follows, else 1 or 2, using HanLP's word boundaries (付晓|下周六, 任静怡).
     */
    int length(int pos, int surnameLength) {
        int given = givenLengthRead(pos, surnameLength);
        return given == 2 && lastCharStartsPredicate(pos + surnameLength + 1) ? 1 : given;
    }

    /**
     * HanLP sometimes reads the word after a two-character name into it (宋佳休|完, 于丹下|周三): a last character
     * followed by a bare 完 is a verb (休完, 忙完), and 下/上/这 before a week or month word starts the date.
     */
    private boolean lastCharStartsPredicate(int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        Segmenter.Word next = Segmenter.wordAt(words, at + 1);
        if (next == null || next.start() != at + 1) {
            return false;
        }
        boolean completed = next.text().equals("完");
        boolean date = "下上这本".indexOf(text.charAt(at)) >= 0 && next.nature().startsWith("t")
                && (next.text().startsWith("周") || next.text().startsWith("星期") || next.text().startsWith("礼拜")
                || next.text().startsWith("个月") || next.text().startsWith("月"));
        return completed || date;
    }

    private int givenLengthRead(int pos, int surnameLength) {
        int guessed = givenLengthByWords(pos, surnameLength);
        Segmenter.Word atSurname = Segmenter.wordAt(words, pos);
        if (atSurname == null || atSurname.start() != pos || !atSurname.isPersonName()) {
            return guessed;
        }
        int recognised = atSurname.text().length() - surnameLength;
        if (recognised < 1 || recognised > 2 || recognised == guessed) {
            return guessed;
        }
        int extra = pos + surnameLength + guessed;
        if (recognised > guessed && guessed > 0 && extra < text.length() && VERB_AFTER_NAME.indexOf(text.charAt(extra)) >= 0) {
            return guessed; // 胡晓|约好, 苗青|让我: HanLP's name takes in the verb that follows it
        }
        if (recognised > guessed) {
            return recognised; // 钱小雨, 彭志刚: HanLP knows the name is longer than the characters suggest
        }
        // HanLP ends the name earlier: believe it when a verb or a function word follows (宋佳|休完, 甘丽萍 stays)
        int after = pos + surnameLength + recognised;
        Segmenter.Word next = Segmenter.wordAt(words, after);
        // a bound morpheme (欣/vg, which does not stand alone as a word) continues the name: 上官雨|欣|人挺随和
        boolean verbFollows = next != null && next.start() == after && next.nature().startsWith("v")
                && !next.nature().endsWith("g");
        return verbFollows || NOT_NAME.indexOf(text.charAt(after)) >= 0 ? recognised : guessed;
    }

    private int givenLengthByWords(int pos, int surnameLength) {
        int q = pos + surnameLength;
        if (smallGivenName(q)) {
            return 2; // 刘|小燕/nz: HanLP reads 小 and the next character as one name-like word
        }
        if (q >= text.length() || !PeopleFinder.isHan(text.charAt(q)) || NOT_NAME.indexOf(text.charAt(q)) >= 0) {
            return 0;
        }
        Segmenter.Word atSurname = Segmenter.wordAt(words, pos);
        if (atSurname != null && atSurname.start() == pos && atSurname.text().length() > surnameLength
                && !atSurname.isPersonName() && NOT_NAME_NATURES.contains(atSurname.nature())
                && !formalNumeral(atSurname)) {
            return 0; // 马上/d, 周三/t, 方便/a: a word, not a name (雷鸣/vi may well be one)
        }
        Segmenter.Word givenWord = Segmenter.wordAt(words, q);
        if (givenWord != null && givenWord.start() == q && givenWord.text().length() == 2
                && GIVEN_NAME_NATURES.contains(givenWord.nature())) {
            return 2; // 巫|晓月/nz: HanLP reads the two characters after the surname as one noun, the given name
        }
        if (q + 1 >= text.length() || !PeopleFinder.isHan(text.charAt(q + 1)) || NOT_NAME.indexOf(text.charAt(q + 1)) >= 0) {
            return 1;
        }
        Segmenter.Word third = Segmenter.wordAt(words, q + 1);
        if (third != null && third.start() == q + 1 && third.text().length() >= 2 && !third.isPersonName()
                && !describedPerson(third)) {
            return 1;
        }
        return 2;
    }

    /**
     * 陆一|鸣 read as the number 陆一/m: 陆 and 伍 are also the formal numerals of cheques and contracts, which notes
     * never use for numbers, so such a "number" is a surname and the start of a name.
     */
    private static boolean formalNumeral(Segmenter.Word w) {
        return w.nature().startsWith("m") && FORMAL_NUMERALS.indexOf(w.text().charAt(0)) >= 0;
    }

    private static final String FORMAL_NUMERALS = "壹贰叁肆伍陆柒捌玖拾";

    /** A given name starting with 小 (小燕, 小雨) that HanLP reads as one proper noun or name. */
    private boolean smallGivenName(int q) {
        Segmenter.Word w = q < text.length() && text.charAt(q) == '小' ? Segmenter.wordAt(words, q) : null;
        return w != null && w.start() == q && w.text().length() == 2 && (w.nature().equals("nz") || w.isPersonName());
    }

    /**
     * Parts of speech of a two-character word after a surname that make it the given name (晓月/nz); not HanLP's own
     * name reading, which takes in the verb after a one-character given name (青让/nr).
     */
    private static final Set<String> GIVEN_NAME_NATURES = Set.of("n", "nz");

    /**
     * 静怡|人很细心 read as 静|怡人|很: notes describe a person with 人 and a degree word (人很细心, 人挺好), so a word ending
     * in 人 before a degree word ends the name before its 人.
     */
    private boolean describedPerson(Segmenter.Word third) {
        return third.text().length() == 2 && third.text().charAt(1) == '人' && third.end() < text.length()
                && "很挺比特非蛮超真还".indexOf(text.charAt(third.end())) >= 0;
    }
}
