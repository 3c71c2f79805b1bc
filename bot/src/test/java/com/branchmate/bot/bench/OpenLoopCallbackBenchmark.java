package com.branchmate.bot.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Open-loop load on the WeCom callback: signed, encrypted callbacks sent at a fixed rate (25, 50, 100, 150 a second
 * by default) whatever the bot's answers take, as a platform does, for {@code -Dseconds} (30) per rate, on loopback,
 * with WeCom's API faked locally. Per rate it prints acknowledgement p50/p99, callbacks refused, notes saved per
 * second (from the first callback to the last note), the backlog when sending stopped, and acknowledged-but-never-
 * processed: acknowledged messages without a note once the backlog drained (bounded wait), which must be 0. The bot
 * runs with its default workers and queue. Uses MariaDB and Redis when SPRING_DATASOURCE_URL and BOT_REDIS_URL are
 * set, the embedded defaults otherwise.
 *
 * <pre>./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.bench.OpenLoopCallbackBenchmark \
 *   -Dexec.classpathScope=test [-Drates=25,50,100,150] [-Dseconds=30]</pre>
 */
public final class OpenLoopCallbackBenchmark {

    private static final String CORP_ID = "wwopenloop";
    private static final String WECOM_TOKEN = "open-loop-token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    /**
     * Each member's notes name a branch of their own: members of one team who all name the same person in the same
     * branch are asked "which one did you mean" by the people matching, which is not what this measures.
     */
    private static String note(String branch) {
        return "今天去了建行" + branch + "支行，大堂经理李娜喜欢瑜伽，下周三约她喝茶。";
    }

    private static String numerals(String run, int member) {
        String digits = Math.abs(run.hashCode() % 1000) + "0" + member;
        StringBuilder chinese = new StringBuilder("城");
        digits.chars().forEach(c -> chinese.append("零一二三四五六七八九".charAt(c - '0')));
        return chinese.toString();
    }
    /** Below the bot's 20 messages a minute per member, so the chat limit never answers instead of the note. */
    private static final int MESSAGES_PER_MEMBER = 12;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(Long.getLong("drainMinutes", 6));

    private OpenLoopCallbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 30);
        List<Integer> rates = java.util.Arrays.stream(System.getProperty("rates", "25,50,100,150").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        WireMockServer platform = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(40));
        platform.start();
        platform.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(json(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"t\",\"expires_in\":7200}")));
        platform.stubFor(post(urlPathEqualTo("/cgi-bin/message/send")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        Path dataDir = Files.createTempDirectory("branchmate-open-loop");
        boolean external = System.getenv("SPRING_DATASOURCE_URL") != null;
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--bot.data-dir=" + dataDir,
                "--bot.api-token=open-loop", "--bot.huddles.cron=-", "--logging.level.root=warn",
                "--bot.kb.default-playbook=false",
                "--bot.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "--bot.wecom.corp-id=" + CORP_ID, "--bot.wecom.agent-id=1000002", "--bot.wecom.secret=s",
                "--bot.wecom.token=" + WECOM_TOKEN, "--bot.wecom.aes-key=" + AES_KEY,
                "--bot.wecom.api-base-url=" + platform.baseUrl()));
        if (!external) {
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("load")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        }
        if (System.getenv("BOT_REDIS_URL") != null) {
            arguments.add("--bot.redis.url=" + System.getenv("BOT_REDIS_URL"));
        }
        ConfigurableApplicationContext context = SpringApplication.run(BranchMateApplication.class,
                arguments.toArray(String[]::new));
        int exit = 0;
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            System.out.printf("%nOpen-loop WeCom callbacks on %d cores, %d s per rate, database %s, key-value store %s%n",
                    Runtime.getRuntime().availableProcessors(), seconds, external ? "MariaDB/MySQL" : "embedded H2",
                    System.getenv("BOT_REDIS_URL") != null ? "Redis" : "in-process");
            System.out.println("rate/s  sent  acked  refused  ack p50 ms  ack p99 ms  backlog at end  notes/s  "
                    + "acked-never-processed (notes saved, messages answered)");
            for (int rate : rates) {
                exit |= runRate(port, jdbc, rate, seconds) ? 0 : 1;
            }
        } finally {
            context.close();
            platform.stop();
        }
        System.exit(exit);
    }

    private static boolean runRate(int port, JdbcTemplate jdbc, int rate, int seconds) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        int total = rate * seconds;
        int members = (total + MESSAGES_PER_MEMBER - 1) / MESSAGES_PER_MEMBER;
        var admin = new HttpTestClient(port).withBearer("open-loop");
        for (int m = 0; m < members; m++) {
            admin.postJson("/api/members", JsonText.of(Map.of("login", "ol-" + run + "-" + m, "name", "压测" + m,
                    "role", "MEMBER", "wecomUserId", "wx-" + run + "-" + m)));
        }
        var wecom = new WeComSender(port, WECOM_TOKEN, AES_KEY, CORP_ID);
        // Sealed ahead, so encryption on this side does not slow the sending.
        List<WeComSender.Signed> sealed = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            sealed.add(wecom.seal(WeComSender.textMessage(CORP_ID, "wx-" + run + "-" + (i % members), run + "-" + i,
                    note(numerals(run, i % members)))));
        }
        List<Long> acks = Collections.synchronizedList(new ArrayList<>());
        List<String> acked = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(400);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            senders.execute(() -> {
                long t = System.nanoTime();
                int status;
                try {
                    status = wecom.postXml(sealed.get(n), CORP_ID).status();
                } catch (RuntimeException e) {
                    status = -1;
                }
                acks.add(System.nanoTime() - t);
                if (status == 200) {
                    acked.add(run + "-" + n);
                } else {
                    refused.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        int savedAtEnd = saved(jdbc, run);
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        int saved = savedAtEnd;
        long lastSaved = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = saved(jdbc, run);
            if (now != saved) {
                saved = now;
                lastSaved = System.nanoTime();
            }
            if (saved >= acked.size() || answered(jdbc, run) >= acked.size()) {
                break;
            }
            Thread.sleep(250);
        }
        int duplicates = jdbc.queryForObject("select count(*) from (select channel_message_id from visit_note "
                + "where channel = 'wecom' and channel_message_id like ? group by channel_message_id having count(*) > 1) d",
                Integer.class, run + "-%");
        List<Long> sorted = new ArrayList<>(acks);
        Collections.sort(sorted);
        double elapsed = (lastSaved - start) / 1e9;
        int answered = answered(jdbc, run);
        int neverProcessed = acked.size() - Math.max(saved, answered);
        System.out.printf("%6d  %4d  %5d  %7d  %10.1f  %10.1f  %14d  %7.1f  %d (notes %d, answered %d)%s%n", rate, total,
                acked.size(), refused.get(), percentile(sorted, 50), percentile(sorted, 99), acked.size() - savedAtEnd,
                saved / elapsed, neverProcessed, saved, answered,
                duplicates > 0 ? " (duplicates " + duplicates + ")" : "");
        return neverProcessed == 0 && duplicates == 0;
    }

    /** Messages whose reply went out (a note's confirmation, or a question when the note needs an answer first). */
    private static int answered(JdbcTemplate jdbc, String run) {
        return jdbc.queryForObject("select count(*) from inbound_message where channel = 'wecom' "
                + "and message_id like ? and status = 'DONE'", Integer.class, run + "-%");
    }

    private static int saved(JdbcTemplate jdbc, String run) {
        return jdbc.queryForObject("select count(*) from visit_note where channel = 'wecom' and channel_message_id like ?",
                Integer.class, run + "-%");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
