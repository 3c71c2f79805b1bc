package com.branchmate.bot.conversation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.branchmate.extraction.rules.RuleExtractor;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.answer.Relevance;
import com.branchmate.knowledge.embedding.PrecomputedEmbedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;

/**
 * Prints the intent model's accuracy per intent on the held-out part of {@code shared/eval/intents-dev.jsonl}
 * (trained on the shipped examples only) and on all dev messages. With {@code -Dbenchmark.cv=true} it first prints
 * what tuning looks at: a 5-fold cross-validation inside the training part, and a model trained on our own examples
 * only measured on the training part (how far they carry to messages written the dev set's way). Run:
 * {@code ./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.conversation.IntentBenchmark -Dexec.classpathScope=test}
 * <ul>
 * <li>{@code -Dbenchmark.verbose=true} prints the misses of the training part only (never of the held-out part);
 * <li>{@code -Dbenchmark.cvOnly=true} stops before the held-out part;
 * <li>{@code -Dbenchmark.relevance=true} measures whether the built-in playbook's relevance helps the router;
 * <li>{@code -Dbenchmark.cache=/tmp/file} keeps the embeddings between runs;
 * <li>{@code -Dintent.grid="l2,epochs,rate;..."} compares settings by cross-validation.
 * </ul>
 */
public final class IntentBenchmark {

    private IntentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = IntentDevSet.file().orElse(null);
        if (file == null) {
            System.out.println("shared/eval/intents-dev.jsonl not found: set -Dbranchmate.shared=/path/to/shared");
            return;
        }
        List<IntentDevSet.Labelled> dev = IntentDevSet.load(file);
        Embedder embedder = cached(BgeSmallZhEmbedder.shared());
        RuleExtractor rules = new RuleExtractor();
        IntentFeatures features = new IntentFeatures(rules::extract);
        IntentClassifier.Settings settings = new IntentClassifier.Settings(
                Double.parseDouble(System.getProperty("intent.l2", String.valueOf(IntentClassifier.Settings.DEFAULT.l2()))),
                Integer.getInteger("intent.epochs", IntentClassifier.Settings.DEFAULT.epochs()),
                Double.parseDouble(System.getProperty("intent.rate", String.valueOf(IntentClassifier.Settings.DEFAULT.rate()))));
        LocalDate today = LocalDate.of(2026, 3, 2);

        // -Dintent.grid="l2,epochs,rate;..." compares settings by cross-validation only (tuning never sees the held-out part).
        String grid = System.getProperty("intent.grid");
        if (grid != null) {
            List<IntentDevSet.Labelled> training = dev.stream().filter(e -> !e.heldOut()).toList();
            List<IntentClassifier.Example> own = IntentClassifier.shippedExamples().stream()
                    .filter(e -> training.stream().noneMatch(t -> t.text().equals(e.text()))).toList();
            for (String cell : grid.split(";")) {
                String[] p = cell.split(",");
                IntentClassifier.Settings s = new IntentClassifier.Settings(Double.parseDouble(p[0]),
                        Integer.parseInt(p[1]), Double.parseDouble(p[2]));
                IntentDevSet.Score cv = crossValidate(training, own, embedder, features, s, today);
                IntentClassifier ownOnly = new IntentClassifier(embedder, features, own, s);
                IntentDevSet.Score transfer = IntentDevSet.Score.of(training, e -> ownOnly.decide(e.text(), today).intent());
                System.out.printf("%s  cv accuracy %.3f  non-notes as notes %d  own examples only %.3f%n", cell,
                        cv.accuracy(), cv.nonNotesAsNotes(), transfer.accuracy());
            }
            save(embedder);
            return;
        }
        if (Boolean.getBoolean("benchmark.cv")) {
            List<IntentDevSet.Labelled> training = dev.stream().filter(e -> !e.heldOut()).toList();
            List<IntentClassifier.Example> own = IntentClassifier.shippedExamples().stream()
                    .filter(e -> training.stream().noneMatch(t -> t.text().equals(e.text()))).toList();
            Map<String, IntentClassifier.Decision> decided = crossDecisions(training, own, embedder, features,
                    settings, today);
            IntentDevSet.Score cv = IntentDevSet.Score.of(training, e -> decided.get(e.id()).intent());
            System.out.print(cv.table("5-fold cross-validation on the training part (" + own.size()
                    + " own examples always in training)"));
            if (Boolean.getBoolean("benchmark.verbose")) {
                cv.misses().forEach(m -> System.out.println("  miss " + m));
            }
            System.out.println();
            // How far the own examples alone carry: trained on them, measured on the whole training part.
            IntentClassifier ownOnly = new IntentClassifier(embedder, features, own, settings);
            IntentDevSet.Score transfer = IntentDevSet.Score.of(training, e -> ownOnly.decide(e.text(), today).intent());
            System.out.print(transfer.table("Trained on the " + own.size() + " own examples only, measured on the training part"));
            if (Boolean.getBoolean("benchmark.verbose")) {
                transfer.misses().forEach(m -> System.out.println("  miss " + m));
            }
            System.out.println();
            if (Boolean.getBoolean("benchmark.relevance")) {
                playbookRelevance(training, decided, embedder);
            }
            if (Boolean.getBoolean("benchmark.cvOnly")) {
                save(embedder);
                return;
            }
        }

