package com.branchmate.bot.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** The console's fact editor holds values to the extraction vocabulary's rules and says in Chinese what is wrong. */
@BotTest
@Tag("channel")
class FactEditorApiTest {

    @LocalServerPort
    int port;

    private HttpTestClient system;
    private HttpTestClient member;
    private String login;
    private long staff;
    private long customer;

    @BeforeEach
    void person() {
        system = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        login = Fixtures.unique("edi");
        system.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "编辑", "password", "password-123")));
        member = new HttpTestClient(port);
        member.login(login, "password-123");
        member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login,
                "text", "今天去了建行江北支行，大堂经理" + "蒋" + "芸喜欢游泳。客户钱先生想了解年金险。")));
        staff = member.get("/api/people?query=蒋芸").json().get(0).get("id").asLong();
        customer = member.get("/api/people?query=钱先生").json().get(0).get("id").asLong();
    }

    private HttpTestClient.Response add(long id, String key, String value, String note) {
        Map<String, String> body = new HashMap<>(Map.of("key", key, "value", value));
        if (note != null) {
            body.put("note", note);
        }
        return member.postJsonWithCsrf("/api/people/" + id + "/facts", JsonText.of(body));
    }

    private static String message(HttpTestClient.Response response) {
        return response.json().toString();
    }

    @Test
    void birthdayInWordsIsRefusedWithAChineseReason() {
        var words = add(staff, "birthday", "12月10日", null);
        var vague = add(staff, "birthday", "下周四吧", null);
        var impossible = add(staff, "birthday", "--02-30", null);

        assertThat(words.status()).isEqualTo(400);
        assertThat(vague.status()).isEqualTo(400);
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(message(vague)).contains("生日").contains("下周四吧").contains("不是日期");
        assertThat(member.get("/api/people/" + staff).json().get("history").toString()).doesNotContain("下周四");
    }

    @Test
    void phoneThatIsNotANumberIsRefused() {
        var words = add(staff, "phone", "打他办公室", null);
        var shortNumber = add(staff, "phone", "1360000", null);
        var wechat = add(staff, "wechat", "微信同手机", null);

        assertThat(words.status()).isEqualTo(400);
        assertThat(message(words)).contains("手机号").contains("打他办公室");
        assertThat(shortNumber.status()).isEqualTo(400);
        assertThat(wechat.status()).isEqualTo(400);
        assertThat(message(wechat)).contains("微信号");
    }

    @Test
    void amountRoleAndKindAreChecked() {
        var amount = add(customer, "asset", "五十万左右", null);
        var role = add(staff, "role", "老大", null);
        var staffAsset = add(staff, "asset", "500000", null);
        var risk = add(customer, "risk_profile", "激进", null);

        assertThat(amount.status()).isEqualTo(400);
        assertThat(message(amount)).contains("资产").contains("不是数字");
        assertThat(role.status()).isEqualTo(400);
        assertThat(message(role)).contains("职务列表");
        assertThat(staffAsset.status()).isEqualTo(400);
        assertThat(message(staffAsset)).contains("不适用于网点员工");
        assertThat(risk.status()).isEqualTo(400);
    }

    @Test
    void goodValuesAreStoredInTheirFormAndTheNoteIsKept() {
        var lunar = add(staff, "birthday", "lunar:--08-15", "她自己说的");
        var phone = add(staff, "phone", "136-0000-1111", null);
        var asset = add(customer, "asset", "500000", null);

        assertThat(lunar.status()).isEqualTo(201);
        assertThat(lunar.json().get("value").asString()).isEqualTo("lunar:--08-15");
        assertThat(lunar.json().get("note").asString()).isEqualTo("她自己说的");
        assertThat(phone.status()).isEqualTo(201);
        assertThat(phone.json().get("value").asString()).isEqualTo("13600001111");
        assertThat(asset.status()).isEqualTo(201);
        JsonNode facts = member.get("/api/people/" + staff).json().get("person").get("facts");
        assertThat(facts.toString()).contains("她自己说的");
    }

    @Test
    void auditDetailsReadInChinese() {
        add(staff, "birthday", "--12-10", null);
        add(staff, "hobby", "爬山", null);

        JsonNode entries = system.get("/api/audit?targetType=person&targetId=" + staff).json();
        assertThat(entries.toString()).contains("修改生日").contains("添加爱好").doesNotContain("add birthday");
        assertThat(entries.get(0).get("actorName").asString()).isEqualTo("编辑");
        JsonNode notes = system.get("/api/audit?targetType=note").json();
        assertThat(notes.toString()).contains("记下 2 人").doesNotContain(" facts, ");
    }

    @Test
    void historyNamesTheSourceOfEachValue() {
        member.postJsonWithCsrf("/api/chat", JsonText.of(Map.of("member", login, "text", "蒋芸手机号错了，是13987654321")));
        add(staff, "wechat", "jiangyun_88", null);

        JsonNode history = member.get("/api/people/" + staff).json().get("history");
        String hobby = sourceOf(history, "hobby");
        assertThat(hobby).startsWith("笔记 #");
        assertThat(sourceOf(history, "phone")).isEqualTo("聊天更正 · 编辑");
        assertThat(sourceOf(history, "wechat")).isEqualTo("控制台录入 · 编辑");
        assertThat(history.toString()).doesNotContain("手工录入");
        JsonNode person = member.get("/api/people/" + staff).json().get("person");
        assertThat(person.get("ownerName").asString()).isEqualTo("编辑");
    }

    private static String sourceOf(JsonNode history, String key) {
        for (JsonNode fact : history) {
            if (key.equals(fact.get("key").asString())) {
                return fact.get("source").asString();
            }
        }
        throw new AssertionError("no " + key + " in " + history);
    }
}
