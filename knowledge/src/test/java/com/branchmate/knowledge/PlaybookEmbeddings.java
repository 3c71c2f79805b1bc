package com.branchmate.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;

import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;
import com.branchmate.knowledge.embedding.PrecomputedEmbedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;

/**
 * Writes src/main/resources/playbook/embeddings.bin: the built-in playbook's passages, cut and embedded exactly as
 * the bot ingests them. Run after editing the playbook (PlaybookEmbeddingsTest fails until then):
 *
 * <pre>./mvnw -q -pl knowledge test-compile exec:java -Dexec.skip=false -Dexec.mainClass=com.branchmate.knowledge.PlaybookEmbeddings -Dexec.classpathScope=test</pre>
 */
public final class PlaybookEmbeddings {

    private PlaybookEmbeddings() {
    }

    public static void main(String[] args) throws IOException {
        Recording recording = new Recording(BgeSmallZhEmbedder.shared());
        ingestPlaybook(recording);
        // Run from the repository root (exec:java with -pl knowledge) or from the module.
        Path resources = Files.isDirectory(Path.of("knowledge/src/main/resources"))
                ? Path.of("knowledge/src/main/resources") : Path.of("src/main/resources");
        Path out = resources.resolve(PrecomputedEmbedder.RESOURCE);
        try (OutputStream file = Files.newOutputStream(out)) {
            PrecomputedEmbedder.write(file, recording.modelName(), recording.embedded);
        }
        System.out.printf("Wrote %d passage embeddings by %s to %s%n", recording.embedded.size(), recording.modelName(), out);
    }

    /** Ingests the built-in playbook as DefaultPlaybook does (standard chunker), through the given embedder. */
    static void ingestPlaybook(Embedder embedder) throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), embedder, new DocumentReader(10L << 20),
                Chunker.standard(), Clock.systemUTC(), Duration.ofSeconds(1));
        for (String file : resource("playbook/index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            knowledge.ingest(file, resource("playbook/" + file).getBytes(StandardCharsets.UTF_8), null, "system", true);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlaybookEmbeddings.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Passes passages to a model and remembers text and vector. */
    static final class Recording implements Embedder {
        final LinkedHashMap<String, float[]> embedded = new LinkedHashMap<>();
        private final Embedder model;

        Recording(Embedder model) {
            this.model = model;
        }

        @Override
        public String modelName() {
            return model.modelName();
        }

        @Override
        public float[] embedQuery(String query) {
            return model.embedQuery(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> passages, Progress progress) {
            List<float[]> vectors = model.embedPassages(passages, progress);
            for (int i = 0; i < passages.size(); i++) {
                embedded.put(passages.get(i), vectors.get(i));
            }
            return vectors;
        }
    }
}
