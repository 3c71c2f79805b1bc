package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.Fixtures;

/** Two application instances sharing one database: each huddle reaches the group once. */
@Tag("persistence")
class TwoInstancesHuddleTest {

    static final List<RecordingDelivery.Sent> SENT = new CopyOnWriteArrayList<>();

    /** A test configuration, so other tests' component scans leave it out. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SharedDelivery {
        @Bean
        @Primary
        RecordingDelivery recordingDelivery() {
            return new RecordingDelivery(SENT);
        }
    }

    @TempDir
    Path dataDir;

    @Test
    void twoInstancesSendEachHuddleOnce() throws Exception {
        String db = "jdbc:h2:file:" + dataDir.resolve("shared") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE";
        try (var first = start(db); var second = start(db)) {
            String code = Fixtures.unique("two");
            var memberService = first.getBean(MemberService.class);
            long teamId = memberService.ensureTeam(code, "双实例团队").id();
            first.getBean(HuddleService.class).save(Caller.system(), code, new HuddleSettings(teamId, true, "08:30",
                    "17:30", "Asia/Shanghai", null, null, null, null, null, HuddleSettings.CustomerNames.HONORIFIC,
                    null, null, null, null, 60, false, 30, 7, 7, null));

            var pool = Executors.newFixedThreadPool(4);
            var go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (var context : List.of(first, second, first, second)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    context.getBean(HuddleScheduler.class).runDue(Instant.parse("2026-11-23T00:31:00Z"));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();

            assertThat(SENT.stream().filter(s -> s.teamId() == teamId)).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(String db) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--bot.huddles.cron=-"));
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            args.add("--spring.datasource.url=" + db);
        }
        return new SpringApplicationBuilder(BranchMateApplication.class, SharedDelivery.class)
                .run(args.toArray(String[]::new));
    }
}
