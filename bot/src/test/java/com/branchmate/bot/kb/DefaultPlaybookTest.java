package com.branchmate.bot.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.huddles.HuddleTips;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.branchmate.knowledge.KnowledgeBase;

/** The built-in playbook is there on first start: chat questions and script requests get real answers at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.api-token=playbook-token", "bot.kb.default-playbook=true"})
class DefaultPlaybookTest {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    HuddleTips tips;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void everyBuiltInDocumentIsIndexedOnceAndARestartAddsNothing() {
        int documents = knowledge.documents().size();
        new DefaultPlaybook(knowledge).load();

        assertThat(documents).isEqualTo(DefaultPlaybook.files().length);
        assertThat(knowledge.documents()).hasSize(documents).allSatisfy(d -> assertThat(d.builtIn()).isTrue());
    }

    @Test
    void chatQuestionsAndScriptRequestsAreAnsweredFromThePlaybook() {
        var admin = new HttpTestClient(port).withBearer("playbook-token");
        String login = Fixtures.unique("pb");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "客户经理", "role", "MEMBER")));

        String noSales = chat(admin, login, "网点一直不出单怎么办？");
        String head = chat(admin, login, "跟网点负责人多久沟通一次？");
        String salon = chat(admin, login, "帮我写个邀请客户参加理财沙龙的话术");
        String teller = chat(admin, login, "网点柜员说你们产品收益低怎么回");

        assertThat(noSales).contains("来源").contains("关键节点");
        assertThat(head).contains("每周").contains("来源");
        assertThat(salon).contains("经理：").contains("沙龙").doesNotContain("{称呼}");
        // "怎么回" sits between a script and a playbook question: either way the answer comes from the playbook
        assertThat(teller).contains("确定").containsAnyOf("经理：", "来源");
    }

    @Test
    void theMorningHuddleGetsATipAndRemindersTheirActionsFromThePlaybook() {
        var monday = tips.tipFor(LocalDate.of(2026, 11, 23), 1);
        var tuesday = tips.tipFor(LocalDate.of(2026, 11, 24), 1);

        assertThat(monday).isPresent();
        assertThat(monday.get().source()).startsWith("《");
        assertThat(monday.get().text().length()).isBetween(10, 130);
        assertThat(tuesday.get().text()).isNotEqualTo(monday.get().text());
        assertThat(tips.actionFor("maturity")).get().satisfies(action -> {
            assertThat(action.text()).contains("到期");
            assertThat(action.source()).startsWith("《");
        });
    }

    @Test
    void theMorningHuddlePreviewCarriesTheTipWithItsSource() {
        var admin = new HttpTestClient(port).withBearer("playbook-token");

        var preview = admin.postJson("/api/huddles/preview",
                JsonText.of(Map.of("team", "default", "kind", "MORNING", "date", "2026-11-23")));

        long teamId = jdbc.queryForObject("select id from team where code = 'default'", Long.class);
        String tip = tips.tipFor(LocalDate.of(2026, 11, 23), teamId).orElseThrow().text();
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("markdown").asText()).contains(tip);
    }

    private static String chat(HttpTestClient client, String login, String text) {
        return client.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", text))).json().get("reply").asText();
    }
}
