package com.branchmate.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.SearchMode;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Retrieval quality and speed on the seed documents: ingests ../shared/seeds/*.txt into a fresh in-memory store,
 * then prints recall@1 and recall@5 for ../shared/eval/kb-dev.jsonl (a hit is a top-k passage containing all the
 * question's keywords, whitespace ignored) and query latency p50/p95, for hybrid, keyword-only and vector-only
 * retrieval; then the relevance figures of the best hit for the dev questions and for off-topic ones.
 *
 * <pre>./mvnw -q -pl knowledge test-compile exec:java -Dexec.skip=false -Dexec.mainClass=com.branchmate.knowledge.KnowledgeBenchmark -Dexec.classpathScope=test</pre>
 */
public final class KnowledgeBenchmark {

    private static final List<String> OFF_TOPIC = List.of("红烧肉怎么做才好吃？", "明天北京会下雨吗？", "怎么给手机换电池？",
            "世界杯冠军是哪个国家？", "Python 的列表怎么排序？", "猫咪不吃饭怎么办？", "高铁上能带宠物吗？", "怎么学好英语口语？");

    record Question(String id, String question, List<String> mustContain) {
    }

    public static void main(String[] args) throws IOException {
        Path shared = SharedFolder.find().orElse(null);
        if (shared == null) {
            System.out.println("SKIPPED: ../shared (seeds and eval data) not found next to the repository.");
            return;
        }
        KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), BgeSmallZhEmbedder.shared(),
                new DocumentReader(50L << 20), new Chunker(Integer.getInteger("chunk", 300)), Clock.systemUTC(), Duration.ofSeconds(1));

        long loadStart = System.nanoTime();
        BgeSmallZhEmbedder.shared().warmUp();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long ingestStart = System.nanoTime();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(shared.resolve("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            knowledge.ingest(seed.getFileName().toString(), Files.readAllBytes(seed), null, "benchmark", false);
        }
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        System.out.printf("Embedding model load: %.1f s; ingest of %d seed files (%d passages): %.1f s%n", loadSeconds,
                seeds.size(), knowledge.index().size(), ingestSeconds);

        List<Question> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(shared.resolve("eval/kb-dev.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                List<String> keywords = new ArrayList<>();
                node.get("mustContain").forEach(k -> keywords.add(k.asText()));
                questions.add(new Question(node.get("id").asText(), node.get("question").asText(), keywords));
            }
        }
        for (int warm = 0; warm < 3; warm++) {
            questions.forEach(q -> knowledge.search(q.question(), 5));
        }
        System.out.printf("%-8s %9s %9s %8s %8s%n", "mode", "recall@1", "recall@5", "p50 ms", "p95 ms");
        for (SearchMode mode : SearchMode.values()) {
            int at1 = 0;
            int at5 = 0;
            List<Double> millis = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Question q : questions) {
                    long start = System.nanoTime();
                    List<Hit> hits = knowledge.search(q.question(), 5, mode);
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (round == 0) {
                        int rank = firstHit(hits, q.mustContain());
                        at1 += rank == 0 ? 1 : 0;
                        at5 += rank >= 0 ? 1 : 0;
                        if (rank < 0) {
                            missed.add(q.id());
                        }
                    }
                }
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-8s %9.3f %9.3f %8.1f %8.1f  missed: %s%n", mode.name().toLowerCase(),
                    (double) at1 / questions.size(), (double) at5 / questions.size(), percentile(sorted, 50),
                    percentile(sorted, 95), missed);
        }
        System.out.println("Where the right passage ranks in the top 50 (hybrid / keyword / vector), and how many passages hold it:");
        for (Question q : questions) {
            long holding = knowledge.index().entries().stream().filter(e -> firstHit(List.of(new Hit(e.passage(), 0, 0, 0)),
                    q.mustContain()) == 0).count();
            System.out.printf("  %s %d / %d / %d  (%d)%n", q.id(), firstHit(knowledge.search(q.question(), 50), q.mustContain()),
                    firstHit(knowledge.search(q.question(), 50, SearchMode.KEYWORD), q.mustContain()),
                    firstHit(knowledge.search(q.question(), 50, SearchMode.VECTOR), q.mustContain()), holding);
        }
        System.out.println("Best hit of each question (similarity / coverage):");
        questions.forEach(q -> printBest("dev  " + q.id(), knowledge.search(q.question(), 1)));
        OFF_TOPIC.forEach(q -> printBest("off  " + q, knowledge.search(q, 1)));
    }

    private static int firstHit(List<Hit> hits, List<String> keywords) {
        for (int i = 0; i < hits.size(); i++) {
            String text = hits.get(i).passage().text().replaceAll("\\s+", "");
            if (keywords.stream().allMatch(k -> text.contains(k.replaceAll("\\s+", "")))) {
                return i;
            }
        }
        return -1;
    }

    private static void printBest(String label, List<Hit> hits) {
        Hit best = hits.get(0);
        System.out.printf("  %-30s %.3f / %.3f%n", label, best.similarity(), best.coverage());
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
