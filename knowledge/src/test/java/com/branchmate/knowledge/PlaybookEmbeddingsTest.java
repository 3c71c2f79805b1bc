package com.branchmate.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;
import com.branchmate.knowledge.embedding.PrecomputedEmbedder;

/**
 * The shipped playbook embeddings match the playbook as it is cut today and the model the bot uses: every passage
 * has its vector (so the first start embeds nothing), and a sample equals what the model computes now.
 */
class PlaybookEmbeddingsTest {

    @Test
    void everyBuiltInPassageHasItsShippedEmbeddingFromTheCurrentModel() throws IOException {
        PrecomputedEmbedder.Shipped shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PrecomputedEmbedder.RESOURCE)) {
            assertThat(in).as(PrecomputedEmbedder.RESOURCE + " (run PlaybookEmbeddings to write it)").isNotNull();
            shipped = PrecomputedEmbedder.read(in);
        }
        assertThat(shipped.modelName()).isEqualTo(BgeSmallZhEmbedder.shared().modelName());

        PlaybookEmbeddings.Recording texts = new PlaybookEmbeddings.Recording(new ZeroEmbedder());
        PlaybookEmbeddings.ingestPlaybook(texts);
        List<String> missing = texts.embedded.keySet().stream()
                .filter(t -> !shipped.vectors().containsKey(PrecomputedEmbedder.key(t))).toList();
        assertThat(missing).as("passages without a shipped embedding: run PlaybookEmbeddings").isEmpty();

        String sample = texts.embedded.keySet().iterator().next();
        float[] now = BgeSmallZhEmbedder.shared().embedPassages(List.of(sample), Embedder.Progress.NONE).get(0);
        assertThat(cosine(now, shipped.vectors().get(PrecomputedEmbedder.key(sample)))).isGreaterThan(0.999);
    }

    @Test
    void aKnownPassageIsNotEmbeddedAgainAndAnUnknownOneIs() {
        HashingEmbedder model = new HashingEmbedder();
        var precomputed = new PrecomputedEmbedder(model,
                java.util.Map.of(PrecomputedEmbedder.key("已知"), new float[] {1, 2}));
        List<float[]> vectors = precomputed.embedPassages(List.of("已知", "新的段落"), Embedder.Progress.NONE);
        assertThat(vectors.get(0)).containsExactly(1, 2);
        assertThat(vectors.get(1)).hasSize(HashingEmbedder.DIMENSIONS);
        assertThat(model.passagesEmbedded()).isEqualTo(1);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static final class ZeroEmbedder implements Embedder {
        @Override
        public String modelName() {
            return "zero";
        }

        @Override
        public float[] embedQuery(String query) {
            return new float[1];
        }

        @Override
        public List<float[]> embedPassages(List<String> passages, Progress progress) {
            return passages.stream().map(p -> new float[1]).toList();
        }
    }
}
