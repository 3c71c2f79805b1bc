package com.branchmate.bot.channels.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.branchmate.bot.support.Services;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A bot process killed with SIGKILL while it works through a burst of WeCom messages it has acknowledged, then
 * started again, with WeCom re-delivering every message: each note is saved once and each message answered once.
 * Needs the shared database the restarted process finds (MariaDB/MySQL, as .ci/run's second phase sets); the
 * embedded H2's own kill -9 durability is tested elsewhere.
 */
@Tag("persistence")
class KillDuringProcessingTest {

    private static final String TOKEN = "kill-test-token";
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String CORP_ID = "wwkill" + Long.toHexString(System.nanoTime());
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final AtomicLong MSG_IDS = new AtomicLong(7_600_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String SEND = "/cgi-bin/message/send";
    private static final int MEMBERS = 3;
    private static final int MESSAGES_EACH = 10;

    private final WireMockServer wecom = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final List<Process> processes = new ArrayList<>();
    private final Path work = Path.of("target", "kill-test", Long.toHexString(System.currentTimeMillis())).toAbsolutePath();
    private String database;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        wecom.stop();
        Services.dropPrivateDatabase(database);
    }

    @Test
    void acknowledgedMessagesSurviveKillNineAndAreProcessedOnceAfterTheRestart() throws Exception {
        String shared = System.getenv("SPRING_DATASOURCE_URL");
        Services.require(shared != null && !shared.isBlank(),
                "kill -9 test skipped: set SPRING_DATASOURCE_URL (MariaDB) so the restarted process finds the same database");
        database = Services.privateDatabase("kill");
        Files.createDirectories(work);
        wecom.start();
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"kill-token\",\"expires_in\":7200}")));
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        int firstPort = freePort();
        Process first = start("first", firstPort);
        awaitReady(first, firstPort);
        var admin = new HttpTestClient(firstPort).withBearer(TOKEN);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String user = Fixtures.unique("wx-kill");
            users.add(user);
            assertThat(admin.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("kill"),
                    "name", "重启" + i, "role", "MEMBER", "wecomUserId", user))).status()).isEqualTo(201);
        }
        var platform = new WeComSender(firstPort, "kill-token", AES_KEY, CORP_ID);
        List<String> ids = new ArrayList<>();
        List<String> sealed = new ArrayList<>();
        for (int m = 0; m < MESSAGES_EACH; m++) {
            for (int u = 0; u < users.size(); u++) {
                long id = MSG_IDS.incrementAndGet();
                ids.add(String.valueOf(id));
                // A branch of each member's own: teammates naming the same person at the same branch would be asked
                // "which one did you mean" by the people matching, which is not what this test is about.
                sealed.add(WeComSender.textMessage(CORP_ID, users.get(u), id,
                        "今天去了农行城西" + "一二三四五六七八九".charAt(u) + "支行，柜员赵敏下周五生日。"));
            }
        }
        for (String message : sealed) {
            assertThat(platform.postXml(platform.seal(message), CORP_ID).status()).isEqualTo(200);
        }
        first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        JdbcTemplate jdbc = jdbc(database);
        int unfinished = jdbc.queryForObject("select count(*) from inbound_message where channel = 'wecom' and status <> 'DONE' "
                + "and message_id in (" + String.join(",", ids.stream().map(id -> "'" + id + "'").toList()) + ")",
                Integer.class);
        System.out.printf("kill -9 with %d of %d acknowledged messages not yet done%n", unfinished, ids.size());
        assertThat(unfinished).as("the kill came while messages were still being processed").isPositive();

        int secondPort = freePort();
        Process second = start("second", secondPort);
        awaitReady(second, secondPort);
        // WeCom re-delivers what it thinks went unanswered: every message, once more.
        var again = new WeComSender(secondPort, "kill-token", AES_KEY, CORP_ID);
        for (String message : sealed) {
            assertThat(again.postXml(again.seal(message), CORP_ID).status()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> users.stream()
                .mapToLong(u -> FaultCounts.repliesDelivered(wecom, SEND, u)).sum() >= ids.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8)).until(() -> users.stream()
                .mapToLong(u -> FaultCounts.repliesDelivered(wecom, SEND, u)).sum() == ids.size());
        for (String id : ids) {
            assertThat(jdbc.queryForObject("select count(*) from visit_note where channel = 'wecom' and channel_message_id = ?",
                    Integer.class, id)).as("notes for message " + id + "; replies: "
                    + users.stream().flatMap(u -> FaultCounts.replyTexts(wecom, SEND, u).stream()).toList()).isEqualTo(1);
        }
    }

    private Process start(String name, int port) throws IOException {
        Path dir = Files.createDirectories(work.resolve("data"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), BranchMateApplication.class.getName(),
                "--server.port=" + port, "--bot.data-dir=" + dir, "--bot.api-token=" + TOKEN,
                "--bot.encryption-key=" + KEY, "--bot.kb.default-playbook=false", "--bot.huddles.cron=-",
                "--bot.channels.workers=1", "--bot.channels.processing-lease=3s",
                "--bot.channels.resume-pending-after=2s", "--bot.channels.rate-limit-max-wait=1s",
                "--bot.channels.send-attempts=1",
                // Keys of this run only: the per-member rate limit (member ids restart at 1 in each private database)
                // must not count what an earlier test's members sent within the minute.
                "--bot.redis.key-prefix=" + database + ":",
                "--bot.wecom.corp-id=" + CORP_ID, "--bot.wecom.agent-id=1000002",
                "--bot.wecom.secret=kill-secret", "--bot.wecom.token=kill-token", "--bot.wecom.aes-key=" + AES_KEY,
                "--bot.wecom.api-base-url=" + wecom.baseUrl(), "--logging.level.root=warn",
                "--spring.datasource.url=" + database));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile())).start();
        processes.add(process);
        return process;
    }

    private static void awaitReady(Process process, int port) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    assertThat(process.isAlive()).as("bot process exited; see its log under target/kill-test").isTrue();
                    return new HttpTestClient(port).get("/actuator/health/readiness").status() == 200;
                });
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url,
                System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
