package com.branchmate.bot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.extraction.NoteExtractor;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.answer.Answerer;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/**
 * Prints the bot's figures on this machine: start-up time to ready (a first start, which embeds the built-in
 * playbook), resident memory after start-up with the embedding model loaded, extraction notes/s, knowledge query and
 * answer p50/p95 over the built-in playbook, and the /api/chat round trip at 20 concurrent users (p50/p99).
 * Loopback only, bounded in count.
 *
 * <pre>./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.bench.PerformanceBenchmark -Dexec.classpathScope=test</pre>
 */
public final class PerformanceBenchmark {

    static final int USERS = 20;
    static final int MESSAGES_PER_USER = 25;

    private static final String[] NOTES = {
            "今天去了建行城南支行，王行长下周三过生日，喜欢喝普洱；大堂经理李娜手机13812345678。",
            "工行福田支行客户吕先生38岁，做跨境电商，想了解年金险，下周一带计划书去找他。",
            "农行莲花支行大堂经理苏晴生日2.14，理财经理周婷爱好瑜伽。",
            "招行梅林支行魏行长爱喝岩茶，这周四约他吃饭聊开门红。",
            "交行湖滨支行客户陈女士50万理财12月20日到期，风险偏好稳健。",
    };

    private static final String[] QUESTIONS = {"网点一直不出单怎么办？", "跟网点负责人多久沟通一次？", "客户说收益低怎么回",
            "晨会怎么开", "客户投诉怎么处理", "要收集客户哪些信息", "产品到期前多久联系客户", "怎么邀请客户参加理财沙龙",
            "竞争对手进了网点怎么办", "柜员很忙怎么拜访"};

    private PerformanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("branchmate-bench");
        // A first start embeds the built-in playbook; a restart finds it stored and only loads the index.
        long started = System.nanoTime();
        start(dataDir).close();
        double firstStartSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        ConfigurableApplicationContext context = start(dataDir);
        double startupSeconds = (System.nanoTime() - started) / 1e9;
        try {
            BgeSmallZhEmbedder.shared().warmUp();
            System.gc();
            long rssKb = residentKb();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            NoteExtractor extractor = context.getBean(NoteExtractor.class);
            for (int i = 0; i < 200; i++) {
                extractor.extract(NOTES[i % NOTES.length], LocalDate.of(2026, 11, 18));
            }
            int runs = 2_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                extractor.extract(NOTES[i % NOTES.length], LocalDate.of(2026, 11, 18));
            }
            double notesPerSecond = runs / ((System.nanoTime() - t0) / 1e9);

            KnowledgeBase knowledge = context.getBean(KnowledgeBase.class);
            Answerer answerer = context.getBean(Answerer.class);
            List<Long> searches = new ArrayList<>();
            List<Long> answers = new ArrayList<>();
            for (int round = 0; round < 12; round++) {
                for (String question : QUESTIONS) {
                    long t = System.nanoTime();
                    knowledge.search(question, 5);
                    long searched = System.nanoTime();
                    answerer.ask(question, 200);
                    if (round >= 2) {
                        searches.add(searched - t);
                        answers.add(System.nanoTime() - searched);
                    }
                }
            }

            List<Long> latencies = chatRoundTrips(port);

            System.out.println();
            System.out.println("BranchMate performance on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + " (embedded H2, offline mode)");
            System.out.printf("start-up to ready:            first start %.1f s (cold JVM, embeds the playbook); "
                    + "restart %.1f s (same JVM, playbook already stored)%n", firstStartSeconds, startupSeconds);
            System.out.printf("resident memory after start:  %d MiB (heap used %d MiB)%n", rssKb / 1024,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 / 1024);
            System.out.printf("extraction (offline rules):   %.0f notes/s%n", notesPerSecond);
            System.out.printf("knowledge search (%d passages): p50 %.1f ms, p95 %.1f ms; offline answer p50 %.1f ms, p95 %.1f ms%n",
                    knowledge.index().size(), percentile(searches, 50), percentile(searches, 95),
                    percentile(answers, 50), percentile(answers, 95));
            System.out.printf("chat round trip, %d users:    p50 %.1f ms, p99 %.1f ms (%d requests, notes saved)%n",
                    USERS, percentile(latencies, 50), percentile(latencies, 99), latencies.size());
        } finally {
            context.close();
        }
        // Run from the test classpath, the scan also finds test fixtures that start fake servers (WireMock) and
        // leave non-daemon threads; exec:java would wait for them forever.
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return SpringApplication.run(BranchMateApplication.class,
                "--server.port=0", "--bot.data-dir=" + dataDir, "--bot.api-token=bench-token",
                "--bot.huddles.cron=-", "--logging.level.root=warn", "--bot.kb.default-playbook=true",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("bench")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0");
    }

    private static List<Long> chatRoundTrips(int port) throws Exception {
        var admin = new HttpTestClient(port).withBearer("bench-token");
        for (int u = 0; u < USERS; u++) {
            admin.postJson("/api/members", JsonText.of(Map.of("login", "bench" + u, "name", "压测" + u)));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int user = u;
                users.add(pool.submit(() -> {
                    var client = new HttpTestClient(port).withBearer("bench-token");
                    for (int m = 0; m < MESSAGES_PER_USER; m++) {
                        // Mostly notes (the heavy path: extraction and a transaction), some help and questions.
                        String text = m % 5 == 4 ? "王行长生日哪天" : NOTES[(user + m) % NOTES.length];
                        long t = System.nanoTime();
                        var response = client.postJson("/api/chat", JsonText.of(Map.of("member", "bench" + user, "text", text)));
                        latencies.add(System.nanoTime() - t);
                        if (response.status() != 200) {
                            throw new IllegalStateException("chat answered " + response.status() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : users) {
                user.get(Duration.ofMinutes(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static long residentKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }
}