        List<IntentClassifier.Example> shipped = IntentClassifier.shippedExamples();
        IntentClassifier classifier = new IntentClassifier(embedder, features, shipped, settings);
        long leaked = dev.stream().filter(IntentDevSet.Labelled::heldOut)
                .filter(e -> shipped.stream().anyMatch(s -> s.text().equals(e.text()))).count();
        List<IntentDevSet.Labelled> heldOut = dev.stream().filter(IntentDevSet.Labelled::heldOut).toList();
        long start = System.nanoTime();
        IntentDevSet.Score held = IntentDevSet.Score.of(heldOut, e -> classifier.decide(e.text(), today).intent());
        double msPerMessage = (System.nanoTime() - start) / 1e6 / heldOut.size();
        System.out.print(held.table("Held-out part (" + heldOut.size() + " messages, never shipped; " + leaked
                + " found in the shipped examples), trained on " + shipped.size() + " shipped examples"));
        System.out.printf("%.1f ms per message%n%n", msPerMessage);
        IntentDevSet.Score all = IntentDevSet.Score.of(dev, e -> classifier.decide(e.text(), today).intent());
        System.out.print(all.table("All dev messages (" + dev.size() + ", the training part included)"));
        save(embedder);
    }

    private static IntentDevSet.Score crossValidate(List<IntentDevSet.Labelled> training,
                                                    List<IntentClassifier.Example> own, Embedder embedder,
                                                    IntentFeatures features, IntentClassifier.Settings settings,
                                                    LocalDate today) {
        Map<String, IntentClassifier.Decision> got = crossDecisions(training, own, embedder, features, settings, today);
        return IntentDevSet.Score.of(training, e -> got.get(e.id()).intent());
    }

    /** Each training-part message decided by a model trained on the other four folds (and the own examples). */
    private static Map<String, IntentClassifier.Decision> crossDecisions(
            List<IntentDevSet.Labelled> training, List<IntentClassifier.Example> own, Embedder embedder,
            IntentFeatures features, IntentClassifier.Settings settings, LocalDate today) {
        Map<String, IntentClassifier.Decision> got = new ConcurrentHashMap<>();
        for (int fold = 0; fold < 5; fold++) {
            List<IntentClassifier.Example> train = new ArrayList<>(own);
            List<IntentDevSet.Labelled> test = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                if (i % 5 == fold) {
                    test.add(training.get(i));
                } else {
                    train.add(new IntentClassifier.Example(training.get(i).text(), training.get(i).intent()));
                }
            }
            IntentClassifier fc = new IntentClassifier(embedder, features, train, settings);
            test.forEach(e -> got.put(e.id(), fc.decide(e.text(), today)));
        }
        return got;
    }

    /**
     * Whether the built-in playbook's relevance (what Playbook.knows reads) would help the router: its share per
     * intent on the training part, and the cross-validated accuracy when a playbook question the playbook does not
     * know becomes OTHER.
     */
    private static void playbookRelevance(List<IntentDevSet.Labelled> training,
                                          Map<String, IntentClassifier.Decision> decided, Embedder embedder)
            throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), PrecomputedEmbedder.withPlaybook(embedder),
                new DocumentReader(10L << 20), Chunker.standard(), Clock.systemUTC(), Duration.ofSeconds(1));
        ClassLoader loader = IntentBenchmark.class.getClassLoader();
        String index = new String(loader.getResourceAsStream("playbook/index.txt").readAllBytes(), StandardCharsets.UTF_8);
        for (String name : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            knowledge.ingest(name, loader.getResourceAsStream("playbook/" + name).readAllBytes(), null, "system", true);
        }
        Map<String, Double> relevance = new ConcurrentHashMap<>();
        training.forEach(e -> relevance.put(e.id(), knowledge.relevance(e.text())));
        Map<com.branchmate.bot.intents.Intent, int[]> known = new java.util.EnumMap<>(com.branchmate.bot.intents.Intent.class);
        training.forEach(e -> {
            int[] c = known.computeIfAbsent(e.intent(), k -> new int[2]);
            c[1]++;
            c[0] += Relevance.answerable(relevance.get(e.id())) ? 1 : 0;
        });
        System.out.println("Built-in playbook knows (relevance >= " + Relevance.THRESHOLD + "), per intent, training part:");
        known.forEach((intent, c) -> System.out.printf("%-18s %4d/%-3d%n", intent, c[0], c[1]));
        for (double floor : new double[] {1.01, 0.9, 0.7, 0.5}) {
            IntentDevSet.Score routed = IntentDevSet.Score.of(training, e -> {
                IntentClassifier.Decision d = decided.get(e.id());
                boolean unknown = !Relevance.answerable(relevance.get(e.id()));
                return d.intent() == com.branchmate.bot.intents.Intent.PLAYBOOK_QUESTION && d.confidence() < floor
                        && unknown ? com.branchmate.bot.intents.Intent.OTHER : d.intent();
            });
            System.out.print(routed.table("Cross-validated, a playbook question the playbook does not know and decided "
                    + "with confidence below " + floor + " taken as OTHER"));
            if (Boolean.getBoolean("benchmark.verbose")) {
                routed.misses().forEach(m -> System.out.println("  miss " + m));
            }
        }
    }

    /** Where -Dbenchmark.cache keeps embeddings between runs (a tuning session embeds the same texts each run). */
    private static Map<String, float[]> cache;

    /** The benchmark embeds the same texts in every fold; keep them. */
    private static Embedder cached(Embedder embedder) throws IOException {
        cache = new ConcurrentHashMap<>();
        String file = System.getProperty("benchmark.cache");
        if (file != null && Files.exists(Path.of(file))) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(file))))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String text = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = in.readFloat();
                    }
                    cache.put(text, v);
                }
            }
        }
        return new Embedder() {
            @Override
            public String modelName() {
                return embedder.modelName();
            }

            @Override
            public float[] embedQuery(String query) {
                return embedder.embedQuery(query);
            }

            @Override
            public List<float[]> embedPassages(List<String> passages, Progress progress) {
                List<String> missing = passages.stream().filter(p -> !cache.containsKey(p)).distinct().toList();
                if (!missing.isEmpty()) {
                    List<float[]> vectors = embedder.embedPassages(missing, progress);
                    for (int i = 0; i < missing.size(); i++) {
                        cache.put(missing.get(i), vectors.get(i));
                    }
                }
                return passages.stream().map(cache::get).toList();
            }
        };
    }

    private static void save(Embedder embedder) throws IOException {
        String file = System.getProperty("benchmark.cache");
        if (file == null) {
            return;
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(file))))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
    }
}
