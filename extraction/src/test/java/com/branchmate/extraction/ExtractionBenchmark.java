package com.branchmate.extraction;

import java.nio.file.Path;
import java.util.List;

/**
 * Scores RuleExtractor on the dev notes and measures its speed (notes per second after a warm-up). Run:
 * {@code ./mvnw -q -pl extraction test-compile exec:java -Dexec.skip=false -Dexec.mainClass=com.branchmate.extraction.ExtractionBenchmark -Dexec.classpathScope=test}.
 * Pass {@code -Dbenchmark.verbose=true} to print every miss.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        Path file = SharedFolder.devNotes().orElse(null);
        if (file == null) {
            System.out.println("shared/eval/notes-dev.jsonl not found: set -Dbranchmate.shared=/path/to/shared");
            return;
        }
        List<DevSet.Example> examples = DevSet.load(file);
        RuleExtractor extractor = new RuleExtractor();
        boolean verbose = Boolean.getBoolean("benchmark.verbose");

        ExtractionScorer scorer = new ExtractionScorer();
        for (DevSet.Example example : examples) {
            Extraction predicted = extractor.extract(example.text(), example.referenceDate());
            scorer.add(predicted, example.gold());
            if (verbose) {
                printDiff(example, predicted);
            }
        }
        System.out.println("RuleExtractor on " + examples.size() + " dev notes");
        System.out.print(scorer.report());

        // warm-up, then time a few passes
        for (int i = 0; i < 3; i++) {
            examples.forEach(e -> extractor.extract(e.text(), e.referenceDate()));
        }
        int passes = 10;
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            examples.forEach(e -> extractor.extract(e.text(), e.referenceDate()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("speed: %.1f notes/s%n", passes * examples.size() / seconds);
    }

    private static void printDiff(DevSet.Example example, Extraction predicted) {
        List<ExtractionScorer.Triple> gold = new java.util.ArrayList<>(ExtractionScorer.triples(example.gold()));
        List<ExtractionScorer.Triple> missing = new java.util.ArrayList<>(gold);
        StringBuilder extra = new StringBuilder();
        for (ExtractionScorer.Triple t : ExtractionScorer.triples(predicted)) {
            boolean hit = false;
            for (int i = 0; i < missing.size(); i++) {
                if (ExtractionScorer.matches(t, missing.get(i))) {
                    missing.remove(i);
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                extra.append("  + ").append(t).append('\n');
            }
        }
        if (!missing.isEmpty() || extra.length() > 0) {
            System.out.println(example.id() + " " + example.text());
            missing.forEach(t -> System.out.println("  - " + t));
            System.out.print(extra);
        }
    }
}
