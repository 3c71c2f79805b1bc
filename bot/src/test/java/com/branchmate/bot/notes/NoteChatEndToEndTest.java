package com.branchmate.bot.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

import tools.jackson.databind.JsonNode;

/** The real offline extractor behind the HTTP API and the chat pipeline. */
@BotTest
@Tag("channel")
class NoteChatEndToEndTest {

    static final String EXAMPLE = "今天下午去了建行城南支行，王行长下周三过生日，喜欢喝普洱；大堂经理李娜刚从河西支行调过来，"
            + "手机13812345678。客户张先生50万理财12月5日到期，想了解年金险，约了下周一再聊。";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void extractEndpointReturnsTheFactsOfTheDomainExample() {
        var client = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        long notesBefore = jdbc.queryForObject("select count(*) from visit_note", Long.class);

        var response = client.postJson("/api/notes/extract", JsonText.of(Map.of("text", EXAMPLE, "referenceDate", "2026-11-18")));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("branch").get("bank").asString()).isEqualTo("建设银行");
        assertThat(json.get("branch").get("name").asString()).isEqualTo("城南支行");
        assertThat(facts(json, "王")).contains("role=行长", "birthday=--11-25", "hobby=喝普洱");
        assertThat(facts(json, "李娜")).contains("role=大堂经理", "previous_branch=河西支行", "phone=13812345678");
        assertThat(facts(json, "张")).contains("asset=500000", "product=理财", "maturity=2026-12-05", "interest=年金险");
        assertThat(person(json, "张").get("kind").asString()).isEqualTo("CUSTOMER");
        JsonNode task = json.get("tasks").get(0);
        assertThat(task.get("due").asString()).isEqualTo("2026-11-23");
        assertThat(task.get("person").asString()).isEqualTo("张");
        assertThat(jdbc.queryForObject("select count(*) from visit_note", Long.class)).isEqualTo(notesBefore);
    }

    @Test
    void noteSummaryThenUndoThroughTheChatApi() {
        var client = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        String login = Fixtures.unique("e2e");
        client.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "端到端")));
        String note = "今天去了工行科技园支行，大堂经理周婷生日是3月8日，手机13900001234，喜欢瑜伽。";

        var saved = client.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", note)));

        assertThat(saved.status()).isEqualTo(200);
        String reply = saved.json().get("reply").asString();
        assertThat(reply).contains("已记下").contains("周婷").contains("139****1234").contains("撤销");
        assertThat(factCount(login)).isGreaterThanOrEqualTo(3);
        // Personal data at rest: neither the note text nor the phone fact holds the number in plain text.
        assertThat(jdbc.queryForList("select raw_text from visit_note n join member m on m.id = n.member_id "
                + "where m.login = ?", String.class, login)).allSatisfy(text -> assertThat(text)
                .startsWith("enc:v1:").doesNotContain("13900001234"));
        assertThat(jdbc.queryForList("select fact_value from fact f join member m on m.id = f.recorded_by "
                + "where m.login = ? and f.fact_key = 'phone'", String.class, login)).singleElement()
                .satisfies(value -> assertThat(value).startsWith("enc:v1:"));

        var listed = client.get("/api/notes?member=" + login);
        assertThat(listed.body()).contains("139****1234").doesNotContain("13900001234");
        long noteId = listed.json().get(0).get("id").asLong();
        assertThat(client.get("/api/notes/" + noteId).body()).contains("13900001234");

        var undone = client.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "撤销")));

        assertThat(undone.json().get("reply").asString()).contains("已撤销");
        assertThat(factCount(login)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person p where p.name = '周婷' and p.owner_member_id = "
                + "(select id from member where login = ?)", Integer.class, login)).isZero();
    }

    private long factCount(String login) {
        return jdbc.queryForObject("select count(*) from fact f join member m on m.id = f.recorded_by where m.login = ?",
                Long.class, login);
    }

    private static JsonNode person(JsonNode json, String name) {
        for (JsonNode p : json.get("people")) {
            if (p.get("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no person " + name + " in " + json);
    }

    private static List<String> facts(JsonNode json, String name) {
        List<String> result = new ArrayList<>();
        for (JsonNode f : person(json, name).get("facts")) {
            result.add(f.get("key").asString() + "=" + f.get("value").asString());
        }
        return result;
    }
}
