package com.branchmate.bot.bench;

import static com.branchmate.bot.bench.BenchBot.percentile;

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

import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.JsonText;

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
        int exit = 0;
        try (BenchBot bot = BenchBot.start(BenchBot.fakePlatforms(40), "open-loop", "",
                List.of("--bot.kb.default-playbook=false"))) {
            System.out.printf("%nOpen-loop WeCom callbacks on %d cores, %d s per rate, %s%n",
                    Runtime.getRuntime().availableProcessors(), seconds, bot.stores());
            System.out.println("rate/s  sent  acked  refused  ack p50 ms  ack p99 ms  backlog at end  notes/s  "
                    + "acked-never-processed (notes saved, messages answered)");
            for (int rate : rates) {
                exit |= runRate(bot, rate, seconds) ? 0 : 1;
            }
        }
        System.exit(exit);
    }

    private static boolean runRate(BenchBot bot, int rate, int seconds) throws Exception {
        JdbcTemplate jdbc = bot.jdbc;
        String run = UUID.randomUUID().toString().substring(0, 6);
        int total = rate * seconds;
        int members = (total + MESSAGES_PER_MEMBER - 1) / MESSAGES_PER_MEMBER;
        var admin = bot.admin();
        for (int m = 0; m < members; m++) {
            admin.postJson("/api/members", JsonText.of(Map.of("login", "ol-" + run + "-" + m, "name", "压测" + m,
                    "role", "MEMBER", "wecomUserId", "wx-" + run + "-" + m)));
        }
        var wecom = bot.wecom();
        // Sealed ahead, so encryption on this side does not slow the sending.
        List<WeComSender.Signed> sealed = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            sealed.add(wecom.seal(WeComSender.textMessage(BenchBot.CORP_ID, "wx-" + run + "-" + (i % members),
                    run + "-" + i, note(numerals(run, i % members)))));
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
                    status = wecom.postXml(sealed.get(n), BenchBot.CORP_ID).status();
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
}
