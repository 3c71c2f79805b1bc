package com.branchmate.extraction.text;

import com.hankcs.hanlp.HanLP;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note as the rules read it, with a way back to the note as it was written. Normalising: full-width digits,
 * letters and punctuation to ASCII (NFKC), traditional to simplified characters (HanLP's converter), spaces and
 * dashes inside phone numbers and digit groups taken out (136-0571-2283, 139 1111 5555, 4 000 000), voice-input
 * fillers (a data list) taken out where they are fillers. Every character of {@link #text()} knows where it came
 * from, so a span found in the normalised text is shown as written ({@link #originalSpan}). Immutable.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** For each char of text (and one past the end), the index in original where it starts. */
    private final int[] origin;

    private NormalizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    /** The text as written. */
    public String original() {
        return original;
    }

    /** The text as rules read it. */
    public String text() {
        return text;
    }

    /** Where the normalised index {@code index} (0..length) starts in the original text. */
    public int originalIndex(int index) {
        return origin[index];
    }

    /** The original text under the normalised span [start, end). */
    public String originalSpan(int start, int end) {
        int from = origin[start];
        return original.substring(from, Math.max(from, originalEnd(start, end)));
    }

    /** Where the normalised span [start, end) ends in the original text. */
    public int originalEnd(int start, int end) {
        return end <= start ? origin[start] : endOf(end - 1);
    }

    private int endOf(int index) {
        int from = origin[index];
        return from + Character.charCount(original.codePointAt(from));
    }

    /** Normalises a text; null reads as empty. */
    public static NormalizedText of(String original) {
        String source = original == null ? "" : original;
        Builder width = widthFolded(source);
        Builder simple = simplified(width);
        Builder joined = numbersJoined(simple);
        Builder clean = fillersRemoved(joined);
        return new NormalizedText(source, clean.text.toString(), clean.originsWithEnd(source.length()));
    }

    /**
     * The same reading with the vocabulary words mistyped by their sound read as the words (温健型 → 稳健型), for the
     * fact rules; dates need no such repair. Spans still lead back to what was written.
     */
    public NormalizedText repairedBySound() {
        String repaired = bySound(text);
        return repaired.equals(text) ? this : new NormalizedText(original, repaired, origin);
    }

    /** A vocabulary word and the toneless pinyin of each of its characters. */
    private record Sounding(String word, List<String> sounds) {
    }

    /** Each character's toneless pinyin, read once (before the words below are loaded through it). */
    private static final java.util.concurrent.ConcurrentHashMap<Character, String> SOUNDS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The words by the sound of their first character, so each place of a note is compared with few. */
    private static final java.util.Map<String, List<Sounding>> BY_SOUND = loadBySound().stream()
            .collect(java.util.stream.Collectors.groupingBy(s -> s.sounds().get(0)));

    /**
     * The text with each stretch that sounds like a vocabulary word, shares a character with it and differs in one,
     * replaced by the word, character for character (温健型 → 稳健型).
     */
    static String bySound(String text) {
        if (text.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
            return text;
        }
        List<String> sounds = sounds(text);
        StringBuilder repaired = null;
        for (int k = 0; k < text.length(); k++) {
            for (Sounding s : BY_SOUND.getOrDefault(sounds.get(k), List.of())) {
                int n = s.word().length();
                if (k + n > text.length() || !sounds.subList(k, k + n).equals(s.sounds())) {
                    continue;
                }
                int same = 0;
                for (int i = 0; i < n; i++) {
                    same += text.charAt(k + i) == s.word().charAt(i) ? 1 : 0;
                }
                if (same > 0 && same < n) {
                    repaired = repaired == null ? new StringBuilder(text) : repaired;
                    repaired.replace(k, k + n, s.word());
                }
            }
        }
        return repaired == null ? text : repaired.toString();
    }

    /**
     * The toneless pinyin of each character of the text (the character itself where it has none), each character
     * read alone: a mistyped character has no context to read it by anyway. Cached per character.
     */
    private static List<String> sounds(String text) {
        List<String> sounds = new ArrayList<>(text.length());
        for (int k = 0; k < text.length(); k++) {
            sounds.add(SOUNDS.computeIfAbsent(text.charAt(k), NormalizedText::sound));
        }
        return sounds;
    }

    private static String sound(char c) {
        List<com.hankcs.hanlp.dictionary.py.Pinyin> pinyin = HanLP.convertToPinyinList(String.valueOf(c));
        String p = pinyin.isEmpty() ? "none" : pinyin.get(0).getPinyinWithoutTone();
        return p.equals("none") ? String.valueOf(c) : p;
    }

    private static List<Sounding> loadBySound() {
        List<Sounding> words = new ArrayList<>();
        for (String line : ResourceLines.read("extraction/text/by-sound.txt")) {
            for (String word : line.split("\\s+")) {
                words.add(new Sounding(word, sounds(word)));
            }
        }
        return List.copyOf(words);
    }

    /** Text plus, for each char, its index in the original. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        int[] origins = new int[16];

        void append(CharSequence chars, int originIndex) {
            for (int k = 0; k < chars.length(); k++) {
                if (text.length() == origins.length) {
                    origins = Arrays.copyOf(origins, origins.length * 2);
                }
                origins[text.length()] = originIndex;
                text.append(chars.charAt(k));
            }
        }

        int[] originsWithEnd(int end) {
            int[] result = Arrays.copyOf(origins, text.length() + 1);
            result[text.length()] = end;
            return result;
        }
    }

    private static Builder widthFolded(String source) {
        Builder b = new Builder();
        for (int k = 0; k < source.length(); ) {
            int cp = source.codePointAt(k);
            String one = new String(Character.toChars(cp));
            String folded = cp == '\u3000' ? " " : Normalizer.normalize(one, Normalizer.Form.NFKC);
            b.append(folded, k);
            k += Character.charCount(cp);
        }
        return b;
    }

    private static Builder simplified(Builder in) {
        String text = in.text.toString();
        String converted = toSimplified(text);
        Builder b = new Builder();
        if (converted.length() == text.length()) {
            for (int k = 0; k < text.length(); k++) {
                b.append(String.valueOf(converted.charAt(k)), in.origins[k]);
            }
            return b;
        }
        // a phrase converted into a different length (rare): convert char by char so spans stay exact
        for (int k = 0; k < text.length(); k++) {
            String one = toSimplified(String.valueOf(text.charAt(k)));
            b.append(one.length() == 1 ? one : String.valueOf(text.charAt(k)), in.origins[k]);
        }
        return b;
    }

    private static String toSimplified(String text) {
        boolean ascii = text.chars().allMatch(c -> c < 0x2E80);
        return ascii ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /** A mobile number written in groups, or digits grouped by three with spaces. */
    private static final Pattern GROUPED_NUMBER = Pattern.compile(
            "(?<![\\d.])(?:1[3-9]\\d[ -]\\d{4}[ -]\\d{4}|1[3-9]\\d{9}|\\d{1,3}(?: \\d{3})+)(?![\\d.])");

    private static Builder numbersJoined(Builder in) {
        String text = in.text.toString();
        Matcher m = GROUPED_NUMBER.matcher(text);
        Builder b = new Builder();
        int k = 0;
        while (m.find()) {
            for (; k < m.start(); k++) {
                b.append(String.valueOf(text.charAt(k)), in.origins[k]);
            }
            for (; k < m.end(); k++) {
                char c = text.charAt(k);
                if (c != ' ' && c != '-') {
                    b.append(String.valueOf(c), in.origins[k]);
                }
            }
        }
        for (; k < text.length(); k++) {
            b.append(String.valueOf(text.charAt(k)), in.origins[k]);
        }
        return b;
    }

    private record Filler(String word, boolean anywhere, boolean stop) {
    }

    private static final List<Filler> FILLERS = loadFillers();
    private static final String CLAUSE_END = " \n\t,.;:!?，。；：！？、…~-()（）";

    private static Builder fillersRemoved(Builder in) {
        String text = in.text.toString();
        Builder b = new Builder();
        boolean atClauseStart = true;
        boolean removedBefore = false;
        boolean stopBefore = false;
        int k = 0;
        while (k < text.length()) {
            Filler filler = fillerAt(text, k, atClauseStart);
            if (filler != null) {
                k += filler.word().length();
                removedBefore = true;
                stopBefore |= filler.stop();
                atClauseStart = true;
                continue;
            }
            char c = text.charAt(k);
            boolean punctuation = CLAUSE_END.indexOf(c) >= 0;
            if (removedBefore && !punctuation && b.text.length() > 0
                    && CLAUSE_END.indexOf(b.text.charAt(b.text.length() - 1)) < 0) {
                // where the speaker paused; a long pause (嗯) starts a new topic in dictated text
                b.append(stopBefore ? "。" : ",", in.origins[k]);
            }
            removedBefore = false;
            stopBefore = false;
            b.append(String.valueOf(c), in.origins[k]);
            atClauseStart = punctuation;
            k++;
        }
        return b;
    }

    private static Filler fillerAt(String text, int k, boolean atClauseStart) {
        for (Filler f : FILLERS) {
            if ((f.anywhere() || atClauseStart) && text.startsWith(f.word(), k)) {
                return f;
            }
        }
        return null;
    }

    private static List<Filler> loadFillers() {
        List<Filler> fillers = new ArrayList<>();
        for (String line : ResourceLines.read("extraction/text/fillers.txt")) {
            String[] parts = line.split("\\s+");
            fillers.add(new Filler(parts[0], parts.length > 1 && parts[1].equals("anywhere"),
                    parts.length > 2 && parts[2].equals("stop")));
        }
        fillers.sort(Comparator.comparingInt((Filler f) -> f.word().length()).reversed());
        return List.copyOf(fillers);
    }
}
