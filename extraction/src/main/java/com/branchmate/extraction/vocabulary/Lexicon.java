package com.branchmate.extraction.vocabulary;

import com.branchmate.extraction.text.ResourceLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dictionaries of the rule extractor, read once from {@code classpath:extraction/}. Kept in files so that a
 * new bank alias or cue word is a one-line change that needs no Java. Immutable after loading.
 */
public final class Lexicon {

    /** A title after a surname (王行长, 张先生): whether it marks staff or a customer, and the role it implies. */
    public record Title(String word, boolean staff, String role) {
    }

    private final Map<String, String> banks;
    private final Map<String, String> roles;
    private final Map<String, Title> titles;
    private final Set<String> surnames;
    /** Surnames that are also everyday words: a name only when a title or 小/老 marks it (see surnames.txt). */
    private final Set<String> markedSurnames;
    private final List<String> products;
    private final Map<String, List<String>> cues;
    private final Map<String, CueSet> cueSets;
    private final List<Pattern> notePatterns;

    private Lexicon(Map<String, String> banks, Map<String, String> roles, Map<String, Title> titles,
                    Set<String> surnames, Set<String> markedSurnames, List<String> products,
                    Map<String, List<String>> cues, List<Pattern> notePatterns) {
        this.banks = banks;
        this.roles = roles;
        this.titles = titles;
        this.surnames = surnames;
        this.markedSurnames = markedSurnames;
        this.products = products;
        this.cues = cues;
        this.cueSets = CueSet.of(cues);
        this.notePatterns = notePatterns;
    }

    /** The dictionaries of {@code classpath:extraction/}. */
    public static Lexicon load() {
        Map<String, String> banks = pairs(lines("banks.txt"));
        Map<String, String> roles = pairs(lines("roles.txt"));
        Map<String, Title> titles = new LinkedHashMap<>();
        for (String line : lines("titles.txt")) {
            String[] parts = line.split("=", -1);
            titles.put(parts[0], new Title(parts[0], parts[1].equals("STAFF"), parts[2].isEmpty() ? null : parts[2]));
        }
        Set<String> surnames = new LinkedHashSet<>();
        Set<String> marked = new LinkedHashSet<>();
        String tier = "name";
        for (String line : lines("surnames.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                tier = line.substring(1, line.length() - 1);
                continue;
            }
            List<String> names = List.of(line.trim().split("\\s+"));
            surnames.addAll(names);
            if (tier.equals("marked")) {
                marked.addAll(names);
            }
        }
        List<String> products = lines("products.txt");
        Map<String, List<String>> cues = new LinkedHashMap<>();
        List<Pattern> notePatterns = new ArrayList<>();
        String section = "";
        List<String> thesaurus = null; // read on the first @cilin line, once
        for (String line : lines("cues.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                cues.put(section, new ArrayList<>());
            } else if (section.equals("note_patterns")) {
                notePatterns.add(Pattern.compile(line.trim()));
            } else if (line.startsWith(CILIN)) {
                thesaurus = thesaurus != null ? thesaurus : ResourceLines.read(CILIN_RESOURCE);
                cues.get(section).addAll(cilin(thesaurus,
                        List.of(line.substring(CILIN.length()).trim().split("\\s+"))));
            } else {
                cues.get(section).addAll(List.of(line.trim().split("\\s+")));
            }
        }
        // longest first, so that 想了解一下 wins over 想了解 and 增额终身寿 over 终身寿
        cues.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        return new Lexicon(banks, roles, titles, Set.copyOf(surnames), Set.copyOf(marked),
                products.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList(),
                Map.copyOf(cues), List.copyOf(notePatterns));
    }

    /** A cue line naming categories of HanLP's 同义词词林 (Cilin) instead of words: {@code @cilin Ee}. */
    private static final String CILIN = "@cilin ";
    /** The Cilin thesaurus as HanLP's jar keeps it: a category code, then its words ({@code Ee07A01= 温柔 温和 …}). */
    private static final String CILIN_RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

