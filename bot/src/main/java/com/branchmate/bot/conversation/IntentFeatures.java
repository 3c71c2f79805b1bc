package com.branchmate.bot.conversation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.mentions.Segmenter;
import com.branchmate.bot.people.PeopleAnswers;
import com.hankcs.hanlp.HanLP;

/**
 * What the intent model sees of a message: its meaning (sentence embeddings of the message, of its ask part and of
 * the message with person and branch names masked, so the model also sees the shape of a request apart from whom it
 * names), its characters (hashed n-grams, digits folded so every phone number looks alike), the question form of its
 * ask part (sentence-final particles, interrogative pronouns, A-not-A) and what the note extractor finds in it
 * (people, facts, a branch, tasks) — the structural signals that say "this is a note".
 */
final class IntentFeatures {

    /** Bump when what the model sees changes: a shipped model of another version is retrained at start. */
    static final int VERSION = 3;
    static final int SPARSE_SIZE = 1 << 15;
    private static final int MAX_NGRAM = 3;
    private static final List<String> CONTACT_KEYS = List.of("phone", "wechat");

    /** "A, not B" in either order: how a fix of a recorded value is usually said. */
    private static final Pattern CONTRAST = Pattern.compile("不是.{1,20}?是|是.{1,20}?不是");

    private static final String CLAUSE_MARKS = "。！？!?；;，,、…\\n";
    private static final Pattern CLAUSE = Pattern.compile("[" + CLAUSE_MARKS + "\\s]+");
    private static final int SHORT_ASK = 6;

    /** What stands for a masked name: 某行长, 小某, 某支行. */
    static final String MASK = "某";

    /*
     * Question form, from Chinese grammar rather than from any example's words: the particle that ends a yes-no or a
     * follow-up question, the interrogative pronouns by what they ask for (a way, a person or place, a thing, a
     * number, a reason) and the A-not-A question (是不是, 有没有).
     */
    private static final Pattern TRAILING = Pattern.compile("[\\s" + CLAUSE_MARKS + "~～.。]+$");
    private static final Pattern YES_NO_PARTICLE = Pattern.compile("[吗么嘛]$");
    private static final Pattern FOLLOW_UP_PARTICLE = Pattern.compile("呢$");
    private static final Pattern SOFT_PARTICLE = Pattern.compile("[吧啊呀啦哈哦]$");
    private static final Pattern ASKS_WAY = Pattern.compile("怎|如何|咋");
    private static final Pattern ASKS_WHO_WHERE = Pattern.compile("谁|哪");
    private static final Pattern ASKS_WHAT = Pattern.compile("什么|啥");
    private static final Pattern ASKS_HOW_MANY = Pattern.compile("多少|几");
    private static final Pattern ASKS_WHY = Pattern.compile("为什么|为啥|干嘛");
    private static final Pattern A_NOT_A = Pattern.compile("(\\p{IsHan})[不没]\\1");

    private final BiFunction<String, LocalDate, Extraction> extractor;

    IntentFeatures(BiFunction<String, LocalDate, Extraction> extractor) {
        this.extractor = extractor;
    }

    /**
     * A message read once: its normalized text, what the extractor found, and the texts whose embeddings the model
     * takes (the masked message and its masked ask part, possibly the same text).
     */
    record Reading(String text, Extraction extraction, String whole, String ask, String maskedWhole) {
        /** The distinct texts whose embeddings {@link #of} takes. */
        List<String> embedded() {
            return List.copyOf(new LinkedHashSet<>(List.of(whole, ask, maskedWhole)));
        }
    }

    Reading read(String text, LocalDate referenceDate) {
        String t = normalize(text);
        Extraction extraction = t.isEmpty() ? Extraction.empty() : extractor.apply(t, referenceDate);
        return new Reading(t, extraction, embeddingText(t), askPart(t), embeddingText(masked(t, extraction)));
    }

    /**
     * Dense: the embeddings of the message, of its ask part (in a long message the situation comes first and what
     * is wanted — a strategy, lines to say, a lookup — last) and of the message with names masked; then the
     * signals. Sparse: the n-grams.
     *
     * @param vectors the embeddings of {@link Reading#embedded}
     */
    SoftmaxRegression.Features of(Reading reading, Function<String, float[]> vectors) {
        List<float[]> parts = List.of(vectors.apply(reading.whole()), vectors.apply(reading.ask()),
                vectors.apply(reading.maskedWhole()));
        float[] signals = signals(reading);
        float[] dense = new float[signals.length + parts.stream().mapToInt(v -> v.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, dense, at, part.length);
            at += part.length;
        }
        System.arraycopy(signals, 0, dense, at, signals.length);
        return new SoftmaxRegression.Features(dense, ngrams(reading.text()));
    }

    /** The text embedded for a message: normalized, never empty. */
    static String embeddingText(String text) {
        String n = normalize(text);
        return n.isEmpty() ? "。" : n;
    }

