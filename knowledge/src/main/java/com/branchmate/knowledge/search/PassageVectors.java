package com.branchmate.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A passage's vectors, stored as one array: the passage's own embedding first, then one per sentence. A question
 * phrased in other words than the playbook often matches one sentence far better than the 300 characters around it,
 * so search also ranks passages by their best sentence. An array of one embedding (stored before sentences were
 * embedded) is a passage without sentence vectors, and still searchable.
 */
public final class PassageVectors {

    /** Named after the model in a document's record: documents stored without sentence vectors are embedded again. */
    public static final String LAYOUT = "+sentences";
    /** Sentences shorter than this say too little to be matched on their own (a heading, a table cell). */
    private static final int MIN_SENTENCE = 6;
    /** At most this many sentence vectors, so that a passage's vectors fit a MySQL BLOB (64 KB) at 512 dimensions. */
    static final int MAX_SENTENCES = 24;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?])|\\n");
    private static final Pattern LIST_MARK = Pattern.compile("^[-#|*>\\s]+");

    private PassageVectors() {
    }

    /** The sentences of a passage that get a vector of their own, in order; short neighbours merged beyond the cap. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String sentence = LIST_MARK.matcher(part.strip()).replaceFirst("");
            if (sentence.length() >= MIN_SENTENCE) {
                sentences.add(sentence);
            }
        }
        while (sentences.size() > MAX_SENTENCES) {
            List<String> merged = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i += 2) {
                merged.add(i + 1 < sentences.size() ? sentences.get(i) + sentences.get(i + 1) : sentences.get(i));
            }
            sentences = merged;
        }
        return sentences;
    }

    /** The passage's embedding followed by its sentences', as stored. */
    public static float[] join(float[] passage, List<float[]> sentences) {
        float[] joined = new float[passage.length * (1 + sentences.size())];
        System.arraycopy(passage, 0, joined, 0, passage.length);
        for (int i = 0; i < sentences.size(); i++) {
            System.arraycopy(sentences.get(i), 0, joined, passage.length * (i + 1), passage.length);
        }
        return joined;
    }

    /** Vector {@code index} (0 the passage, then the sentences) of a stored array of vectors of {@code dimensions}. */
    static float[] part(float[] joined, int dimensions, int index) {
        float[] part = new float[dimensions];
        System.arraycopy(joined, dimensions * index, part, 0, dimensions);
        return part;
    }
}
