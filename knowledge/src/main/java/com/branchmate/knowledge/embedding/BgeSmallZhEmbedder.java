package com.branchmate.knowledge.embedding;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hankcs.hanlp.HanLP;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * bge-small-zh v1.5, quantized, run in process by ONNX Runtime from the model inside its Maven artifact: no download,
 * no server. One model per JVM, loaded on first use (about a second), because it holds a hundred MB and is
 * thread-safe.
 */
public final class BgeSmallZhEmbedder implements Embedder {

    private static final Logger log = LoggerFactory.getLogger(BgeSmallZhEmbedder.class);
    private static final int BATCH = 32;

    private static final BgeSmallZhEmbedder SHARED = new BgeSmallZhEmbedder();

    private volatile EmbeddingModel model;

    private BgeSmallZhEmbedder() {
    }

    public static BgeSmallZhEmbedder shared() {
        return SHARED;
    }

    @Override
    public String modelName() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public float[] embedQuery(String query) {
        // No bge instruction prefix: measured (KnowledgeBenchmark), the bare question retrieves as well or better on
        // colloquial questions, and embeds in half the time.
        return model().embed(simplified(query)).content().vector();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages, Progress progress) {
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (int start = 0; start < passages.size(); start += BATCH) {
            List<TextSegment> batch = passages.subList(start, Math.min(passages.size(), start + BATCH)).stream()
                    .map(text -> TextSegment.from(simplified(text))).toList();
            for (Embedding embedding : model().embedAll(batch).content()) {
                vectors.add(embedding.vector());
            }
            progress.update(vectors.size(), passages.size());
        }
        return vectors;
    }

    /** The model learned from simplified Chinese; traditional text (分鐘) embeds closer to its meaning as 分钟. */
    private static String simplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** Loads the model now, so the first question does not wait for it. */
    public void warmUp() {
        model();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    long start = System.nanoTime();
                    loaded = new BgeSmallZhV15QuantizedEmbeddingModel();
                    model = loaded;
                    log.info("Embedding model {} loaded in {} ms", modelName(), (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return loaded;
    }
}
