package com.branchmate.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.ConversationService;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.kv.KeyValueStore;
import com.branchmate.bot.platform.security.ApiTokens;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** The single rules behind the access matrix: live rights, audit of acting for others, masking, hardening. */
@BotTest
@Tag("channel")
class ScopeRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    ConversationService conversation;

    @Autowired
    KeyValueStore store;

    @Autowired
    com.branchmate.bot.people.PeopleService people;

    private HttpTestClient system() {
        return new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
    }

    private String member(String role, String team, String password) {
        String login = Fixtures.unique(role.toLowerCase());
        var created = system().postJson("/api/members", JsonText.of(Map.of("login", login, "name", "测试" + role,
                "role", role, "team", team, "password", password)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return login;
    }

    /** Two customers of the same name, both the member's: a note naming one must ask which. */
    private void twoNamesakes(String login, String name) {
        long owner = members.findByLogin(login).orElseThrow().id();
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into person (kind, name, owner_member_id, created_at, updated_at) "
                    + "values ('CUSTOMER', ?, ?, current_timestamp, current_timestamp)", name, owner);
        }
    }

    private String team() {
        String code = Fixtures.unique("t");
        new Fixtures(jdbc).team(code);
        return code;
    }

    @Test
    void aDemotedAdminsOpenSessionLosesAdminRightsAndADisabledOneGets401() {
        String login = member("ADMIN", "default", "admin-password-1");
        var browser = new HttpTestClient(port);
        browser.login(login, "admin-password-1");
        assertThat(browser.get("/api/audit").status()).isEqualTo(200);

        system().putJson("/api/members/" + login, JsonText.of(Map.of("role", "MEMBER")));
        assertThat(browser.get("/api/audit").status()).isEqualTo(403);
        assertThat(browser.get("/api/me").json().get("role").asString()).isEqualTo("MEMBER");

        system().putJson("/api/members/" + login, JsonText.of(Map.of("enabled", false)));
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(browser.get("/index.html").header("Location")).contains("/login.html");
    }

    @Test
    void aDisabledMembersApiTokenGets401() {
        String login = member("MEMBER", "default", "member-password-1");
        var token = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(login).orElseThrow(), "t"));
        assertThat(token.get("/api/me").status()).isEqualTo(200);

        system().putJson("/api/members/" + login, JsonText.of(Map.of("enabled", false)));

        assertThat(token.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aLeadCannotMoveItselfNorResetItsLeadsPassword() {
        String team = team();
        String lead = member("MANAGER", team, "lead-password-1");
        String admin = member("ADMIN", team, "admin-password-1");
        var asLead = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(lead).orElseThrow(), "t"));

        assertThat(asLead.putJson("/api/members/" + lead, JsonText.of(Map.of("team", "default"))).status()).isEqualTo(403);
        assertThat(asLead.putJson("/api/members/" + admin, JsonText.of(Map.of("password", "taken-over-1"))).status())
                .isEqualTo(403);
        assertThat(members.findByLogin(lead).orElseThrow().teamCode()).isEqualTo(team);
        assertThat(new HttpTestClient(port).login(admin, "admin-password-1").header("Location")).doesNotContain("error");
    }

    @Test
    void actingForAnotherMemberIsAuditedUnderTheRealCaller() {
        String team = team();
        String admin = member("ADMIN", team, "admin-password-1");
        String worker = member("MEMBER", team, "member-password-1");
        var asAdmin = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(admin).orElseThrow(), "t"));

        var chat = asAdmin.postJson("/api/chat", JsonText.of(Map.of("member", worker, "text", "帮助")));

        assertThat(chat.status()).isEqualTo(200);
        var row = jdbc.queryForMap("select actor_login, detail from audit_log where action = 'ACT_FOR' and target_id = ?",
                worker);
        assertThat(row.get("actor_login")).isEqualTo(admin);
        assertThat((String) row.get("detail")).contains(worker).contains("/api/chat");
    }

    @Test
    void metricsAreForAdminsAndTheDeploymentToken() {
        String login = member("MANAGER", "default", "lead-password-1");
        var lead = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(login).orElseThrow(), "t"));

        assertThat(lead.get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(system().get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(new HttpTestClient(port).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndCookiesAreSecureBehindHttps() throws Exception {
        var page = new HttpTestClient(port).get("/login.html");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'");
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertThat(scripts.substring(0, scripts.indexOf(';'))).contains("'self'").doesNotContain("unsafe-inline")
                .doesNotContain("*").doesNotContain("http");

        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login.html"))
                .header("X-Forwarded-Proto", "https").GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        var plain = new HttpTestClient(port).get("/login.html");
        assertThat(plain.raw().headers().allValues("Set-Cookie")).noneSatisfy(
                cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    @Test
    void aKnowledgeUploadWithABadFileNameGets400() {
        String nul = "guide\u0000.md";
        String longName = "长".repeat(297) + ".md";

        for (String name : new String[] {nul, longName}) {
            var response = system().postMultipart("/api/kb/documents", name,
                    "# 标题\n## 一节\n内容。".getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("field").asString()).isEqualTo("file");
        }
    }

    @Test
    void aNoteNamingAnAmbiguousPersonGets409WithTheCandidates() {
        String login = member("MEMBER", "default", "member-password-1");
        var api = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(login).orElseThrow(), "t"));
        twoNamesakes(login, "王芳");

        var third = api.postJson("/api/notes", JsonText.of(Map.of("text", "客户王芳想了解年金险。")));

        assertThat(third.status()).as(third.body()).isEqualTo(409);
        assertThat(third.json().get("candidates")).hasSize(2);
        long chosen = third.json().get("candidates").get(0).get("id").asLong();
        var answered = api.postJson("/api/notes", "{\"text\":\"客户王芳想了解年金险。\",\"choices\":{\""
                + third.json().get("personIndex").asInt() + "\":" + chosen + "}}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
    }

    @Test
    void aNoteNamingABranchWithoutItsBankStaysInTheAuthorsScope() {
        String theirs = member("MEMBER", team(), "member-password-1");
        String mine = member("MEMBER", team(), "member-password-1");
        String branch = "城" + "南北东西".charAt((int) (System.nanoTime() % 4)) + Fixtures.unique("").substring(1, 4) + "支行";
        system().postJson("/api/branches", JsonText.of(Map.of("bank", "农行", "name", branch, "owner", theirs)));
        long theirBranch = jdbc.queryForObject("select id from branch where name = ?", Long.class, branch);

        var note = system().postJson("/api/notes", JsonText.of(Map.of("member", mine,
                "text", "今天去了" + branch + "，理财经理陈静说下周有活动。")));

        assertThat(note.status()).as(note.body()).isEqualTo(201);
        Long attached = jdbc.queryForObject("select branch_id from visit_note where id = ?", Long.class,
                note.json().get("id").asLong());
        assertThat((Object) attached).isNotEqualTo(theirBranch);
        assertThat(jdbc.queryForObject("select count(*) from person where branch_id = ?", Integer.class, theirBranch))
                .isZero();
    }

    @Test
    void freeTextFactsWithAPhoneAreEncryptedAndMaskedInGroups() {
        String login = member("MEMBER", "default", "member-password-1");
        String name = "钟" + "岚澜蓝".charAt((int) (System.nanoTime() % 3));
        system().postJson("/api/notes", JsonText.of(Map.of("member", login,
                "text", "今天去了中行江湾支行，客户" + name + "女士，女儿手机13987650000，喜欢打羽毛球。")));

        var stored = jdbc.queryForList("select f.fact_value from fact f join person p on p.id = f.person_id "
                + "where p.owner_member_id = (select id from member where login = ?)", String.class, login);
        assertThat(String.join(" ", stored)).doesNotContain("13987650000");

        var reply = conversation.handle(new InboundMessage("web", Fixtures.unique("m"), login, "group-1",
                name + "女士什么情况", Instant.now(), true));
        assertThat(reply.text()).doesNotContain("13987650000");
        var own = system().postJson("/api/chat", JsonText.of(Map.of("member", login, "text", name + "女士什么情况")));
        assertThat(own.status()).isEqualTo(200);
        for (String list : new String[] {"/api/notes?member=" + login, "/api/people?query=" + name, "/api/tasks"}) {
            var body = system().get(list).body();
            assertThat(body).as(list).doesNotContain("13987650000");
        }
        assertThat(system().get("/api/notes?member=" + login).body()).contains("139****0000");
    }

    @Test
    void theWhichOneDidYouMeanStateIsEncrypted() {
        String login = member("MEMBER", "default", "member-password-1");
        var api = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(login).orElseThrow(), "t"));
        twoNamesakes(login, "李丹");

        var ask = api.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "客户李丹想了解年金险，手机13711112222。")));

        assertThat(ask.json().get("actions").toString()).contains("note.ask");
        long id = members.findByLogin(login).orElseThrow().id();
        String kept = store.get("conversation:" + id + ":choice").orElseThrow();
        assertThat(kept).startsWith("enc:v1:").doesNotContain("13711112222").doesNotContain("李丹");
    }

    @Test
    void huddleRobotsGoOnlyToThePlatformsAndTheirSecretsAreNeverReadBack() {
        String team = team();
        String settings = "{\"enabled\":false,\"morningTime\":\"08:30\",\"eveningTime\":\"17:30\",\"zone\":\"Asia/Shanghai\","
                + "\"graceMinutes\":60,\"personalReminders\":false,\"customerNames\":\"HONORIFIC\"";
        var saved = system().putJson("/api/huddles/settings/" + team, settings
                + ",\"wecomWebhookKey\":\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd1234-ef56-7890\""
                + ",\"dingtalkWebhook\":\"https://oapi.dingtalk.com/robot/send?access_token=tok987654321\""
                + ",\"dingtalkSecret\":\"SECsecret123\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var read = system().get("/api/huddles/settings/" + team);
        assertThat(read.body()).doesNotContain("SECsecret123").doesNotContain("tok987654321").doesNotContain("abcd1234-ef56");

        // The console sends back what it read: the stored key, token and secret stay.
        String back = read.body();
        assertThat(system().putJson("/api/huddles/settings/" + team, back).status()).isEqualTo(200);
        var row = jdbc.queryForMap("select * from huddle_settings where team_id = (select id from team where code = ?)", team);
        assertThat(row.values().toString()).contains("abcd1234-ef56-7890").contains("tok987654321").contains("SECsecret123");

        for (String url : new String[] {"http://oapi.dingtalk.com/robot/send?access_token=x",
                "https://oapi.dingtalk.com.attacker.example/robot/send?access_token=x",
                "https://attacker@oapi.dingtalk.com/robot/send?access_token=x", "https://localhost:1/robot/send?access_token=x"}) {
            var refused = system().putJson("/api/huddles/settings/" + team, settings + ",\"dingtalkWebhook\":\"" + url
                    + "\",\"dingtalkSecret\":\"SECx\"}");
            assertThat(refused.status()).as(url).isEqualTo(400);
        }
        var wecomElsewhere = system().putJson("/api/huddles/settings/" + team, settings
                + ",\"wecomWebhookKey\":\"https://attacker.example/cgi-bin/webhook/send?key=abcdefgh\"}");
        assertThat(wecomElsewhere.status()).isEqualTo(400);
    }

    @Test
    void factsStoredInPlainTextBeforeAreSealed() {
        String login = member("MEMBER", "default", "member-password-1");
        long owner = members.findByLogin(login).orElseThrow().id();
        jdbc.update("insert into person (kind, name, owner_member_id, created_at, updated_at) "
                + "values ('CUSTOMER', '封存', ?, current_timestamp, current_timestamp)", owner);
        long person = jdbc.queryForObject("select max(id) from person where owner_member_id = ?", Long.class, owner);
        for (String[] fact : new String[][] {{"family", "儿子手机13655556666"}, {"phone", "13655557777"}, {"hobby", "钓鱼"}}) {
            jdbc.update("insert into fact (person_id, fact_key, fact_value, recorded_by, recorded_at) "
                    + "values (?, ?, ?, ?, current_timestamp)", person, fact[0], fact[1], owner);
        }

        assertThat(people.sealPlainFacts()).isGreaterThanOrEqualTo(2);

        var stored = jdbc.queryForList("select fact_value from fact where person_id = ? order by id", String.class, person);
        assertThat(stored.get(0)).startsWith("enc:v1:");
        assertThat(stored.get(1)).startsWith("enc:v1:");
        assertThat(stored.get(2)).isEqualTo("钓鱼");
        var detail = system().get("/api/people/" + person);
        assertThat(detail.body()).contains("儿子手机13655556666").contains("13655557777");
    }
}
