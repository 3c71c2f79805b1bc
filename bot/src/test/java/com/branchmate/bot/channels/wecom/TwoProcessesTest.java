package com.branchmate.bot.channels.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.branchmate.bot.support.Services;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Two bot processes on two ports sharing one database and one Redis, as in production behind a load balancer:
 * WeCom callbacks delivered to both are each processed once, the access token is fetched once and shared, the
 * morning huddle is posted once, and a knowledge document uploaded through one is found through the other.
 * Runs where Redis is configured (BOT_REDIS_URL; .ci/run's second phase, with MariaDB).
 */
@Tag("redis")
class TwoProcessesTest {

    private static final String TOKEN = "two-processes-token";
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    /** Unique per run: the access token is cached in the shared Redis under the corp id. */
    private static final String CORP_ID = "ww" + Long.toHexString(System.nanoTime());
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final WireMockServer wecom = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final List<Process> processes = new ArrayList<>();
    private String privateDatabase;

    /** Kept after the run (under target/), so the two processes' logs can be read when the test fails. */
    private final Path work = Path.of("target", "two-processes", Long.toHexString(System.currentTimeMillis()))
            .toAbsolutePath();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        wecom.stop();
        Services.dropPrivateDatabase(privateDatabase);
    }

    @Test
    void callbacksTokenHuddleAndKnowledgeAreSharedAcrossTwoProcesses() throws Exception {
        String redis = Services.redisUrl();
        Files.createDirectories(work);
        wecom.start();
        // A slow token endpoint widens the window in which both processes would fetch at once.
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(aResponse().withFixedDelay(300)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"shared-token\",\"expires_in\":7200}")));
        for (String path : List.of("/cgi-bin/message/send", "/cgi-bin/webhook/send")) {
            wecom.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        }
        // A database of their own: other test applications in this JVM poll the shared one for stored messages.
        String external = Services.privateDatabase("two");
        privateDatabase = external;
        String database = external != null ? external
                : "jdbc:h2:file:" + work.resolve("shared") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE";
        int portA = freePort();
        int portB = freePort();
        start("a", portA, database, redis);
        awaitReady(portA);
        start("b", portB, database, redis);
        awaitReady(portB);
        var a = new HttpTestClient(portA).withBearer(TOKEN);
        var b = new HttpTestClient(portB).withBearer(TOKEN);

        // Callbacks: every message is delivered to both processes, as a platform retry to another instance would.
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String user = Fixtures.unique("two");
            users.add(user);
            assertThat(a.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("m"), "name", "双实例" + i,
                    "role", "MEMBER", "wecomUserId", user))).status()).isEqualTo(201);
        }
        var senderA = new WeComSender(portA, "two-token", AES_KEY, CORP_ID);
        var senderB = new WeComSender(portB, "two-token", AES_KEY, CORP_ID);
        List<Long> ids = new ArrayList<>();
        // Each member's notes name the same new branch and person, handled at once by both processes: the branch,
        // the person and the note must each be created once.
        String branch = "城" + Long.toString(System.nanoTime() % 100000).chars()
                .mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c - '0'))).collect(java.util.stream.Collectors.joining())
                + "支行";
        for (int i = 0; i < 12; i++) {
            long id = MSG_IDS.incrementAndGet();
            ids.add(id);
            var sealed = senderA.seal(WeComSender.textMessage(CORP_ID, users.get(i % users.size()), id,
                    "今天去了建行" + "甲乙丙丁".charAt(i % users.size()) + branch + "，大堂经理李娜喜欢瑜伽。"));
            assertThat(senderA.postXml(sealed, CORP_ID).status()).isEqualTo(200);
            assertThat(senderB.postXml(sealed, CORP_ID).status()).isEqualTo(200);
        }
        JdbcTemplate jdbc = jdbc(database);
        await().atMost(Duration.ofSeconds(60)).until(() -> wecom.findAll(postRequestedFor(
                urlPathEqualTo("/cgi-bin/message/send"))).size() >= ids.size());
        int sends = wecom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).size();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).until(() -> wecom.findAll(
                postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).size() == sends); // no late second reply
        List<String> replies = wecom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).stream()
                .map(r -> r.getBodyAsString()).toList();
        for (long id : ids) {
            assertThat(jdbc.queryForObject("select count(*) from visit_note where channel = 'wecom' and channel_message_id = ?",
                    Integer.class, String.valueOf(id))).as("notes for message " + id + "; replies: " + replies).isEqualTo(1);
        }
        assertThat(wecom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send")))).hasSize(ids.size());
        assertThat(jdbc.queryForObject("select count(*) from person p join branch b on b.id = p.branch_id "
                + "where p.name = '李娜' and b.name like ?", Integer.class, "%" + branch)).isEqualTo(users.size());
        assertThat(wecom.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")))).hasSize(1);

        // The morning huddle of a team whose time is now: both schedulers look, one posts.
        String team = Fixtures.unique("two");
        new Fixtures(jdbc).team(team);
        String robot = "robot-" + team;
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        String now = LocalTime.now(shanghai).format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(a.postJson("/api/calendar", JsonText.of(Map.of("date", LocalDate.now(shanghai).toString(),
                "type", "WORKDAY", "team", team, "name", "双实例测试"))).status()).isIn(201, 409);
        assertThat(a.putJson("/api/huddles/settings/" + team, JsonText.of(Map.ofEntries(Map.entry("enabled", true),
                Map.entry("morningTime", now), Map.entry("eveningTime", "23:59"), Map.entry("zone", "Asia/Shanghai"),
                Map.entry("wecomWebhookKey", robot), Map.entry("graceMinutes", 60), Map.entry("personalReminders", false),
                Map.entry("customerNames", "HONORIFIC")))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !wecom.findAll(postRequestedFor(
                urlPathEqualTo("/cgi-bin/webhook/send")).withQueryParam("key", equalTo(robot))).isEmpty());
        // Both schedulers look every two seconds: two more rounds must not post it again.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(30)).until(() -> wecom.findAll(postRequestedFor(
                urlPathEqualTo("/cgi-bin/webhook/send")).withQueryParam("key", equalTo(robot))).size() == 1);
        assertThat(wecom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))
                .withQueryParam("key", equalTo(robot)))).hasSize(1);

        // Knowledge: uploaded through one, found through the other.
        String title = Fixtures.unique("双实例手册");
        String word = Fixtures.unique("口令").replace("-", "");
        var uploaded = a.postMultipart("/api/kb/documents", "two.md", ("# " + title + "\n## 暗号\n两个实例共用知识库，暗号是"
                + word + "。\n").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(uploaded.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> b.postJson("/api/kb/search",
                JsonText.of(Map.of("query", word, "k", 3))).body().contains(title));
    }

    private void start(String name, int port, String database, String redis) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), BranchMateApplication.class.getName(),
                "--server.port=" + port, "--bot.data-dir=" + dir, "--bot.api-token=" + TOKEN,
                "--bot.encryption-key=" + KEY, "--bot.redis.url=" + redis, "--bot.kb.default-playbook=false",
                "--bot.kb.refresh-every=1s", "--bot.huddles.cron=*/2 * * * * *", "--bot.outbox.replay-every=PT1H",
                "--bot.wecom.corp-id=" + CORP_ID, "--bot.wecom.agent-id=1000002",
                "--bot.wecom.secret=two-secret", "--bot.wecom.token=two-token", "--bot.wecom.aes-key=" + AES_KEY,
                "--bot.wecom.api-base-url=" + wecom.baseUrl(), "--logging.level.root=warn"));
        if (database != null) {
            command.add("--spring.datasource.url=" + database);
        }
        processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("bot.log").toFile()).start());
    }

    private void awaitReady(int port) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    processes.forEach(p -> assertThat(p.isAlive()).as("bot process exited; see its bot.log").isTrue());
                    return new HttpTestClient(port).get("/actuator/health/readiness").status() == 200;
                });
    }

    private static JdbcTemplate jdbc(String url) {
        boolean embedded = url.startsWith("jdbc:h2:");
        String user = embedded ? "sa" : System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root");
        String password = embedded ? "" : System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
