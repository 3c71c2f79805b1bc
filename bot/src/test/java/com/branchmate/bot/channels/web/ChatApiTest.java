package com.branchmate.bot.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.security.ApiTokens;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** POST /api/chat and the notes API through real HTTP, with the security the contract in shared/api.md asks for. */
@BotTest
@Tag("channel")
class ChatApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient system;
    private String login;

    @BeforeEach
    void createMember() {
        system = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        login = Fixtures.unique("zhang");
        var created = system.postJson("/api/members",
                JsonText.of(Map.of("login", login, "name", "张经理", "role", "MEMBER", "team", "default")));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void missingTokenGets401WithJsonError() {
        var response = new HttpTestClient(port).postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "帮助")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void wrongTokenGets401() {
        var response = new HttpTestClient(port).withBearer("not-a-token")
                .postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "帮助")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void malformedJsonGets400NamingTheBody() {
        var response = system.postJson("/api/chat", "{\"member\": \"" + login + "\", \"text\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("body");
        assertThat(response.body()).doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    void missingTextGets400NamingTheField() {
        var response = system.postJson("/api/chat", JsonText.of(Map.of("member", login)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("text");
    }

    @Test
    void wrongTypeGets400NamingTheField() {
        var response = system.postJson("/api/chat", "{\"member\": \"" + login + "\", \"text\": {\"a\": 1}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("text");
    }

    @Test
    void helpListsWhatTheBotCanDoInChinese() {
        var response = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "帮助")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("reply").asString()).contains("拜访笔记").contains("帮助");
        assertThat(response.json().get("actions").get(0).asString()).isEqualTo("help");
    }

    @Test
    void noteTypedInChatIsStoredAndListedThroughTheApi() {
        String note = "今天去了建行城南支行，王行长下周三过生日，喜欢喝普洱。";
        var reply = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", note)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("reply").asString()).contains("已记下");
        var listed = system.get("/api/notes?member=" + login);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("text").asString()).isEqualTo(note);
        assertThat(listed.json().get(0).get("member").asString()).isEqualTo(login);
        assertThat(jdbc.queryForObject("select count(*) from visit_note n join member m on m.id = n.member_id "
                + "where m.login = ?", Integer.class, login)).isEqualTo(1);
    }

    @Test
    void emptyEmojiOnlyAndOverlongTextAreRefusedInChineseAndNothingSaved() {
        var empty = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "   ")));
        var emoji = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "😀😀🎉")));
        var overlong = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "拜".repeat(5_001))));

        assertThat(empty.json().get("reply").asString()).contains("没有收到内容");
        assertThat(emoji.json().get("reply").asString()).contains("没看懂");
        assertThat(overlong.json().get("reply").asString()).contains("5000");
        assertThat(jdbc.queryForObject("select count(*) from visit_note n join member m on m.id = n.member_id "
                + "where m.login = ?", Integer.class, login)).isZero();
    }

    @Test
    void sqlOrScriptFragmentsAreRefusedAndAnImpossibleDateIsPointedOut() {
        var sql = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "'; DROP TABLE member; --")));
        var script = system.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "<script>alert(1)</script>")));
        var badDate = system.postJson("/api/chat", JsonText.of(Map.of("member", login,
                "text", "农行莲花支行大堂经理苏晴生日是2月30日")));

        assertThat(sql.json().get("reply").asString()).contains("不像拜访笔记");
        assertThat(script.json().get("reply").asString()).contains("不像拜访笔记");
        assertThat(badDate.json().get("reply").asString()).contains("2月30日").contains("不存在");
        assertThat(jdbc.queryForObject("select count(*) from visit_note n join member m on m.id = n.member_id "
                + "where m.login = ?", Integer.class, login)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isPositive();
    }

    @Test
    void notesApiSavesWithGivenReferenceDate() {
        var saved = system.postJson("/api/notes",
                JsonText.of(Map.of("member", login, "text", "农行莲花支行 大堂经理苏晴 生日2.14", "referenceDate", "2026-01-06")));

        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("referenceDate").asString()).isEqualTo("2026-01-06");
        assertThat(saved.json().get("id").asLong()).isPositive();
    }

    @Test
    void aMemberCannotChatAsAnotherMember() {
        String otherLogin = Fixtures.unique("li");
        system.postJson("/api/members", JsonText.of(Map.of("login", otherLogin, "name", "李经理")));
        String token = apiTokens.create(members.findByLogin(login).orElseThrow(), "test");
        var asMember = new HttpTestClient(port).withBearer(token);

        var own = asMember.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "帮助")));
        var other = asMember.postJson("/api/chat", JsonText.of(Map.of("member", otherLogin, "text", "帮助")));

        assertThat(own.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(404);
    }

    @Test
    void consoleSessionChatsWithCsrfAndIsRefusedWithoutIt() {
        // Its own admin: on the shared MariaDB run the first admin's password was set by whichever test came first.
        String adminLogin = Fixtures.unique("adm");
        system.postJson("/api/members", JsonText.of(Map.of("login", adminLogin, "name", "管理员", "role", "ADMIN",
                "password", "admin-pass-123")));
        var browser = new HttpTestClient(port);
        var login = browser.login(adminLogin, "admin-pass-123");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");

        var withCsrf = browser.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", this.login, "text", "帮助")));
        var withoutCsrf = browser.postJson("/api/chat", JsonText.of(Map.of("member", this.login, "text", "帮助")));

        assertThat(withCsrf.status()).isEqualTo(200);
        assertThat(withoutCsrf.status()).isEqualTo(403);
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPage() {
        var response = new HttpTestClient(port).login(login, "wrong-password");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/login.html?error");
    }

    @Test
    void pagesNeedLoginButHealthAndLoginPageDoNot() {
        var anonymous = new HttpTestClient(port);

        assertThat(anonymous.get("/chat.html").status()).isEqualTo(302);
        assertThat(anonymous.get("/login.html").status()).isEqualTo(200);
        var health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
