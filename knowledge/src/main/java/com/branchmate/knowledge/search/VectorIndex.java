package com.branchmate.knowledge.search;

import java.util.List;

/**
 * Cosine similarity by brute force: a playbook has thousands of passages at most, which this scans in milliseconds.
 * Each passage has its own vector and, when stored with them, its sentences' vectors (see {@link PassageVectors}).
 */
final class VectorIndex {

    /** Per passage: its similarity to the query, and the best of its sentences' (the passage's own when it has none). */
    record Similarities(double[] passages, double[] bestSentences) {
        /** The passage's or its best sentence's similarity, whichever is higher: a question often matches one sentence. */
        double closest(int passage) {
            return Math.max(passages[passage], bestSentences[passage]);
        }
    }

    private final List<float[]> stored;
    /** The stored arrays cut into normalised vectors, for the dimension of the first query (the model's). */
    private volatile float[][][] vectors;

    VectorIndex(List<float[]> embeddings) {
        this.stored = embeddings;
    }

    private float[][][] vectors(int dimensions) {
        float[][][] cut = vectors;
        if (cut != null && (cut.length == 0 || dimensionsOf(cut) == dimensions)) {
            return cut;
        }
        cut = new float[stored.size()][][];
        for (int i = 0; i < cut.length; i++) {
            float[] joined = stored.get(i);
            int count = joined == null || joined.length % dimensions != 0 ? 0 : joined.length / dimensions;
            cut[i] = new float[count][];
            for (int j = 0; j < count; j++) {
                cut[i][j] = normalized(PassageVectors.part(joined, dimensions, j));
            }
        }
        vectors = cut;
        return cut;
    }

    private static int dimensionsOf(float[][][] cut) {
        for (float[][] passage : cut) {
            if (passage.length > 0) {
                return passage[0].length;
            }
        }
        return -1;
    }

    Similarities similarities(float[] query) {
        float[] q = normalized(query);
        float[][][] vectors = vectors(q.length);
        double[] passages = new double[vectors.length];
        double[] sentences = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            float[][] v = vectors[i];
            if (v.length == 0 || v[0].length != q.length) {
                continue;
            }
            passages[i] = dot(v[0], q);
            double best = v.length == 1 ? passages[i] : -1;
            for (int j = 1; j < v.length; j++) {
                best = Math.max(best, dot(v[j], q));
            }
            sentences[i] = best;
        }
        return new Similarities(passages, sentences);
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        if (norm == 0) {
            return vector;
        }
        float[] result = new float[vector.length];
        double length = Math.sqrt(norm);
        for (int i = 0; i < vector.length; i++) {
            result[i] = (float) (vector[i] / length);
        }
        return result;
    }
}
