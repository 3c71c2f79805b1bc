package com.branchmate.knowledge.embedding;

import java.util.List;

/** Turns text into vectors for similarity search. Passages and queries may be embedded differently. */
public interface Embedder {

    String modelName();

    float[] embedQuery(String query);

    /** Embeds in batches; {@code progress} hears (done, total) after each batch, for the log of a large document. */
    List<float[]> embedPassages(List<String> passages, Progress progress);

    interface Progress {
        Progress NONE = (done, total) -> {
        };

        void update(int done, int total);
    }
}
