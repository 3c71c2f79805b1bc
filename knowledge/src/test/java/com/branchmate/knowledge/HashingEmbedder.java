package com.branchmate.knowledge;

import java.util.List;

import com.branchmate.knowledge.embedding.Embedder;

/**
 * A fast stand-in for the embedding model: character bigrams hashed into 256 dimensions. Similar text, similar vector.
 * One more dimension, a share of the others' length, lifts every cosine to (cos + 0.6) / 1.6: unrelated texts land
 * near 0.4 and close ones at 0.6 or more, the range of bge-small-zh that the relevance model is calibrated on.
 */
public final class HashingEmbedder implements Embedder {

    private static final int BUCKETS = 256;
    public static final int DIMENSIONS = BUCKETS + 1;

    private int passagesEmbedded;

    @Override
    public String modelName() {
        return "hashing-test";
    }

    @Override
    public float[] embedQuery(String query) {
        return vector(query);
    }

    @Override
    public List<float[]> embedPassages(List<String> passages, Progress progress) {
        passagesEmbedded += passages.size();
        progress.update(passages.size(), passages.size());
        return passages.stream().map(HashingEmbedder::vector).toList();
    }

    public int passagesEmbedded() {
        return passagesEmbedded;
    }

    private static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i + 1 < text.length(); i++) {
            v[Math.floorMod(text.substring(i, i + 2).hashCode(), BUCKETS)] += 1;
        }
        double norm = 0;
        for (int d = 0; d < BUCKETS; d++) {
            norm += v[d] * v[d];
        }
        v[BUCKETS] = (float) Math.sqrt(0.6 * norm);
        return v;
    }
}
