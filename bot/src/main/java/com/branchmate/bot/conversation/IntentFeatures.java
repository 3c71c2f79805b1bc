package com.branchmate.bot.conversation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.Extraction;
import com.branchmate.bot.people.PeopleAnswers;
import com.hankcs.hanlp.HanLP;

/**
 * What the intent model sees of a message: its meaning (the sentence embedding), its characters (hashed n-grams,
 * digits folded so every phone number looks alike) and what the note extractor finds in it (people, facts, a
 * branch, tasks) — the structural signals that say "this is a note".
 */
final class IntentFeatures {

    static final int SPARSE_SIZE = 1 << 15;
    private static final int MAX_NGRAM = 3;
    private static final List<String> CONTACT_KEYS = List.of("phone", "wechat");

    /** "A, not B" in either order: how a fix of a recorded value is usually said. */
    private static final Pattern CONTRAST = Pattern.compile("不是.{1,20}?是|是.{1,20}?不是");

    private static final String CLAUSE_MARKS = "。！？!?；;，,、…\\n";
    private static final Pattern CLAUSE = Pattern.compile("[" + CLAUSE_MARKS + "\\s]+");
    private static final int SHORT_ASK = 6;

    private final BiFunction<String, LocalDate, Extraction> extractor;

    IntentFeatures(BiFunction<String, LocalDate, Extraction> extractor) {
        this.extractor = extractor;
    }

    /**
     * @param embedding     the embedding of the whole message
     * @param askEmbedding  the embedding of its {@link #askPart ask part}: in a long message the situation comes
     *                      first and what is wanted (a strategy, lines to say, a lookup) last
     */
    SoftmaxRegression.Features of(String text, float[] embedding, float[] askEmbedding, LocalDate referenceDate) {
        float[] signals = signals(text, referenceDate);
        float[] dense = new float[embedding.length + askEmbedding.length + signals.length];
        System.arraycopy(embedding, 0, dense, 0, embedding.length);
        System.arraycopy(askEmbedding, 0, dense, embedding.length, askEmbedding.length);
        System.arraycopy(signals, 0, dense, embedding.length + askEmbedding.length, signals.length);
        return new SoftmaxRegression.Features(dense, ngrams(text));
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

    private float[] signals(String text, LocalDate referenceDate) {
        String t = normalize(text);
        Extraction extraction = t.isEmpty() ? Extraction.empty() : extractor.apply(t, referenceDate);
        int people = extraction.people().size();
        int facts = extraction.people().stream().mapToInt(p -> p.facts().size()).sum();
        boolean contact = extraction.people().stream().map(ExtractedPerson::facts).flatMap(List::stream)
                .anyMatch(f -> CONTACT_KEYS.contains(f.key()));
        boolean branch = extraction.branch() != null;
        boolean tasks = !extraction.tasks().isEmpty();
        int length = t.codePointCount(0, t.length());
        boolean endsAsking = t.endsWith("?") || t.endsWith("吗") || t.endsWith("呢");
        return new float[] {
                flag(people >= 1), flag(people >= 2), flag(facts >= 1), flag(facts >= 3), flag(contact),
                flag(branch), flag(tasks), flag(endsAsking), flag(t.contains("?")),
                flag(PeopleAnswers.recognises(t)), flag(CONTRAST.matcher(t).find()),
                flag(length <= 4), flag(length > 4 && length <= 12), flag(length > 12 && length <= 40),
                flag(length > 40 && length <= 100), flag(length > 100),
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
