package com.branchmate.bot.conversation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.branchmate.extraction.rules.RuleExtractor;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;

/**
 * Prints the intent model's accuracy per intent on the held-out part of {@code shared/eval/intents-dev.jsonl}
 * (trained on the shipped examples only), on all dev messages, and, with {@code -Dbenchmark.cv=true}, a 5-fold
 * cross-validation inside the training part (what tuning looks at). Run:
 * {@code ./mvnw -q -pl bot -am test-compile exec:java -Dexec.skip=true -Dexec.mainClass=com.branchmate.bot.conversation.IntentBenchmark -Dexec.classpathScope=test}
 * ({@code -Dbenchmark.verbose=true} prints the misses of the training-part cross-validation only).
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
                System.out.printf("%s  cv accuracy %.3f  non-notes as notes %d%n", cell, cv.accuracy(),
                        cv.nonNotesAsNotes());
            }
            return;
        }
        if (Boolean.getBoolean("benchmark.cv")) {
            List<IntentDevSet.Labelled> training = dev.stream().filter(e -> !e.heldOut()).toList();
            List<IntentClassifier.Example> own = IntentClassifier.shippedExamples().stream()
                    .filter(e -> training.stream().noneMatch(t -> t.text().equals(e.text()))).toList();
            List<IntentDevSet.Labelled> predicted = new ArrayList<>();
            Map<String, com.branchmate.bot.intents.Intent> got = new ConcurrentHashMap<>();
            for (int fold = 0; fold < 5; fold++) {
                int f = fold;
                List<IntentClassifier.Example> train = new ArrayList<>(own);
                List<IntentDevSet.Labelled> test = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) {
                    if (i % 5 == f) {
                        test.add(training.get(i));
                    } else {
                        train.add(new IntentClassifier.Example(training.get(i).text(), training.get(i).intent()));
                    }
                }
                IntentClassifier fc = new IntentClassifier(embedder, features, train, settings);
                for (IntentDevSet.Labelled e : test) {
                    got.put(e.id(), fc.decide(e.text(), today).intent());
                    predicted.add(e);
                }
            }
            IntentDevSet.Score cv = IntentDevSet.Score.of(predicted, e -> got.get(e.id()));
            System.out.print(cv.table("5-fold cross-validation on the training part (" + own.size()
                    + " own examples always in training)"));
            if (Boolean.getBoolean("benchmark.verbose")) {
                cv.misses().forEach(m -> System.out.println("  miss " + m));
            }
            System.out.println();
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
    }

    private static IntentDevSet.Score crossValidate(List<IntentDevSet.Labelled> training,
                                                    List<IntentClassifier.Example> own, Embedder embedder,
                                                    IntentFeatures features, IntentClassifier.Settings settings,
                                                    LocalDate today) {
        Map<String, com.branchmate.bot.intents.Intent> got = new ConcurrentHashMap<>();
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
            test.forEach(e -> got.put(e.id(), fc.decide(e.text(), today).intent()));
        }
        return IntentDevSet.Score.of(training, e -> got.get(e.id()));
    }

    /** The benchmark embeds the same texts in every fold; keep them. */
    private static Embedder cached(Embedder embedder) {
        Map<String, float[]> cache = new ConcurrentHashMap<>();
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
}
