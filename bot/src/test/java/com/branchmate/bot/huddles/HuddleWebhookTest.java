package com.branchmate.bot.huddles;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;

/** Two bot instances, one database, one fake WeCom group robot: each huddle reaches the group exactly once. */
@Tag("channel")
class HuddleWebhookTest {

    private final WireMockServer wecom = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        wecom.stop();
    }

    @Test
    void twoInstancesPostTheMorningHuddleToTheGroupRobotOnce() throws Exception {
        wecom.start();
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        String db = "jdbc:h2:file:" + dataDir.resolve("shared") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE";
        try (var first = start(db); var second = start(db)) {
            String code = Fixtures.unique("hook");
            long teamId = first.getBean(MemberService.class).ensureTeam(code, "群机器人团队").id();
            String key = "robot-" + code;
            first.getBean(HuddleService.class).save(Caller.system(), code, new HuddleSettings(teamId, true, "08:30",
                    "17:30", "Asia/Shanghai", key, null, null, null, null, HuddleSettings.CustomerNames.HONORIFIC,
                    null, null, null, null, 60, false, 30, 7, 7, null));

            var pool = Executors.newFixedThreadPool(2);
            var go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (var context : List.of(first, second)) {
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

            var posts = wecom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))
                    .withQueryParam("key", equalTo(key)));
            assertThat(posts).hasSize(1);
            assertThat(posts.get(0).getBodyAsString()).contains("markdown").contains("晨会");
        }
    }

    private ConfigurableApplicationContext start(String db) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--bot.huddles.cron=-",
                "--bot.wecom.api-base-url=" + wecom.baseUrl(), "--bot.data-dir=" + dataDir));
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            args.add("--spring.datasource.url=" + db);
        }
        return SpringApplication.run(BranchMateApplication.class, args.toArray(String[]::new));
    }
}
