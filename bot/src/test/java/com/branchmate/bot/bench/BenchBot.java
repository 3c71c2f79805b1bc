package com.branchmate.bot.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.channels.wecom.WeComSender;
import com.branchmate.bot.support.HttpTestClient;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The bot the callback benchmarks load, started in this JVM with WeCom enabled against a local fake of its API:
 * on MariaDB and Redis when SPRING_DATASOURCE_URL and BOT_REDIS_URL are set, else on an H2 file in a fresh directory.
 */
final class BenchBot implements AutoCloseable {

    static final String CORP_ID = "wwbench";
    static final String WECOM_TOKEN = "bench-wecom-token";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String API_TOKEN = "bench-token";

    final int port;
    final JdbcTemplate jdbc;
    private final WireMockServer platforms;
    private final ConfigurableApplicationContext context;
    private final boolean external = System.getenv("SPRING_DATASOURCE_URL") != null;

    /** WeCom's token and send APIs answering success; the caller may stub more before {@link #start}. */
    static WireMockServer fakePlatforms(int threads) {
        WireMockServer platforms = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(threads));
        platforms.start();
        platforms.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(json(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"t\",\"expires_in\":7200}")));
        platforms.stubFor(post(urlPathEqualTo("/cgi-bin/message/send")).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        return platforms;
    }

    /** {@code h2Options} are appended to the H2 URL; {@code arguments} are added to the bot's command line. */
    static BenchBot start(WireMockServer platforms, String name, String h2Options, List<String> arguments)
            throws Exception {
        return new BenchBot(platforms, name, h2Options, arguments);
    }

    private BenchBot(WireMockServer platforms, String name, String h2Options, List<String> extra) throws Exception {
        this.platforms = platforms;
        Path dataDir = Files.createTempDirectory("branchmate-" + name);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--bot.data-dir=" + dataDir,
                "--bot.api-token=" + API_TOKEN, "--bot.huddles.cron=-", "--logging.level.root=warn",
                "--bot.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "--bot.wecom.corp-id=" + CORP_ID, "--bot.wecom.agent-id=1000002", "--bot.wecom.secret=s",
                "--bot.wecom.token=" + WECOM_TOKEN, "--bot.wecom.aes-key=" + AES_KEY,
                "--bot.wecom.api-base-url=" + platforms.baseUrl()));
        arguments.addAll(extra);
        if (!external) {
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("load")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" + h2Options);
        }
        if (System.getenv("BOT_REDIS_URL") != null) {
            arguments.add("--bot.redis.url=" + System.getenv("BOT_REDIS_URL"));
        }
        this.context = SpringApplication.run(BranchMateApplication.class, arguments.toArray(String[]::new));
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** The API with the deployment token, for creating the members who send. */
    HttpTestClient admin() {
        return new HttpTestClient(port).withBearer(API_TOKEN);
    }

    WeComSender wecom() {
        return new WeComSender(port, WECOM_TOKEN, AES_KEY, CORP_ID);
    }

    /** For the printed heading: "database …, key-value store …". */
    String stores() {
        return "database " + (external ? "MariaDB/MySQL" : "embedded H2") + ", key-value store "
                + (System.getenv("BOT_REDIS_URL") != null ? "Redis" : "in-process");
    }

    @Override
    public void close() {
        context.close();
        platforms.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The p-th percentile of sorted nanoseconds, in milliseconds; 0 when there is none. */
    static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
