package com.branchmate.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equivalent words for a query word, from 同义词词林 (extended), the synonym thesaurus HanLP ships in its jar
 * ({@code data/dictionary/synonym/CoreSynonym.txt}). Only groups marked {@code =} (true synonyms) count, not
 * {@code #} (merely related) nor {@code @} (a word alone), and only small groups: a large group is a loose topic.
 * A word in several groups gets the members of all of them.
 */
public final class Synonyms {

    public enum Source {
        NONE, HAND, CORE
    }

    private static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    /** Groups larger than this are topics rather than equivalents (measured: 8 to 12 are close; 30 hurts). */
    static final int MAX_GROUP = 10;

    /** The list written by hand for the kb-dev misses, kept only to measure it against the thesaurus. */
    private static final Map<String, List<String>> HAND_LIST = Map.ofEntries(
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

    private static volatile Map<String, List<String>> core;

    private Synonyms() {
    }

    /** The equivalents of a (simplified) word, without the word itself; none when the source is NONE. */
    public static List<String> of(String word, Source source) {
        return switch (source) {
            case NONE -> List.of();
            case HAND -> HAND_LIST.getOrDefault(word, List.of());
            case CORE -> core().getOrDefault(word, List.of());
        };
    }

    private static Map<String, List<String>> core() {
        Map<String, List<String>> loaded = core;
        if (loaded == null) {
            synchronized (Synonyms.class) {
                loaded = core;
                if (loaded == null) {
                    loaded = load();
                    core = loaded;
                }
            }
        }
        return loaded;
    }

    private static Map<String, List<String>> load() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length < 3 || parts.length - 1 > MAX_GROUP || !parts[0].endsWith("=")) {
                    continue;
                }
                for (int i = 1; i < parts.length; i++) {
                    Set<String> equivalents = groups.computeIfAbsent(parts[i], w -> new LinkedHashSet<>());
                    for (int j = 1; j < parts.length; j++) {
                        if (j != i) {
                            equivalents.add(parts[j]);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> result = new HashMap<>(groups.size() * 2);
        groups.forEach((word, equivalents) -> result.put(word, List.copyOf(new ArrayList<>(equivalents))));
        return result;
    }
}
