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
 *
 * <p>Measured by KnowledgeBenchmark and off by default: on the tuning questions neither widening every word nor only
 * the words the knowledge base lacks found more than no synonyms (recall@5 0.575 and 0.613 against 0.613), and both
 * ranked worse at the top. The hand-written list it replaced (0.625, one question more) named the development
 * questions' own words, so it was deleted.
 */
public final class Synonyms {

    public enum Source {
        NONE, CORE
    }

    private static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    /** Groups larger than this are topics rather than equivalents (measured: 8 to 12 are close; 30 hurts). */
    static final int MAX_GROUP = 10;

    private static volatile Map<String, List<String>> core;

    private Synonyms() {
    }

    /** The equivalents of a (simplified) word, without the word itself; none when the source is NONE. */
    public static List<String> of(String word, Source source) {
        return switch (source) {
            case NONE -> List.of();
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
