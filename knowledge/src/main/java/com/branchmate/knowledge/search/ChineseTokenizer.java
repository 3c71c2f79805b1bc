package com.branchmate.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Words for keyword search. HanLP segments the text (its dictionary ships in the jar); traditional characters become
 * simplified so 分鐘 finds 分钟; question words and particles are dropped. Longer words also yield their two-character
 * pieces, so 婚姻家庭状况 still matches 家庭 when the segmenter keeps it whole.
 */
public final class ChineseTokenizer {

    private static final Set<String> STOP_WORDS = Set.of(
            "的", "了", "是", "在", "和", "与", "及", "或", "也", "都", "就", "要", "会", "能", "吗", "呢", "吧", "啊", "呀", "么",
            "怎么", "怎样", "怎么样", "如何", "什么", "哪些", "哪个", "哪里", "为什么", "为啥", "多少", "多久", "多长", "时间",
            "一下", "一个", "一些", "这个", "那个", "这些", "那些", "我", "我们", "你", "你们", "他", "她", "它", "他们",
            "对", "把", "被", "让", "给", "从", "向", "跟", "比较", "应该", "可以", "需要", "有", "没有", "有没有", "还是",
            "一般", "主要", "按", "好", "去", "来", "做", "说", "办", "怎么办", "请问", "之", "等", "中", "上", "下", "得",
            "着", "过", "个", "几", "些", "才", "又", "再", "还", "很", "最", "更", "其", "该", "各", "每", "为", "以", "于",
            "啥", "咋", "咋办", "啥样", "不");

    private ChineseTokenizer() {
    }

    /** Terms of a passage, in order, repeated as often as they occur. */
    public static List<String> passageTerms(String text) {
        return passageTerms(text, true);
    }

    public static List<String> passageTerms(String text, boolean simplify) {
        List<String> terms = new ArrayList<>();
        for (Term term : segment(text, simplify)) {
            addTerm(terms, term.word);
        }
        return terms;
    }

    /** Terms of a query with the standard tuning. */
    public static List<String> queryTerms(String text) {
        return List.copyOf(query(text, SearchTuning.standard(), word -> false).searched().keySet());
    }

    /**
     * A query segmented once: its own {@code words} (as a passage's terms would be), and the terms it is
     * {@code searched} by with their weight: its words (1) and their equivalents (the tuning's synonym weight).
     */
    public record Query(List<String> words, Map<String, Double> searched) {
    }

    /** {@code known} tells which words the passages contain; with the tuning's unknownOnly, only others are widened. */
    public static Query query(String text, SearchTuning tuning, java.util.function.Predicate<String> known) {
        List<String> words = new ArrayList<>();
        Map<String, Double> searched = new LinkedHashMap<>();
        for (Term term : segment(text, tuning.simplify())) {
            addTerm(words, term.word);
            List<String> equivalents = new ArrayList<>();
            if (tuning.unknownOnly() && known.test(term.word)) {
                continue;
            }
            for (String synonym : Synonyms.of(term.word, tuning.synonyms())) {
                addTerm(equivalents, synonym);
            }
            equivalents.forEach(e -> searched.merge(e, tuning.synonymWeight(), Math::max));
        }
        words.forEach(w -> searched.put(w, 1.0));
        return new Query(words, searched);
    }

    private static List<Term> segment(String text, boolean simplify) {
        String folded = (simplify ? HanLP.convertToSimplifiedChinese(text) : text).toLowerCase();
        // A fresh Segment per call: segments carry mutable settings and are not meant to be shared.
        Segment segment = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
        return segment.seg(folded);
    }

    private static void addTerm(List<String> terms, String word) {
        String w = word.strip();
        if (w.isEmpty() || STOP_WORDS.contains(w) || !hasLetterOrDigit(w)) {
            return;
        }
        terms.add(w);
        if (w.length() >= 3 && isHan(w)) {
            for (int i = 0; i + 2 <= w.length(); i++) {
                String piece = w.substring(i, i + 2);
                if (!STOP_WORDS.contains(piece)) {
                    terms.add(piece);
                }
            }
        }
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isHan(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
