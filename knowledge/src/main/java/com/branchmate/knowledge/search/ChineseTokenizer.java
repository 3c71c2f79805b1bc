package com.branchmate.knowledge.search;

import java.util.ArrayList;
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
            "着", "过", "个", "几", "些", "才", "又", "再", "还", "很", "最", "更", "其", "该", "各", "每", "为", "以", "于");

    /** Words people use for the same role or thing; a query term also searches for its equivalents. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("一把手", List.of("行长", "负责人", "主任")),
            Map.entry("负责人", List.of("行长", "主任")),
            Map.entry("行长", List.of("负责人", "主任")),
            Map.entry("不出单", List.of("出单", "零单", "业绩")),
            Map.entry("刁难", List.of("难缠", "无理")),
            Map.entry("老人家", List.of("老年人", "老人")),
            Map.entry("口诀", List.of("真诀", "要诀", "诀窍")),
            Map.entry("拓客", List.of("拓展", "获客", "开发")),
            Map.entry("登记", List.of("记录", "收集")),
            Map.entry("信任", List.of("互信", "信赖")),
            Map.entry("标牌", List.of("标识", "牌")),
            Map.entry("收益低", List.of("收益", "利率")),
            Map.entry("沙龙", List.of("活动", "讲座")),
            Map.entry("拿下", List.of("成交", "签单", "达成")),
            Map.entry("阶段", List.of("期", "周期", "生命周期")),
            Map.entry("流失", List.of("衰退", "淘汰")),
            Map.entry("面谈", List.of("交谈", "沟通")),
            Map.entry("信息", List.of("资料", "情况", "档案")));

    /** A question about how long or how often is answered by a passage that names a time unit. */
    private static final java.util.regex.Pattern DURATION_QUESTION =
            java.util.regex.Pattern.compile("多久|多长时间|多长|多少时间|隔多");
    private static final List<String> TIME_UNITS = List.of("分钟", "小时", "每天", "每周", "每月", "天");

    private ChineseTokenizer() {
    }

    /** Terms of a passage, in order, repeated as often as they occur. */
    public static List<String> passageTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Term term : segment(text)) {
            addTerm(terms, term.word);
        }
        return terms;
    }

    /** Terms of a query, with the equivalents of its words. */
    public static List<String> queryTerms(String text) {
        return query(text).searched();
    }

    /**
     * A query segmented once: its own {@code words} (as a passage's terms would be), and the terms it is
     * {@code searched} by, which add the equivalents of its words and, for how-long questions, time units.
     */
    public record Query(List<String> words, List<String> searched) {
    }

    public static Query query(String text) {
        List<String> words = new ArrayList<>();
        List<String> searched = new ArrayList<>();
        if (DURATION_QUESTION.matcher(text).find()) {
            searched.addAll(TIME_UNITS);
        }
        for (Term term : segment(text)) {
            addTerm(words, term.word);
            addTerm(searched, term.word);
            for (String synonym : SYNONYMS.getOrDefault(term.word, List.of())) {
                addTerm(searched, synonym);
            }
        }
        return new Query(words, searched);
    }

    private static List<Term> segment(String text) {
        String simplified = HanLP.convertToSimplifiedChinese(text).toLowerCase();
        // A fresh Segment per call: segments carry mutable settings and are not meant to be shared.
        Segment segment = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
        return segment.seg(simplified);
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
