package com.branchmate.bot.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

import tools.jackson.databind.JsonNode;

/** The /api/kb and /api/scripts contract of shared/api.md, end to end over HTTP with the real embedding model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.api-token=kb-token", "bot.kb.max-upload-size=64KB"})
@Tag("persistence")
class KnowledgeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uploadedDocumentIsSearchedAnsweredFromAndDeleted() {
        var admin = new HttpTestClient(port).withBearer("kb-token");
        String title = Fixtures.unique("拜访手册");
        byte[] guide = KnowledgeTestDocuments.visitGuide(title);

        var uploaded = admin.postMultipart("/api/kb/documents", "guide.md", guide, Map.of());
        var again = admin.postMultipart("/api/kb/documents", "guide-copy.md", guide, Map.of());

        assertThat(uploaded.status()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();
        assertThat(uploaded.json().get("title").asText()).isEqualTo(title);
        assertThat(uploaded.json().get("chunks").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from kb_document where title = ?", Integer.class, title))
                .isEqualTo(1);
        assertThat(titles(admin.get("/api/kb/documents").json())).contains(title);

        // Other tests upload the same passages under other titles: this document is among the hits, not always first.
        var hits = admin.postJson("/api/kb/search", JsonText.of(Map.of("query", title + " 网点负责人多久沟通一次", "k", 10)));
        assertThat(hits.status()).isEqualTo(200);
        JsonNode best = hits.json().get("hits").get(0);
        assertThat(best.get("text").asText()).contains("每周");
        assertThat(best.get("score").asDouble()).isPositive();
        assertThat(hits.json().get("hits").findValuesAsString("title")).contains(title);

        var answer = admin.postJson("/api/kb/ask", JsonText.of(Map.of("question", "跟网点负责人多久沟通一次？")));
        assertThat(answer.json().get("answer").asText()).contains("每周");
        assertThat(answer.json().get("citations").get(0).get("text").asText()).contains("每周");

        var nothing = admin.postJson("/api/kb/ask", JsonText.of(Map.of("question", "红烧肉怎么做才好吃？")));
        assertThat(nothing.json().get("answer").asText()).contains("没有找到");
        assertThat(nothing.json().get("citations")).isEmpty();

        assertThat(admin.send("DELETE", "/api/kb/documents/" + id).status()).isEqualTo(204);
        var after = admin.postJson("/api/kb/search", JsonText.of(Map.of("query", "网点负责人多久沟通一次", "k", 10)));
        assertThat(after.json().get("hits").findValuesAsString("title")).doesNotContain(title);
        assertThat(jdbc.queryForObject("select count(*) from kb_chunk where document_id = ?", Integer.class, id)).isZero();
        assertThat(admin.send("DELETE", "/api/kb/documents/" + id).status()).isEqualTo(404);
    }

    @Test
    void badUploadsAreRefusedWithAReasonAndNothingIndexed() {
        var admin = new HttpTestClient(port).withBearer("kb-token");
        int before = jdbc.queryForObject("select count(*) from kb_document", Integer.class);

        var spreadsheet = admin.postMultipart("/api/kb/documents", "名单.xls", new byte[] {1, 2, 3}, Map.of());
        var huge = admin.postMultipart("/api/kb/documents", "huge.txt", "很长的内容。".repeat(20_000).getBytes(), Map.of());
        var empty = admin.postMultipart("/api/kb/documents", "empty.txt", "  \n ".getBytes(), Map.of());

        assertThat(spreadsheet.status()).isEqualTo(415);
        assertThat(spreadsheet.json().get("error").asText()).contains("xls");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("error").asText()).contains("MB");
        assertThat(empty.status()).isIn(400, 422);
        assertThat(jdbc.queryForObject("select count(*) from kb_document", Integer.class)).isEqualTo(before);
    }

    @Test
    void onlyAdminsAndTeamLeadsChangeTheKnowledgeBase() {
        var admin = new HttpTestClient(port).withBearer("kb-token");
        String login = Fixtures.unique("kbm");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "组员", "role", "MEMBER",
                "password", "member-password-1")));
        var member = new HttpTestClient(port);
        member.login(login, "member-password-1");

        var upload = member.postMultipart("/api/kb/documents", "guide.md",
                KnowledgeTestDocuments.visitGuide(Fixtures.unique("手册")), Map.of());
        var search = member.postJsonWithCsrf("/api/kb/search", JsonText.of(Map.of("query", "晨会")));

        assertThat(upload.status()).isEqualTo(403);
        assertThat(search.status()).isEqualTo(200);
    }

    @Test
    void scriptUsesTheCustomersFactsOnlyForAManagerWhoMaySeeThem() {
        var admin = new HttpTestClient(port).withBearer("kb-token");
        admin.postMultipart("/api/kb/documents", "guide.md", KnowledgeTestDocuments.visitGuide(Fixtures.unique("话术手册")),
                Map.of());
        String owner = Fixtures.unique("own");
        String other = Fixtures.unique("oth");
        for (String login : List.of(owner, other)) {
            admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "客户经理", "role", "MEMBER")));
        }
        var note = admin.postJson("/api/chat", JsonText.of(Map.of("member", owner,
                "text", "今天在建行湖东支行见了客户张先生，他有50万大额存单12月5日到期，平时喜欢钓鱼。")));
        assertThat(note.status()).isEqualTo(200);

        var mine = admin.postJson("/api/scripts", JsonText.of(Map.of("member", owner,
                "request", "给我一个跟张先生聊年金险的话术")));
        var notMine = admin.postJson("/api/scripts", JsonText.of(Map.of("member", other,
                "request", "给我一个跟张先生聊年金险的话术")));
        var noMember = admin.postJson("/api/scripts", JsonText.of(Map.of("request", "给我一个跟张先生聊年金险的话术")));

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("script").asText()).contains("张先生").contains("经理：").contains("钓鱼");
        assertThat(mine.json().get("factsUsed").findValuesAsString("key")).contains("maturity", "hobby");
        assertThat(mine.json().get("citations")).isNotEmpty();
        assertThat(notMine.json().get("factsUsed")).isEmpty();
        assertThat(notMine.json().get("script").asText()).doesNotContain("钓鱼").doesNotContain("50万");
        assertThat(noMember.status()).isEqualTo(400);

        // The same request in chat: the owner hears about the fishing, the other member gets a generic script.
        String ownerChat = admin.postJson("/api/chat", JsonText.of(Map.of("member", owner,
                "text", "给我一个跟张先生聊年金险的话术"))).json().get("reply").asText();
        String otherChat = admin.postJson("/api/chat", JsonText.of(Map.of("member", other,
                "text", "给我一个跟张先生聊年金险的话术"))).json().get("reply").asText();
        assertThat(ownerChat).contains("钓鱼").contains("来源");
        assertThat(otherChat).doesNotContain("钓鱼").doesNotContain("50万").contains("没有找到你能查看的「张先生」");
        assertThat(jdbc.queryForObject("select count(*) from audit_log a "
                + "where a.action = 'PERSON_READ' and a.detail = '写话术时读取' and a.actor_login = ?", Integer.class, owner))
                .isEqualTo(2);
    }

    @Test
    void aQuestionInChatGetsTheAnswerAndItsSources() {
        var admin = new HttpTestClient(port).withBearer("kb-token");
        String title = Fixtures.unique("晨会手册");
        admin.postMultipart("/api/kb/documents", "guide.md", KnowledgeTestDocuments.visitGuide(title), Map.of());
        String login = Fixtures.unique("chat");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "客户经理", "role", "MEMBER")));

        var reply = admin.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "晨会怎么开？")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("十五分钟").contains("来源").contains("晨会");
        assertThat(jdbc.queryForObject("select count(*) from visit_note v join member m on m.id = v.member_id "
                + "where m.login = ?", Integer.class, login)).isZero();
    }

    private static List<String> titles(JsonNode documents) {
        List<String> titles = new ArrayList<>();
        documents.forEach(d -> titles.add(d.get("title").asText()));
        return titles;
    }
}
