package com.branchmate.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.branchmate.knowledge.EvalQuestions.Question;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.SearchMode;
import com.branchmate.knowledge.search.SearchTuning;
import com.branchmate.knowledge.search.SearchTuning.Fusion;
import com.branchmate.knowledge.search.Synonyms;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Retrieval quality and speed on the seed documents, variant by variant: each ingests ../shared/seeds/*.txt into a
 * fresh in-memory store and prints recall@1/@5 on the answerable questions of kb-dev.jsonl + kb-dev2.jsonl, for the
 * tuning part and the held-out part (a fixed third by id hash, see EvalQuestions), and search latency p50/p95
 * (query embedding included). Then, for what ships: recall with the built-in playbook loaded too, and the
 * "nothing found" decision on answerable and unanswerable questions.
 *
 * <pre>./mvnw -q -pl knowledge test-compile exec:java -Dexec.skip=false -Dexec.mainClass=com.branchmate.knowledge.KnowledgeBenchmark -Dexec.classpathScope=test</pre>
 * Add {@code -Dvariants=shipped} to measure only what ships; {@code -Dvariants=models} compares bge-small-zh v1.0 and
 * v1.5 and both side by side (v1.0 is read from its Maven artifact, 0.36.2, when it is in ~/.m2).
 */
public final class KnowledgeBenchmark {

    private record Variant(String name, String model, boolean instruction, int chunk, int overlap, SearchTuning tuning,
                           SearchMode mode) {
        Variant(String name, SearchTuning tuning) {
            this(name, "q", false, 300, 100, tuning, SearchMode.HYBRID);
        }
    }

    private record Result(double at1Tune, double at5Tune, double at1Held, double at5Held, double p50, double p95,
                          List<String> missedHeld) {
    }

