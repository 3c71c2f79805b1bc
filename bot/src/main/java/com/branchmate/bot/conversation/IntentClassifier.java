package com.branchmate.bot.conversation;

import java.io.BufferedReader;
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
 * logistic regression over the bge-small-zh embeddings of the message and of its ask part (its last clause), character
 * n-grams and the note extractor's structural signals (see {@link IntentFeatures}). Trained on first use, in about the time it takes to embed the examples.
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
        this.embedder = embedder;
        this.features = features;
        this.examples = List.copyOf(examples);
        this.settings = settings;
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
                    instance = new IntentClassifier(BgeSmallZhEmbedder.shared(), new IntentFeatures(rules::extract),
                            shippedExamples(), Settings.DEFAULT);
                    shared = instance;
                }
            }
        }
        return instance;
    }

    static List<Example> shippedExamples() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + EXAMPLES);
            }
            return readExamples(in);
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
        String whole = IntentFeatures.embeddingText(text);
        String ask = IntentFeatures.askPart(text);
        List<float[]> embedded = embedder.embedPassages(whole.equals(ask) ? List.of(whole) : List.of(whole, ask),
                Embedder.Progress.NONE);
        double[] p = trained.probabilities(features.of(text, embedded.get(0), embedded.get(embedded.size() - 1),
                referenceDate));
        Integer[] order = IntStream.range(0, p.length).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> p[c]).reversed()).toArray(Integer[]::new);
        Intent[] intents = Intent.values();
        return new Decision(intents[order[0]], p[order[0]], intents[order[1]], p[order[1]]);
    }

    /** Trains now, so the first message does not wait. */
    void warmUp() {
        model();
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
        // Most messages are one clause, their ask part the whole: each distinct text is embedded once.
        Map<String, float[]> vectors = new LinkedHashMap<>();
        examples.forEach(e -> {
            vectors.put(IntentFeatures.embeddingText(e.text()), null);
            vectors.put(IntentFeatures.askPart(e.text()), null);
        });
        List<String> texts = List.copyOf(vectors.keySet());
        List<float[]> embeddings = embedder.embedPassages(texts, Embedder.Progress.NONE);
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embeddings.get(i));
        }
        int count = examples.size();
        List<SoftmaxRegression.Features> xs = new ArrayList<>(count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            String text = examples.get(i).text();
            xs.add(features.of(text, vectors.get(IntentFeatures.embeddingText(text)),
                    vectors.get(IntentFeatures.askPart(text)), EXAMPLE_DATE));
            labels[i] = examples.get(i).intent().ordinal();
        }
        return SoftmaxRegression.train(xs, labels, Intent.values().length, IntentFeatures.SPARSE_SIZE,
                settings.l2(), settings.epochs(), settings.rate());
    }
}
