package com.branchmate.knowledge;

import java.util.List;

import com.branchmate.knowledge.embedding.Embedder;

/** A fast stand-in for the embedding model: character bigrams hashed into 64 dimensions. Similar text, similar vector. */
public final class HashingEmbedder implements Embedder {

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
        float[] v = new float[64];
        for (int i = 0; i + 1 < text.length(); i++) {
            v[Math.floorMod(text.substring(i, i + 2).hashCode(), 64)] += 1;
        }
        return v;
    }
}