    public static void main(String[] args) throws IOException {
        Path shared = SharedFolder.find().orElse(null);
        if (shared == null) {
            System.out.println("SKIPPED: ../shared (seeds and eval data) not found next to the repository.");
            return;
        }
        EvalQuestions questions = EvalQuestions.read(shared);
        System.out.printf("Questions: %d answerable (%d tuning, %d held out), %d unanswerable (%d tuning, %d held out)%n",
                questions.answerable(false).size() + questions.answerable(true).size(), questions.answerable(false).size(),
                questions.answerable(true).size(), questions.unanswerable(false).size() + questions.unanswerable(true).size(),
                questions.unanswerable(false).size(), questions.unanswerable(true).size());
        SearchTuning shipped = SearchTuning.standard();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("shipped (standard)", shipped));
        if ("fusion".equals(System.getProperty("variants"))) {
            for (double kw : new double[] {1, 1.5, 2, 3}) {
                for (double vec : new double[] {0, 1}) {
                    for (double sent : new double[] {1, 2}) {
                        for (int k : new int[] {10, 30}) {
                            variants.add(new Variant("kw %.1f vec %.0f sent %.0f k %d".formatted(kw, vec, sent, k),
                                    shipped.withFusion(Fusion.RRF, kw, vec).withSentenceWeight(sent).withRrfK(k)));
                        }
                    }
                }
            }
        } else if ("models".equals(System.getProperty("variants"))) {
            variants.add(new Variant("bge v1.0 q", "v1", false, 300, 100, shipped, SearchMode.HYBRID));
            variants.add(new Variant("v1.5 q + v1.0 q", "joined", false, 300, 100, shipped, SearchMode.HYBRID));
            variants.add(new Variant("v1.5 q + v1.0 q, vector only", "joined", false, 300, 100, shipped, SearchMode.VECTOR));
            variants.add(new Variant("v1.5 q, vector only", "q", false, 300, 100, shipped, SearchMode.VECTOR));
            variants.add(new Variant("v1.0 q, vector only", "v1", false, 300, 100, shipped, SearchMode.VECTOR));
        } else if ("quick".equals(System.getProperty("variants"))) {
            variants.add(new Variant("CoreSynonym all words 0.5", shipped.withSynonyms(Synonyms.Source.CORE, 0.5, false)));
            variants.add(new Variant("CoreSynonym unknown 0.5", shipped.withSynonyms(Synonyms.Source.CORE, 0.5, true)));
            variants.add(new Variant("RRF k=20", shipped.withRrfK(20)));
            variants.add(new Variant("RRF k=60", shipped.withRrfK(60)));
            variants.add(new Variant("RRF k=5", shipped.withRrfK(5)));
            variants.add(new Variant("RRF k=10, kw 1 : vec 1.5", shipped.withRrfK(10).withFusion(Fusion.RRF, 1, 1.5)));
            variants.add(new Variant("linear 0.3 bm25 + 1 cos", shipped.withFusion(Fusion.LINEAR, 0.3, 1)));
        } else if (!"shipped".equals(System.getProperty("variants"))) {
            variants.add(new Variant("no sentence vectors", shipped.withSentenceWeight(0)));
            variants.add(new Variant("sentence vectors x1", shipped.withSentenceWeight(1)));
            variants.add(new Variant("sentence vectors x3", shipped.withSentenceWeight(3)));
            variants.add(new Variant("keyword only", "q", false, 300, 100, shipped, SearchMode.KEYWORD));
            variants.add(new Variant("vector only", "q", false, 300, 100, shipped, SearchMode.VECTOR));
            variants.add(new Variant("CoreSynonym all words 0.5", shipped.withSynonyms(Synonyms.Source.CORE, 0.5, false)));
            variants.add(new Variant("CoreSynonym unknown 0.5", shipped.withSynonyms(Synonyms.Source.CORE, 0.5, true)));
            variants.add(new Variant("CoreSynonym unknown 1.0", shipped.withSynonyms(Synonyms.Source.CORE, 1.0, true)));
            variants.add(new Variant("no trad->simp folding", shipped.withSimplify(false)));
            variants.add(new Variant("title+section field x1", shipped.withTitleWeight(1)));
            variants.add(new Variant("title+section field x0.5", shipped.withTitleWeight(0.5)));
            variants.add(new Variant("RRF k=60", shipped.withRrfK(60)));
            variants.add(new Variant("RRF k=20", shipped.withRrfK(20)));
            variants.add(new Variant("RRF kw 1 : vec 2", shipped.withFusion(Fusion.RRF, 1, 2)));
            variants.add(new Variant("RRF kw 2 : vec 1", shipped.withFusion(Fusion.RRF, 2, 1)));
            variants.add(new Variant("linear 0.5 bm25 + 1 cos", shipped.withFusion(Fusion.LINEAR, 0.5, 1)));
            variants.add(new Variant("linear 0.3 bm25 + 1 cos", shipped.withFusion(Fusion.LINEAR, 0.3, 1)));
            variants.add(new Variant("query with bge instruction", "q", true, 300, 100, shipped, SearchMode.HYBRID));
            variants.add(new Variant("bge full precision", "full", false, 300, 100, shipped, SearchMode.HYBRID));
            variants.add(new Variant("bge full, with instruction", "full", true, 300, 100, shipped, SearchMode.HYBRID));
            variants.add(new Variant("chunk 150, overlap 50", "q", false, 150, 50, shipped, SearchMode.HYBRID));
            variants.add(new Variant("chunk 200, overlap 70", "q", false, 200, 70, shipped, SearchMode.HYBRID));
            variants.add(new Variant("chunk 300, no overlap", "q", false, 300, 0, shipped, SearchMode.HYBRID));
            variants.add(new Variant("chunk 450, overlap 150", "q", false, 450, 150, shipped, SearchMode.HYBRID));
            variants.add(new Variant("chunk 600, overlap 200", "q", false, 600, 200, shipped, SearchMode.HYBRID));
        }
        Map<String, Map<String, float[]>> caches = Map.of("q", BgeModels.Caching.cache(), "full", BgeModels.Caching.cache(),
                "v1", BgeModels.Caching.cache(), "joined", BgeModels.Caching.cache());
        System.out.printf("%-28s %8s %8s %8s %8s %7s %7s  %s%n", "variant", "tune@1", "tune@5", "held@1", "held@5",
                "p50 ms", "p95 ms", "held-out misses");
        for (Variant v : variants) {
            EmbeddingModel model = switch (v.model()) {
                case "q" -> BgeModels.quantized();
                case "v1" -> BgeModels.v1().orElse(null);
                case "joined" -> BgeModels.v1().map(m -> BgeModels.joined(BgeModels.quantized(), m, 1)).orElse(null);
                default -> BgeModels.full().orElse(null);
            };
            if (model == null) {
                System.out.printf("%-28s not measured: its model's Maven artifact is not in ~/.m2 (see BgeModels)%n", v.name());
                continue;
            }
            Embedder embedder = new BgeModels.Caching("bge-" + v.model(), model, v.instruction(), caches.get(v.model()));
            KnowledgeBase knowledge = seeded(shared, embedder, new Chunker(v.chunk(), v.overlap()), v.tuning(), false);
            Result r = measure(knowledge, questions, v.mode());
            System.out.printf("%-28s %8.3f %8.3f %8.3f %8.3f %7.1f %7.1f  %s%n", v.name(), r.at1Tune(), r.at5Tune(),
                    r.at1Held(), r.at5Held(), r.p50(), r.p95(), r.missedHeld());
        }

