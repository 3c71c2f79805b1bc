package com.branchmate.bot.conversation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.branchmate.bot.intents.Intent;
import com.branchmate.extraction.rules.RuleExtractor;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Decides a message's intent with a model learnt from labelled examples ({@code conversation/intent-examples.jsonl}):
 * logistic regression over the bge-small-zh embeddings of the message, of its ask part (its last clause) and of the
 * message with names masked, character n-grams, question form and the note extractor's structural signals (see
 * {@link IntentFeatures}).
 * <p>
 * The model is trained at build time and shipped ({@link IntentModelFile}); after editing the examples or the
 * features, regenerate it with
 * <pre>./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.conversation.IntentModelWriter -Dexec.classpathScope=test</pre>
 * ({@code IntentModelFileTest} fails until then). A stale or missing file is not used: the bot then trains on the
 * examples at start, with a warning, in about the time it takes to embed them.
 */
final class IntentClassifier {

    private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);
    static final String EXAMPLES = "/conversation/intent-examples.jsonl";
    /** A fixed reference date for the examples: the signals ask whether dates are present, not which. */
    private static final LocalDate EXAMPLE_DATE = LocalDate.of(2026, 3, 2);

    record Example(String text, Intent intent) {
    }

    record Decision(Intent intent, double confidence, Intent runnerUp, double runnerUpConfidence) {
    }

    record Settings(double l2, int epochs, double rate) {
        /** Chosen by 5-fold cross-validation on the training part (IntentBenchmark -Dintent.grid). */
        static final Settings DEFAULT = new Settings(1e-4, 300, 0.02);
    }

    private static volatile IntentClassifier shared;

    private final Embedder embedder;
    private final IntentFeatures features;
    private final List<Example> examples;
    private final Settings settings;
    private volatile SoftmaxRegression model;

    IntentClassifier(Embedder embedder, IntentFeatures features, List<Example> examples, Settings settings) {
        this(embedder, features, examples, settings, null);
    }

    /** With a model trained already ({@code trained}), or null to train on the examples on first use. */
    private IntentClassifier(Embedder embedder, IntentFeatures features, List<Example> examples, Settings settings,
                             SoftmaxRegression trained) {
        this.embedder = embedder;
        this.features = features;
        this.examples = List.copyOf(examples);
        this.settings = settings;
        this.model = trained;
    }

    /**
     * The classifier trained on the shipped examples, one per JVM like the embedding model it uses: the offline
     * extractor gives its signals, so an LLM extractor's latency never enters the decision.
     */
    static IntentClassifier shared() {
        IntentClassifier instance = shared;
        if (instance == null) {
            synchronized (IntentClassifier.class) {
                instance = shared;
                if (instance == null) {
                    RuleExtractor rules = new RuleExtractor();
                    Embedder embedder = BgeSmallZhEmbedder.shared();
                    instance = new IntentClassifier(embedder, new IntentFeatures(rules::extract), shippedExamples(),
                            Settings.DEFAULT, shippedModel(embedder.modelName()));
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** The shipped model when it was trained from what this code would train it from; else null, with a warning. */
    private static SoftmaxRegression shippedModel(String embeddingModel) {
        long start = System.nanoTime();
        IntentModelFile.Stamp now = IntentModelFile.Stamp.current(embeddingModel);
        var shipped = IntentModelFile.shipped();
        if (shipped.isPresent() && shipped.get().stamp().equals(now)) {
            log.info("Intent model loaded from {} in {} ms", IntentModelFile.RESOURCE,
                    (System.nanoTime() - start) / 1_000_000);
            return shipped.get().model();
        }
        log.warn("{} is {}: training the intent model on the examples at start; regenerate it with: {}",
                IntentModelFile.RESOURCE, shipped.isPresent() ? "stale" : "missing", IntentModelFile.REGENERATE);
        return null;
    }

    static List<Example> shippedExamples() {
        try {
            return readExamples(new ByteArrayInputStream(examplesBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples file as shipped: what the model's checksum covers. */
    static byte[] examplesBytes() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + EXAMPLES);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON lines with "text" and "intent"; blank lines skipped. */
    static List<Example> readExamples(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> read = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                read.add(new Example(node.get("text").asString(), Intent.valueOf(node.get("intent").asString())));
            }
        }
        return read;
    }

    Decision decide(String text, LocalDate referenceDate) {
        SoftmaxRegression trained = model();
        IntentFeatures.Reading reading = features.read(text, referenceDate);
        List<String> texts = reading.embedded();
        List<float[]> embedded = embedder.embedPassages(texts, Embedder.Progress.NONE);
        double[] p = trained.probabilities(features.of(reading, t -> embedded.get(texts.indexOf(t))));
        Integer[] order = IntStream.range(0, p.length).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> p[c]).reversed()).toArray(Integer[]::new);
        Intent[] intents = Intent.values();
        return new Decision(intents[order[0]], p[order[0]], intents[order[1]], p[order[1]]);
    }

    /** Loads the embedding model and trains if there is no shipped model, so the first message does not wait. */
    void warmUp() {
        model();
        embedder.embedPassages(List.of("。"), Embedder.Progress.NONE);
    }

    /** The model, trained now if it was not loaded (for the writer of the shipped file). */
    SoftmaxRegression trainedModel() {
        return model();
    }

    private SoftmaxRegression model() {
        SoftmaxRegression trained = model;
        if (trained == null) {
            synchronized (this) {
                trained = model;
                if (trained == null) {
                    long start = System.nanoTime();
                    trained = train();
                    model = trained;
                    log.info("Intent model trained on {} examples in {} ms", examples.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return trained;
    }

    private SoftmaxRegression train() {
        List<IntentFeatures.Reading> readings = examples.stream().map(e -> features.read(e.text(), EXAMPLE_DATE)).toList();
        // Most messages are one clause, their ask part the whole: each distinct text is embedded once.
        Map<String, float[]> vectors = new LinkedHashMap<>();
        readings.forEach(r -> r.embedded().forEach(t -> vectors.put(t, null)));
        List<String> texts = List.copyOf(vectors.keySet());
        List<float[]> embeddings = embedder.embedPassages(texts, Embedder.Progress.NONE);
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embeddings.get(i));
        }
        int count = examples.size();
        List<SoftmaxRegression.Features> xs = new ArrayList<>(count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            IntentFeatures.Reading r = readings.get(i);
            xs.add(features.of(r, vectors::get));
            labels[i] = examples.get(i).intent().ordinal();
        }
        return SoftmaxRegression.train(xs, labels, Intent.values().length, IntentFeatures.SPARSE_SIZE,
                settings.l2(), settings.epochs(), settings.rate());
    }
}
