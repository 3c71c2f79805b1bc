package com.branchmate.knowledge.search;

import java.util.List;

/** Cosine similarity by brute force: a playbook has thousands of passages at most, which this scans in microseconds. */
final class VectorIndex {

    private final float[][] vectors;

    VectorIndex(List<float[]> embeddings) {
        vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = normalized(embeddings.get(i));
        }
    }

    double[] similarities(float[] query) {
        float[] q = normalized(query);
        double[] result = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            float[] v = vectors[i];
            if (v.length != q.length) {
                continue;
            }
            double dot = 0;
            for (int d = 0; d < q.length; d++) {
                dot += v[d] * q[d];
            }
            result[i] = dot;
        }
        return result;
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
