package com.branchmate.bot.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** A person's data exported and erased on request, by an admin only, audited. */
@BotTest
@Tag("channel")
class PersonDataTest {

    @LocalServerPort
    int port;

    @Autowired
    NoteService notes;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminExportsThenErasesAPersonAndNotesAreRedacted() {
        var admin = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        String login = Fixtures.unique("own");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "客户经理")));
        admin.postJson("/api/chat", JsonText.of(Map.of("member", login,
                "text", "今天去了建行湖东支行，理财经理欧阳雪生日是6月1日，手机13711112222，喜欢插花。")));
        long id = admin.get("/api/people?query=欧阳雪").json().get(0).get("id").asLong();

        var export = admin.get("/api/people/" + id + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("13711112222").contains("插花").contains("湖东支行");

        var erased = admin.send("DELETE", "/api/people/" + id);

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("notesRedacted").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from fact where person_id = ?", Integer.class, id)).isZero();
        var member = members.findByLogin(login).orElseThrow();
        assertThat(notes.visible(Caller.of(member), null, 10)).singleElement()
                .satisfies(n -> assertThat(n.rawText()).doesNotContain("欧阳雪").contains("〔已删除〕"));
        assertThat(admin.get("/api/people?query=欧阳雪").json()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action in ('PERSON_EXPORT', 'PERSON_ERASE') "
                + "and target_id = ?", Integer.class, String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void aMemberCanNeitherExportNorErase() {
        var admin = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        String login = Fixtures.unique("mem");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "成员", "password", "password-123")));
        admin.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", "农行西湖支行柜员郑爽，爱好羽毛球。")));
        long id = admin.get("/api/people?query=郑爽").json().get(0).get("id").asLong();
        var member = new HttpTestClient(port);
        member.login(login, "password-123");

        assertThat(member.get("/api/people/" + id + "/export").status()).isEqualTo(403);
        assertThat(member.send("DELETE", "/api/people/" + id).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from fact where person_id = ?", Integer.class, id)).isPositive();
    }
}
