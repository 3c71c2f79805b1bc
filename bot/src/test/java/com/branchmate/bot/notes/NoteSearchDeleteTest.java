package com.branchmate.bot.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

import tools.jackson.databind.JsonNode;

/** Notes search (text, person, dates, within what the caller sees) and delete (author, their lead, admin). */
@BotTest
@Tag("channel")
class NoteSearchDeleteTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient admin;
    private HttpTestClient lead;
    private HttpTestClient member;
    private HttpTestClient member2;
    private HttpTestClient otherLead;
    private String memberLogin;
    private String leadLogin;
    private String marker;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(jdbc);
        long team = fixtures.team();
        long other = fixtures.team();
        admin = client(fixtures.member(team, "ADMIN"));
        long leadId = fixtures.member(team, "MANAGER");
        lead = client(leadId);
        leadLogin = members.findById(leadId).orElseThrow().login();
        long memberId = fixtures.member(team, "MEMBER");
        memberLogin = members.findById(memberId).orElseThrow().login();
        member = client(memberId);
        member2 = client(fixtures.member(team, "MEMBER"));
        otherLead = client(fixtures.member(other, "MANAGER"));
        marker = Fixtures.unique("").substring(1, 7);
    }

    private HttpTestClient client(long memberId) {
        return new HttpTestClient(port).withBearer(apiTokens.create(members.findById(memberId).orElseThrow(), "t"));
    }

    private long note(HttpTestClient author, String text, String date) {
        var saved = author.postJson("/api/notes", JsonText.of(Map.of("text", text, "referenceDate", date)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        return saved.json().get("id").asLong();
    }

    private static List<Long> ids(HttpTestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode note : response.json()) {
            ids.add(note.get("id").asLong());
        }
        return ids;
    }

    @Test
    void searchFindsByTextPersonAndDatesWithinWhatTheCallerSees() {
        long east = note(member, "今天拜访农行城东支行" + marker + "，理财经理何佳说下周有活动。", "2026-11-02");
        long west = note(member2, "今天拜访工行城西支行" + marker + "，客户赵敏想了解年金险。", "2026-11-20");

        assertThat(ids(member.get("/api/notes?query=" + marker))).containsExactly(east);
        assertThat(ids(member.get("/api/notes?query=城西支行" + marker))).isEmpty();
        assertThat(ids(lead.get("/api/notes?query=" + marker))).containsExactly(west, east);
        assertThat(ids(otherLead.get("/api/notes?query=" + marker))).isEmpty();
        assertThat(ids(lead.get("/api/notes?query=" + marker + "&person=赵敏"))).containsExactly(west);
        assertThat(ids(lead.get("/api/notes?query=" + marker + "&from=2026-11-10&to=2026-11-30"))).containsExactly(west);
        assertThat(ids(admin.get("/api/notes?query=" + marker + "&to=2026-11-05"))).containsExactly(east);

        var badDate = lead.get("/api/notes?from=11月2日");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("error").asString()).contains("日期格式");
        assertThat(lead.get("/api/notes?from=2026-11-30&to=2026-11-01").status()).isEqualTo(400);
    }

    @Test
    void deleteTakesTheNotesFactsAndTasksAndIsAudited() {
        long id = note(member, "拜访农行城东支行" + marker + "，客户何佳生日3月8日，约了明天回访何佳。", "2026-11-02");
        assertThat(jdbc.queryForObject("select count(*) from fact where source_note_id = ?", Integer.class, id)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from task where note_id = ?", Integer.class, id)).isPositive();

        assertThat(member.send("DELETE", "/api/notes/" + id).status()).isEqualTo(204);

        assertThat(jdbc.queryForObject("select count(*) from visit_note where id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from fact where source_note_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from task where note_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'NOTE_DELETE' and target_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
        assertThat(member.get("/api/notes/" + id).status()).isEqualTo(404);
        assertThat(member.send("DELETE", "/api/notes/" + id).status()).isEqualTo(404);
    }

    @Test
    void onlyTheAuthorTheirLeadOrAnAdminDeletes() {
        long byMember = note(member, "拜访农行城东支行" + marker + "。", "2026-11-02");
        long byLead = note(lead, "拜访农行城南支行" + marker + "。", "2026-11-02");
        long byAdmin = note(admin, "拜访农行城北支行" + marker + "。", "2026-11-02");

        assertThat(member2.send("DELETE", "/api/notes/" + byMember).status()).isEqualTo(404);
        assertThat(otherLead.send("DELETE", "/api/notes/" + byMember).status()).isEqualTo(404);
        assertThat(member.send("DELETE", "/api/notes/" + byLead).status()).isEqualTo(404);
        assertThat(lead.send("DELETE", "/api/notes/" + byAdmin).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from visit_note where id in (?, ?, ?)", Integer.class,
                byMember, byLead, byAdmin)).isEqualTo(3);

        assertThat(lead.send("DELETE", "/api/notes/" + byMember).status()).isEqualTo(204);
        assertThat(admin.send("DELETE", "/api/notes/" + byLead).status()).isEqualTo(204);
        assertThat(admin.send("DELETE", "/api/notes/" + byAdmin).status()).isEqualTo(204);
        assertThat(leadLogin).isNotEqualTo(memberLogin);
    }
}
