package com.branchmate.bot.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A bot process whose only way to MariaDB is a TCP proxy the test controls. While the database is black-holed
 * (connections accepted, nothing answered: a crashed host, a partition) or refusing connections, WeCom messages are
 * acknowledged, kept, and the member is told so within seconds rather than hours; when the database is reachable
 * again each is saved once and answered once. Counts: notes saved = messages acknowledged, final replies =
 * messages, duplicates = 0.
 */
@Tag("persistence")
@Tag("faults")
class MariaDbUnreachableTest {

    private static final String TOKEN = "unreachable-token";
    private static final String CORP_ID = "ww" + Long.toHexString(System.nanoTime());
    private static final String WECOM_TOKEN = "unreachable-wecom-token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String KEPT = "暂存";
    private static final String SAVED = "已记下";

    private static final WireMockServer WECOM = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private static TcpProxy proxy;
    private static BotProcess bot;
    private static JdbcTemplate direct;
    private static WeComSender wecom;
    private static HttpTestClient api;

    @BeforeAll
    static void botBehindAProxy() throws Exception {
        var database = ExternalDatabase.fromEnvironment();
        proxy = new TcpProxy(database.host(), database.port());
        WECOM.start();
        WECOM.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(json(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"unreachable-token\",\"expires_in\":7200}")));
        WECOM.stubFor(post(urlPathEqualTo("/cgi-bin/message/send")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Path dir = Path.of("target", "faults", "mariadb-unreachable-" + Long.toHexString(System.currentTimeMillis()))
                .toAbsolutePath();
        int port = BotProcess.freePort();
        bot = BotProcess.start(dir, "bot", port, database.arguments(database.via("127.0.0.1", proxy.port()),
                "--bot.api-token=" + TOKEN, "--bot.outbox.replay-every=PT2S",
                "--bot.wecom.corp-id=" + CORP_ID, "--bot.wecom.agent-id=1000002", "--bot.wecom.secret=s",
                "--bot.wecom.token=" + WECOM_TOKEN, "--bot.wecom.aes-key=" + AES_KEY,
                "--bot.wecom.api-base-url=" + WECOM.baseUrl())).awaitReady(Duration.ofMinutes(2));
        direct = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
        wecom = new WeComSender(port, WECOM_TOKEN, AES_KEY, CORP_ID);
        api = new HttpTestClient(port).withBearer(TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        WECOM.stop();
    }

    @Test
    void notesSentWhileTheDatabaseIsBlackHoledAreKeptThenSavedOnceWhenItIsBack() throws Exception {
        outageRoundTrip(() -> proxy.blackHole());
    }

    @Test
    void notesSentWhileTheDatabaseRefusesConnectionsAreKeptThenSavedOnceWhenItIsBack() throws Exception {
        outageRoundTrip(() -> proxy.refuse());
    }

    private void outageRoundTrip(NoteBurst.FaultAction fault) throws Exception {
        String before = member();
        String during = member();
        List<String> beforeIds = send(before, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> replies(before, SAVED) == 1);

        fault.run();
        List<String> duringIds;
        long started = System.nanoTime();
        try {
            duringIds = send(during, 3);
            // Told that the notes are kept within the socket timeout (40 s), not after hours on a hanging connection.
            await().atMost(Duration.ofSeconds(90)).until(() -> replies(during, KEPT) == duringIds.size());
        } finally {
            proxy.heal();
        }
        long toldAfterMillis = (System.nanoTime() - started) / 1_000_000;

        // The final reply says what was recorded; it may or may not open with "现在处理好了", depending on how long
        // the message waited on disk.
        await().atMost(Duration.ofSeconds(60)).until(() -> replies(during, SAVED) == duringIds.size());
        // Nothing more arrives: no second reply to any message.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                replies(during, SAVED) == duringIds.size() && replies(during, KEPT) == duringIds.size()
                        && replies(before, SAVED) == 1);
        List<String> all = new ArrayList<>(beforeIds);
        all.addAll(duringIds);
        int saved = 0;
        int duplicates = 0;
        for (String id : all) {
            int notes = direct.queryForObject("select count(*) from visit_note where channel = 'wecom' "
                    + "and channel_message_id = ?", Integer.class, id);
            saved += Math.min(notes, 1);
            duplicates += Math.max(notes - 1, 0);
        }
        int finalReplies = replies(before, SAVED) + replies(during, SAVED);
        System.out.printf("database unreachable: %d messages acknowledged, %d notes saved, %d final replies,"
                + " %d duplicates; kept and told within %d ms%n", all.size(), saved, finalReplies, duplicates, toldAfterMillis);
        assertThat(saved).as("notes saved = messages acknowledged").isEqualTo(all.size());
        assertThat(finalReplies).as("final replies = messages").isEqualTo(all.size());
        assertThat(duplicates).as("duplicates").isZero();
    }

    /** Sends {@code count} notes as WeCom does; each is acknowledged with 200 at once. Returns their message ids. */
    private static List<String> send(String user, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.valueOf(System.nanoTime());
            var response = wecom.postXml(wecom.seal(WeComSender.textMessage(CORP_ID, user, id,
                    "今天去了招行海" + "一二三四五".charAt(i) + "支行，理财经理周" + "甲乙丙丁戊".charAt(i) + "喜欢钓鱼。")), CORP_ID);
            assertThat(response.status()).as("acknowledged").isEqualTo(200);
            assertThat(response.millis()).as("acknowledged at once").isLessThan(5_000);
            ids.add(id);
        }
        return ids;
    }

    private static String member() {
        String user = Fixtures.unique("wx");
        var created = api.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("m"), "name", "断库",
                "role", "MEMBER", "team", "default", "wecomUserId", user)));
        assertThat(created.status()).isEqualTo(201);
        return user;
    }

    private static int replies(String user, String containing) {
        return (int) WECOM.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).stream()
                .map(r -> r.getBodyAsString())
                .filter(body -> body.contains("\"" + user + "\"") && body.contains(containing)).count();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