    /**
     * The words of the Cilin categories (the lines of {@code thesaurus}) whose codes start with one of {@code codes}, two
     * characters or more (a single character is too ambiguous to be read as the word). A {@code -word} drops that word.
     */
    private static List<String> cilin(List<String> thesaurus, List<String> codes) {
        List<String> prefixes = codes.stream().filter(c -> !c.startsWith("-")).toList();
        Set<String> dropped = new LinkedHashSet<>(codes.stream().filter(c -> c.startsWith("-")).map(c -> c.substring(1))
                .toList());
        Set<String> words = new LinkedHashSet<>();
        for (String line : thesaurus) {
            String entry = line.replace("\uFEFF", "");
            if (entry.length() > 8 && prefixes.stream().anyMatch(entry::startsWith)) {
                for (String word : entry.substring(8).trim().split("\\s+")) {
                    if (word.length() >= 2 && !dropped.contains(word)) {
                        words.add(word);
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /** How notes name banks: alias → full name as stored (建行 → 建设银行). */
    public Map<String, String> banks() {
        return banks;
    }

    /** Staff role words as notes write them → the role of the vocabulary (大堂 → 大堂经理). */
    public Map<String, String> roles() {
        return roles;
    }

    /** Titles written after a surname (行长, 先生, 姐). */
    public Map<String, Title> titles() {
        return titles;
    }

    public Set<String> surnames() {
        return surnames;
    }

    /** Surnames that are also everyday words: a name only when a title or 小/老 marks it. */
    public Set<String> markedSurnames() {
        return markedSurnames;
    }

    /** Product words, longest first. */
    public List<String> products() {
        return products;
    }

    /** Patterns of clauses worth keeping as a note. */
    public List<Pattern> notePatterns() {
        return notePatterns;
    }

    public List<String> cue(String section) {
        return cues.getOrDefault(section, List.of());
    }

    /** The first cue of the section found in text, or null. */
    public String findCue(String section, String text) {
        for (String cue : cue(section)) {
            if (text.contains(cue)) {
                return cue;
            }
        }
        return null;
    }

    /** The longest cue of the section that starts at {@code at} in text, or null. */
    public String cueAt(String section, String text, int at) {
        CueSet set = cueSets.get(section);
        if (set != null) {
            for (int n = Math.min(set.longest(), text.length() - at); n >= set.shortest(); n--) {
                if (set.words().contains(text.substring(at, at + n))) {
                    return text.substring(at, at + n);
                }
            }
            return null;
        }
        for (String cue : cue(section)) {
            if (text.startsWith(cue, at)) {
                return cue;
            }
        }
        return null;
    }

    public boolean hasCue(String section, String text) {
        return cueSets.containsKey(section) ? cueIndex(section, text) != Integer.MAX_VALUE : findCue(section, text) != null;
    }

    /** Where the earliest cue of the section starts in text, or {@link Integer#MAX_VALUE} when none does. */
    public int cueIndex(String section, String text) {
        CueSet set = cueSets.get(section);
        if (set == null) {
            int at = Integer.MAX_VALUE;
            for (String cue : cue(section)) {
                int i = text.indexOf(cue);
                if (i >= 0 && i < at) {
                    at = i;
                }
            }
            return at;
        }
        // a long list (hundreds of thesaurus words): look each stretch of the text up rather than each word in it
        for (int i = 0; i < text.length(); i++) {
            if (set.firsts().indexOf(text.charAt(i)) < 0) {
                continue;
            }
            for (int n = set.shortest(); n <= set.longest() && i + n <= text.length(); n++) {
                if (set.words().contains(text.substring(i, i + n))) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The words of a long section as a set, with their shortest and longest length and their first characters. */
    private record CueSet(Set<String> words, int shortest, int longest, String firsts) {

        static final int LONG = 64;

        static Map<String, CueSet> of(Map<String, List<String>> cues) {
            Map<String, CueSet> sets = new LinkedHashMap<>();
            cues.forEach((section, words) -> {
                if (words.size() > LONG) {
                    sets.put(section, new CueSet(Set.copyOf(words),
                            words.stream().mapToInt(String::length).min().orElse(1),
                            words.stream().mapToInt(String::length).max().orElse(1),
                            words.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining())));
                }
            });
            return Map.copyOf(sets);
        }
    }

    /** Keys sorted longest first, for alternations where the longest form must win. */
    public static String alternation(Set<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
    }

    private static Map<String, String> pairs(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return Map.copyOf(map);
    }

    private static List<String> lines(String name) {
        return ResourceLines.read("extraction/" + name);
    }
}
