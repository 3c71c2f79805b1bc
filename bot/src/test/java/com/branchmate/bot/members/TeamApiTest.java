package com.branchmate.bot.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.platform.security.ApiTokens;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** Teams: only admins create, rename and set leads; a lead sees their own team; huddles follow team membership. */
@BotTest
@Tag("channel")
class TeamApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    private Fixtures fixtures;
    private String ownTeam;
    private HttpTestClient admin;
    private HttpTestClient lead;
    private HttpTestClient member;
    private String memberLogin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc);
        ownTeam = Fixtures.unique("own");
        long ownTeamId = fixtures.team(ownTeam);
        admin = client(fixtures.member(ownTeamId, "ADMIN"));
        lead = client(fixtures.member(ownTeamId, "MANAGER"));
        long memberId = fixtures.member(ownTeamId, "MEMBER");
        memberLogin = members.findById(memberId).orElseThrow().login();
        member = client(memberId);
    }

    private HttpTestClient client(long memberId) {
        return new HttpTestClient(port).withBearer(apiTokens.create(members.findById(memberId).orElseThrow(), "t"));
    }

    @Test
    void adminCreatesRenamesAndSetsALeadWhoBecomesManagerOfThatTeam() {
        String code = Fixtures.unique("east");
        var created = admin.postJson("/api/teams", JsonText.of(Map.of("name", code, "displayName", "城东团队")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("displayName").asString()).isEqualTo("城东团队");

        var renamed = admin.putJson("/api/teams/" + code,
                JsonText.of(Map.of("name", code + "x", "displayName", "城东一队", "lead", memberLogin)));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo(code + "x");
        assertThat(renamed.json().get("lead").asString()).isEqualTo(memberLogin);
        Member promoted = members.findByLogin(memberLogin).orElseThrow();
        assertThat(promoted.role()).isEqualTo(Role.MANAGER);
        assertThat(promoted.teamCode()).isEqualTo(code + "x");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where target_type = 'team' and target_id = ?",
                Integer.class, code + "x")).isEqualTo(2);
        assertThat(admin.putJson("/api/teams/" + code, JsonText.of(Map.of("displayName", "旧代码"))).status())
                .isEqualTo(404);
    }

    @Test
    void leadsAndMembersMayNotCreateOrChangeTeams() {
        String code = Fixtures.unique("west");
        assertThat(lead.postJson("/api/teams", JsonText.of(Map.of("name", code, "displayName", "西"))).status()).isEqualTo(403);
        assertThat(member.postJson("/api/teams", JsonText.of(Map.of("name", code, "displayName", "西"))).status()).isEqualTo(403);
        assertThat(lead.putJson("/api/teams/" + ownTeam, JsonText.of(Map.of("displayName", "我的队"))).status()).isEqualTo(403);
        assertThat(lead.putJson("/api/teams/" + ownTeam, JsonText.of(Map.of("lead", memberLogin))).status()).isEqualTo(403);
        assertThat(member.putJson("/api/teams/" + ownTeam, JsonText.of(Map.of("lead", memberLogin))).status()).isEqualTo(403);
        assertThat(members.findTeam(code)).isEmpty();
        assertThat(members.findByLogin(memberLogin).orElseThrow().role()).isEqualTo(Role.MEMBER);
    }

    @Test
    void badRequestsAreRefusedInChinese() {
        var badCode = admin.postJson("/api/teams", JsonText.of(Map.of("name", "城东", "displayName", "城东")));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("error").asString()).contains("团队代码");
        assertThat(admin.postJson("/api/teams", JsonText.of(Map.of("name", ownTeam, "displayName", "重复"))).status())
                .isEqualTo(409);
        var adminLead = admin.putJson("/api/teams/" + ownTeam, JsonText.of(Map.of("lead", "admin")));
        assertThat(adminLead.status()).isEqualTo(400);
        assertThat(adminLead.json().get("error").asString()).contains("管理员");
        assertThat(admin.putJson("/api/teams/" + ownTeam, JsonText.of(Map.of("lead", "nobody-" + ownTeam))).status())
                .isEqualTo(400);
        assertThat(admin.putJson("/api/teams/default", JsonText.of(Map.of("name", Fixtures.unique("d")))).status())
                .isEqualTo(400);
        assertThat(members.findTeam("default")).isPresent();
    }

    @Test
    void aLeadSeesOnlyTheirTeamAndAnAdminAll() {
        var mine = lead.get("/api/teams").json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("name").asString()).isEqualTo(ownTeam);
        assertThat(admin.get("/api/teams").json().size()).isGreaterThan(1);
    }

    @Test
    void anAdminMovedToAnotherTeamLeavesTheOldTeamsEveningHuddle() {
        String from = Fixtures.unique("from");
        String to = Fixtures.unique("to");
        long fromId = fixtures.team(from);
        fixtures.team(to);
        String movedLogin = members.findById(fixtures.member(fromId, "ADMIN")).orElseThrow().login();
        fixtures.member(fromId, "MEMBER");
        String evening = "{\"team\":\"%s\",\"kind\":\"EVENING\",\"date\":\"2026-11-20\"}";
        assertThat(admin.postJson("/api/huddles/preview", evening.formatted(from)).body()).contains(movedLogin);

        assertThat(admin.putJson("/api/members/" + movedLogin, JsonText.of(Map.of("team", to))).status()).isEqualTo(200);

        assertThat(admin.postJson("/api/huddles/preview", evening.formatted(from)).body()).doesNotContain(movedLogin);
        assertThat(admin.postJson("/api/huddles/preview", evening.formatted(to)).body()).contains(movedLogin);
    }
}
