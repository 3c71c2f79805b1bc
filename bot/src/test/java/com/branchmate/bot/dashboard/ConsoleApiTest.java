package com.branchmate.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

import tools.jackson.databind.JsonNode;

/** The endpoints behind the console pages, through real HTTP, with a member's scope. */
@BotTest
@Tag("channel")
class ConsoleApiTest {

    @LocalServerPort
    int port;

    private HttpTestClient system;
    private HttpTestClient member;
    private HttpTestClient otherMember;
    private String login;

    @BeforeEach
    void members() {
        system = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        login = Fixtures.unique("con");
        String other = Fixtures.unique("oth");
        system.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "控制台", "password", "password-123")));
        system.postJson("/api/members", JsonText.of(Map.of("login", other, "name", "别人", "password", "password-123")));
        member = new HttpTestClient(port);
        member.login(login, "password-123");
        otherMember = new HttpTestClient(port);
        otherMember.login(other, "password-123");
    }

    @Test
    void meTellsWhoIsLoggedIn() {
        JsonNode me = member.get("/api/me").json();
        assertThat(me.get("login").asString()).isEqualTo(login);
        assertThat(me.get("role").asString()).isEqualTo("MEMBER");
    }

    @Test
    void memberAddsABranchThatOthersDoNotSee() {
        var added = member.postJsonWithCsrf("/api/branches", JsonText.of(Map.of("bank", "建行", "name", Fixtures.unique("东湖") + "支行")));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("bank").asString()).isEqualTo("建设银行");
        assertThat(added.json().get("displayName").asString()).startsWith("建设银行").endsWith("支行");
        assertThat(added.json().get("owner").asString()).isEqualTo(login);
        long id = added.json().get("id").asLong();
        assertThat(ids(member.get("/api/branches").json())).contains(id);
        assertThat(ids(otherMember.get("/api/branches").json())).doesNotContain(id);
        assertThat(member.postJsonWithCsrf("/api/branches", JsonText.of(Map.of("bank", "建行", "name",
                added.json().get("name").asString()))).status()).isEqualTo(409);
    }

    @Test
    void factsAreAddedRetiredAndKeptInHistory() {
        member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login,
                "text", "今天去了农行滨江支行，理财经理何佳生日是5月6日，喜欢跑步。")));
        JsonNode person = member.get("/api/people?query=何佳").json().get(0);
        long id = person.get("id").asLong();

        var phone = member.postJsonWithCsrf("/api/people/" + id + "/facts",
                JsonText.of(Map.of("key", "phone", "value", "13600001111")));
        var badKey = member.postJsonWithCsrf("/api/people/" + id + "/facts", JsonText.of(Map.of("key", "shoe", "value", "42")));
        long hobby = factId(member.get("/api/people/" + id).json(), "hobby");
        var retired = member.send("DELETE", "/api/people/" + id + "/facts/" + hobby);

        assertThat(phone.status()).isEqualTo(201);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(retired.status()).isEqualTo(204);
        JsonNode detail = member.get("/api/people/" + id).json();
        assertThat(detail.get("person").get("facts").toString()).contains("13600001111").doesNotContain("跑步");
        assertThat(detail.get("history").toString()).contains("跑步");
        assertThat(otherMember.get("/api/people/" + id).status()).isEqualTo(404);
    }

    @Test
    void tasksAreListedAndMarkedDone() {
        member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login,
                "text", "工行南湖支行客户冯先生想了解年金险，明天把计划书发给他。")));
        JsonNode open = member.get("/api/tasks").json();
        assertThat(open.size()).isPositive();
        long id = open.get(0).get("id").asLong();

        var done = member.putJsonWithCsrf("/api/tasks/" + id, JsonText.of(Map.of("done", true)));
        var othersTry = otherMember.putJsonWithCsrf("/api/tasks/" + id, JsonText.of(Map.of("done", false)));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("done").asBoolean()).isTrue();
        assertThat(othersTry.status()).isEqualTo(404);
        assertThat(ids(member.get("/api/tasks").json())).doesNotContain(id);
    }

    @Test
    void noteCanBeReadAndReextracted() {
        var chat = member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login,
                "text", "招行海岸支行大堂经理邓丽，手机13500002222。")));
        String action = chat.json().get("actions").get(0).asString();
        long noteId = Long.parseLong(action.substring(action.indexOf(':') + 1));

        var note = member.get("/api/notes/" + noteId);
        var again = member.postJsonWithCsrf("/api/notes/" + noteId + "/reextract", "{}");

        assertThat(note.json().get("extraction").toString()).contains("邓丽");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("summary").asString()).contains("邓丽");
        assertThat(member.get("/api/people?query=邓丽").json().size()).isEqualTo(1);
        assertThat(otherMember.get("/api/notes/" + noteId).status()).isEqualTo(404);
    }

    @Test
    void apiTokenWorksUntilRevoked() {
        var issued = member.postJsonWithCsrf("/api/tokens", JsonText.of(Map.of("name", "脚本")));
        String token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();
        assertThat(new HttpTestClient(port).withBearer(token).get("/api/me").status()).isEqualTo(200);

        assertThat(member.send("DELETE", "/api/tokens/" + id).status()).isEqualTo(204);

        assertThat(new HttpTestClient(port).withBearer(token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void auditLogIsForAdminsOnly() {
        assertThat(member.get("/api/audit").status()).isEqualTo(403);
        var audit = system.get("/api/audit?targetType=member");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains(login);
    }

    @Test
    void dashboardShowsStaleBranchesUpcomingBirthdaysAndTasks() {
        member.postJsonWithCsrf("/api/branches", JsonText.of(Map.of("bank", "中行", "name", Fixtures.unique("冷门") + "支行")));
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2);
        member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login, "text",
                "交行湖滨支行营业主管蒋红生日是" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日。")));

        JsonNode dashboard = member.get("/api/dashboard").json();

        assertThat(dashboard.get("staleBranches").toString()).contains("冷门");
        assertThat(dashboard.get("upcoming").toString()).contains("蒋").contains("生日");
        assertThat(dashboard.get("notesPerWeek").toString()).contains(login);
        for (JsonNode branch : dashboard.get("staleBranches")) {
            if (branch.get("name").asString().contains("冷门")) {
                assertThat(branch.get("owner").asString()).isEqualTo(login);
                assertThat(branch.get("ownerName").asString()).isEqualTo("控制台");
            }
        }
        for (JsonNode upcoming : dashboard.get("upcoming")) {
            assertThat(upcoming.get("ownerName").asString()).isEqualTo("控制台");
        }
    }

    /** Logins are for machines: every list the console shows names the member too. */
    @Test
    void notesTasksAndTokensNameTheirMember() {
        member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login,
                "text", "今天去了工行东湖支行，客户魏东想了解年金险，下周二给他送资料。")));
        member.postJsonWithCsrf("/api/tokens", JsonText.of(Map.of("name", "报表")));

        JsonNode note = member.get("/api/notes").json().get(0);
        JsonNode task = member.get("/api/tasks").json().get(0);
        JsonNode token = member.get("/api/tokens").json().get(0);

        assertThat(note.get("member").asString()).isEqualTo(login);
        assertThat(note.get("memberName").asString()).isEqualTo("控制台");
        assertThat(task.get("memberLogin").asString()).isEqualTo(login);
        assertThat(task.get("memberName").asString()).isEqualTo("控制台");
        assertThat(token.get("member").asString()).isEqualTo(login);
        assertThat(token.get("memberName").asString()).isEqualTo("控制台");
    }

    private static java.util.List<Long> ids(JsonNode array) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    private static long factId(JsonNode detail, String key) {
        for (JsonNode fact : detail.get("person").get("facts")) {
            if (fact.get("key").asString().equals(key)) {
                return fact.get("id").asLong();
            }
        }
        throw new AssertionError("no " + key + " in " + detail);
    }
}
