package com.branchmate.extraction;

import com.branchmate.extraction.rules.RuleExtractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Scores RuleExtractor on each development file of shared/eval (all notes, the tuning part and the held-out part,
 * see {@link DevSet.Example#heldOut()}), with role recall apart, and measures its speed on one thread (notes per
 * second after a warm-up). Run:
 * {@code ./mvnw -q -pl extraction test-compile exec:java -Dexec.skip=false -Dexec.mainClass=com.branchmate.extraction.ExtractionBenchmark -Dexec.classpathScope=test}.
 * Pass {@code -Dbenchmark.verbose=true} to print every miss of the tuning part; the held-out part is never printed.
 */
public final class ExtractionBenchmark {

    private static final List<String> FILES = List.of("notes-dev.jsonl", "notes-dev2.jsonl");

    /**
     * Notes written apart from shared/eval, in the style of notes-dev2 (notes-fresh…) and of notes-dev
     * (notes-typed-fresh), to give figures on notes the rules were not written against (see src/test/resources/eval).
     * Each scored whole; their misses print with the verbose flag. notes-fresh2 was written after the rules had been
     * changed against notes-fresh, notes-fresh3 after they had been changed against notes-fresh2 and own probes, and
     * notes-fresh4 near the end, each to measure them once more; notes-typed-fresh grew in batches the same way.
     * notes-fresh10 to notes-fresh13 stress facts (notes, family, wishes against holdings and refusals, birthdays,
     * corrections), each written after the rules had been changed against the one before (there is no notes-fresh5).
     */
    private static final List<String> FRESH = List.of("notes-fresh.jsonl", "notes-fresh2.jsonl", "notes-fresh3.jsonl",
            "notes-fresh4.jsonl", "notes-typed-fresh.jsonl", "notes-fresh5.jsonl",
            "notes-fresh6.jsonl", "notes-fresh7.jsonl", "notes-fresh10.jsonl",
            "notes-fresh11.jsonl", "notes-fresh12.jsonl", "notes-fresh13.jsonl");

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        RuleExtractor extractor = new RuleExtractor();
        boolean verbose = Boolean.getBoolean("benchmark.verbose");
        List<DevSet.Example> everything = new ArrayList<>();
        for (String name : FILES) {
            Path file = SharedFolder.evalFile(name).orElse(null);
            if (file == null) {
                System.out.println("shared/eval/" + name + " not found: set -Dbranchmate.shared=/path/to/shared");
                continue;
            }
            List<DevSet.Example> examples = DevSet.load(file);
            everything.addAll(examples);
            for (DevSet.Example example : examples) {
                if (verbose && !example.heldOut()) {
                    printDiff(example, extractor.extract(example.text(), example.referenceDate()));
                }
            }
            report(name + " — all", examples, e -> true, extractor);
            report(name + " — tuning part (id hash mod 4 != 0)", examples, e -> !e.heldOut(), extractor);
            report(name + " — held-out part (id hash mod 4 == 0)", examples, DevSet.Example::heldOut, extractor);
        }
        for (String name : FRESH) {
            List<DevSet.Example> fresh = DevSet.fresh(name);
            if (verbose) {
                fresh.forEach(e -> printDiff(e, extractor.extract(e.text(), e.referenceDate())));
            }
            if (!fresh.isEmpty()) {
                report(name + " — all", fresh, e -> true, extractor);
            }
        }
        if (everything.isEmpty()) {
            return;
        }
        // warm-up, then time a few passes on this thread: wall clock, and the thread's CPU time, which is what one
        // core gives when the machine is shared
        for (int i = 0; i < 3; i++) {
            everything.forEach(e -> extractor.extract(e.text(), e.referenceDate()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int passes = 5;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) {
            everything.forEach(e -> extractor.extract(e.text(), e.referenceDate()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int notes = passes * everything.size();
        System.out.printf("speed: %.1f notes/s of CPU time on one core, %.1f notes/s wall clock (%d notes x %d passes)%n",
                notes / cpuSeconds, notes / seconds, everything.size(), passes);
    }

    private static void report(String title, List<DevSet.Example> examples, Predicate<DevSet.Example> part,
                               RuleExtractor extractor) {
        ExtractionScorer scorer = new ExtractionScorer();
        int notes = 0;
        for (DevSet.Example example : examples) {
            if (part.test(example)) {
                scorer.add(extractor.extract(example.text(), example.referenceDate()), example.gold());
                notes++;
            }
        }
        System.out.println();
        System.out.println("== " + title + ": " + notes + " notes");
        System.out.print(scorer.report());
        ExtractionScorer.Score role = scorer.byKey().getOrDefault("role", new ExtractionScorer.Score(0, 0, 0));
        System.out.printf("role recall %.3f, overall F1 %.3f%n", role.recall(), scorer.overall().f1());
    }

    private static void printDiff(DevSet.Example example, Extraction predicted) {
        List<ExtractionScorer.Triple> missing = new ArrayList<>(ExtractionScorer.triples(example.gold()));
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