        // What ships, as the bot runs it: the production embedder, then with the built-in playbook loaded too.
        Embedder production = BgeSmallZhEmbedder.shared();
        KnowledgeBase off = seeded(shared, production, Chunker.standard(), SearchTuning.standard(), false);
        KnowledgeBase on = seeded(shared, production, Chunker.standard(), SearchTuning.standard(), true);
        Result rOff = measure(off, questions, SearchMode.HYBRID);
        Result rOn = measure(on, questions, SearchMode.HYBRID);
        System.out.printf("%nShipped, built-in playbook off: recall@5 tuning %.3f, held out %.3f; p50 %.1f ms, p95 %.1f ms%n",
                rOff.at5Tune(), rOff.at5Held(), rOff.p50(), rOff.p95());
        System.out.printf("Shipped, built-in playbook on:  recall@5 tuning %.3f, held out %.3f; p50 %.1f ms, p95 %.1f ms%n",
                rOn.at5Tune(), rOn.at5Held(), rOn.p50(), rOn.p95());
        if (Boolean.getBoolean("diagnose")) {
            diagnose(off, questions);
            diagnoseMisses(off, questions);
        }
        RelevanceReport.printDecisions(off, questions);
        if (Boolean.getBoolean("relevance")) {
            RelevanceReport.print(off, questions);
        }
    }

    /** For the tuning part only: where the right passage ranks (hybrid / keyword / vector) and how many hold it. */
    private static void diagnose(KnowledgeBase knowledge, EvalQuestions questions) {
        for (Question q : questions.answerable(false)) {
            long holding = knowledge.index().entries().stream()
                    .filter(e -> EvalQuestions.firstHit(List.of(new Hit(e.passage(), 0, 0, 0)), q.mustContain()) == 0)
                    .count();
            System.out.printf("DIAG %s %d / %d / %d  (%d) %s%n", q.id(),
                    EvalQuestions.firstHit(knowledge.search(q.question(), 50), q.mustContain()),
                    EvalQuestions.firstHit(knowledge.search(q.question(), 50, SearchMode.KEYWORD), q.mustContain()),
                    EvalQuestions.firstHit(knowledge.search(q.question(), 50, SearchMode.VECTOR), q.mustContain()),
                    holding, q.question());
        }
    }

    /** For the tuning part's misses only: the passage that holds the answer next to the one ranked first. */
    private static void diagnoseMisses(KnowledgeBase knowledge, EvalQuestions questions) {
        for (Question q : questions.answerable(false)) {
            List<Hit> hits = knowledge.search(q.question(), 5);
            if (EvalQuestions.firstHit(hits, q.mustContain()) >= 0) {
                continue;
            }
            System.out.printf("%nMISS %s %s  must %s%n", q.id(), q.question(), q.mustContain());
            knowledge.index().entries().stream()
                    .filter(e -> EvalQuestions.firstHit(List.of(new Hit(e.passage(), 0, 0, 0)), q.mustContain()) == 0)
                    .limit(2)
                    .forEach(e -> System.out.printf("  GOLD [%s] %s%n", e.passage().heading(),
                            e.passage().text().replace("\n", " ")));
            hits.stream().limit(2).forEach(h -> System.out.printf("  TOP  [%s] %.80s%n", h.passage().heading(),
                    h.passage().text().replace("\n", " ")));
        }
    }

    static KnowledgeBase seeded(Path shared, Embedder embedder, Chunker chunker, SearchTuning tuning, boolean playbook)
            throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), embedder, new DocumentReader(50L << 20),
                chunker, Clock.systemUTC(), Duration.ofSeconds(1), tuning);
        try (Stream<Path> files = Files.list(shared.resolve("seeds"))) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                knowledge.ingest(seed.getFileName().toString(), Files.readAllBytes(seed), null, "benchmark", false);
            }
        }
        if (playbook) {
            for (String file : resource("playbook/index.txt").lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                knowledge.ingest(file, resource("playbook/" + file).getBytes(StandardCharsets.UTF_8), null, "system", true);
            }
        }
        return knowledge;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = KnowledgeBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Result measure(KnowledgeBase knowledge, EvalQuestions questions, SearchMode mode) {
        int[] at1 = new int[2];
        int[] at5 = new int[2];
        List<String> missed = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (boolean held : new boolean[] {false, true}) {
                for (Question q : questions.answerable(held)) {
                    long start = System.nanoTime();
                    List<Hit> hits = knowledge.search(q.question(), 5, mode);
                    if (round == 0) {
                        continue; // warm-up
                    }
                    millis.add((System.nanoTime() - start) / 1e6);
                    int rank = EvalQuestions.firstHit(hits, q.mustContain());
                    int part = held ? 1 : 0;
                    at1[part] += rank == 0 ? 1 : 0;
                    at5[part] += rank >= 0 ? 1 : 0;
                    if (held && rank < 0) {
                        missed.add(q.id());
                    }
                }
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int tune = questions.answerable(false).size();
        int held = questions.answerable(true).size();
        return new Result((double) at1[0] / tune, (double) at5[0] / tune, (double) at1[1] / held,
                (double) at5[1] / held, percentile(sorted, 50), percentile(sorted, 95), missed);
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
