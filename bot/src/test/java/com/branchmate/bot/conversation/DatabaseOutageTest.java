package com.branchmate.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.branchmate.bot.support.SwitchableDataSource;

/** A note arriving while the database is away is kept on disk, the member is told, and it is saved once later. */
@Import(SwitchableDataSource.Wrapping.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.api-token=outage-token", "bot.data-dir=target/outage-test", "spring.datasource.hikari.connection-timeout=1000"})
@Tag("persistence")
class DatabaseOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    OutboxReplay replay;

    @Autowired
    JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void emptyOutbox() throws Exception {
        Path outbox = Path.of("target/outage-test/outbox");
        if (Files.isDirectory(outbox)) {
            try (var files = Files.list(outbox)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void noteDuringAnOutageIsKeptThenSavedOnceWhenTheDatabaseIsBack() throws Exception {
        var client = new HttpTestClient(port).withBearer("outage-token");
        String login = Fixtures.unique("out");
        client.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "断网")));
        var database = (SwitchableDataSource) dataSource;

        database.goDown();
        var reply = client.postJson("/api/chat", JsonText.of(Map.of("member", login,
                "text", "今天去了中行港湾支行，营业主管段敏喜欢书法。")));
        var secondTry = replay.replay();
        database.comeBack();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("reply").asString()).contains("暂存");
        assertThat(secondTry).isZero();
        try (var files = Files.list(Path.of("target/outage-test/outbox"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(1);
        }

        assertThat(replay.replay()).isEqualTo(1);
        assertThat(replay.replay()).isZero();

        assertThat(jdbc.queryForObject("select count(*) from visit_note n join member m on m.id = n.member_id "
                + "where m.login = ?", Integer.class, login)).isEqualTo(1);
    }

    @Test
    void consoleCallsDuringAnOutageGet503NotAStackTrace() {
        var client = new HttpTestClient(port).withBearer("outage-token");
        var database = (SwitchableDataSource) dataSource;
        database.goDown();
        try {
            var response = client.get("/api/people");
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.body()).contains("数据库暂时不可用").doesNotContain("Exception");
        } finally {
            database.comeBack();
        }
    }
}