    /**
     * The message's last clause (split at sentence and clause marks or spaces), with the one before it when the
     * last is only a few characters ({@code 怎么破}, {@code 咋办}): where a chat message says what it wants.
     */
    static String askPart(String text) {
        String n = embeddingText(text);
        String[] clauses = CLAUSE.split(n.replaceAll("[" + CLAUSE_MARKS + "\\s]+$", ""));
        if (clauses.length <= 1) {
            return n;
        }
        String last = clauses[clauses.length - 1];
        if (last.codePointCount(0, last.length()) < SHORT_ASK && clauses.length >= 2) {
            last = clauses[clauses.length - 2] + "，" + last;
        }
        return last.isBlank() ? n : last;
    }

    /** The text the embedding and the n-grams read: simplified, half-width, lower case. */
    static String normalize(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        return HanLP.convertToSimplifiedChinese(t).toLowerCase(Locale.ROOT);
    }

    /**
     * The text with the people the extractor found (王行长 → 某行长, 小蒋 → 小某), the names the segmenter
     * recognises (孔丽 → 某) and the branch's own name (城南支行 → 某支行) replaced by {@link #MASK}: a question about
     * 钱阿姨 and one about 韦先生 embed alike.
     */
    static String masked(String text, Extraction extraction) {
        Map<String, String> replacements = new HashMap<>();
        for (ExtractedPerson person : extraction.people()) {
            String name = normalize(person.name());
            if (name.isEmpty()) {
                continue;
            }
            if (name.codePointCount(0, name.length()) >= 2) {
                replacements.put(name, MASK);
            }
            String title = person.title() == null ? "" : normalize(person.title());
            if (!title.isEmpty()) {
                replacements.put(name + title, MASK + title);
                replacements.put(title + name, title + MASK);
            }
            replacements.put("小" + name, "小" + MASK);
            replacements.put("老" + name, "老" + MASK);
        }
        for (Segmenter.Word word : Segmenter.words(text)) {
            if (word.isPersonName() && word.text().codePointCount(0, word.text().length()) >= 2) {
                replacements.putIfAbsent(word.text(), MASK);
            }
        }
        if (extraction.branch() != null && extraction.branch().name() != null) {
            String branch = normalize(extraction.branch().name());
            if (branch.length() > 2) {
                replacements.put(branch, MASK + branch.substring(branch.length() - 2));
            }
        }
        String masked = text;
        List<String> longestFirst = new ArrayList<>(replacements.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String name : longestFirst) {
            masked = masked.replace(name, replacements.get(name));
        }
        return masked;
    }

    private static float[] signals(Reading reading) {
        String t = reading.text();
        Extraction extraction = reading.extraction();
        int people = extraction.people().size();
        // A free-text note is the extractor's loosest reading; only the keyed facts say "this is a note".
        int facts = (int) extraction.people().stream().map(ExtractedPerson::facts).flatMap(List::stream)
                .filter(f -> !"note".equals(f.key())).count();
        boolean contact = extraction.people().stream().map(ExtractedPerson::facts).flatMap(List::stream)
                .anyMatch(f -> CONTACT_KEYS.contains(f.key()));
        boolean branch = extraction.branch() != null;
        boolean tasks = !extraction.tasks().isEmpty();
        int length = t.codePointCount(0, t.length());
        boolean endsAsking = t.endsWith("?") || t.endsWith("吗") || t.endsWith("呢");
        String ask = TRAILING.matcher(askPart(t)).replaceAll("");
        return new float[] {
                flag(people >= 1), flag(people >= 2), flag(facts >= 1), flag(facts >= 3), flag(contact),
                flag(branch), flag(tasks), flag(endsAsking), flag(t.contains("?")),
                flag(PeopleAnswers.recognises(t)), flag(CONTRAST.matcher(t).find()),
                flag(length <= 4), flag(length > 4 && length <= 12), flag(length > 12 && length <= 40),
                flag(length > 40 && length <= 100), flag(length > 100),
                flag(YES_NO_PARTICLE.matcher(ask).find()), flag(FOLLOW_UP_PARTICLE.matcher(ask).find()),
                flag(SOFT_PARTICLE.matcher(ask).find()), flag(ASKS_WAY.matcher(ask).find()),
                flag(ASKS_WHO_WHERE.matcher(ask).find()), flag(ASKS_WHAT.matcher(ask).find()),
                flag(ASKS_HOW_MANY.matcher(ask).find()), flag(ASKS_WHY.matcher(ask).find()),
                flag(A_NOT_A.matcher(ask).find()),
        };
    }

    private static float flag(boolean on) {
        return on ? 1f : 0f;
    }

    /** Character 1- to 3-grams with start and end marks, hashed; digits folded to 0. */
    static int[] ngrams(String text) {
        TreeSet<Integer> on = new TreeSet<>();
        addNgrams(on, "", normalize(text));
        return on.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addNgrams(TreeSet<Integer> on, String space, String normalized) {
        String t = "^" + normalized.replaceAll("\\d", "0").replaceAll("\\s+", " ") + "$";
        int[] cps = t.codePoints().toArray();
        for (int n = 1; n <= MAX_NGRAM; n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                String gram = space + n + ":" + new String(cps, i, n);
                on.add(Math.floorMod(gram.hashCode() * 0x9E3779B1, SPARSE_SIZE));
            }
        }
    }
}
