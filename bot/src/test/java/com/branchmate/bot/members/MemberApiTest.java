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

@BotTest
@Tag("channel")
class MemberApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient system;

    @BeforeEach
    void setUp() {
        system = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
    }

    @Test
    void firstStartCreatedDefaultTeamAndAdmin() {
        assertThat(members.findTeam("default")).isPresent();
        Member admin = members.findByLogin("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.canLogIn()).isTrue();
    }

    @Test
    void adminCreatesMemberAndBindsChatIdentities() {
        String login = Fixtures.unique("wang");
        var created = system.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "王经理")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("role").asString()).isEqualTo("MEMBER");
        assertThat(created.json().get("team").asString()).isEqualTo("default");

        String wecomId = Fixtures.unique("WangXiaoMing");
        var bound = system.putJson("/api/members/" + login,
                JsonText.of(Map.of("wecomUserId", wecomId, "dingtalkStaffId", "dd-" + wecomId)));

        assertThat(bound.status()).isEqualTo(200);
        assertThat(members.findBySender("wecom", wecomId)).map(Member::login).contains(login);
        assertThat(members.findBySender("dingtalk", "dd-" + wecomId)).map(Member::login).contains(login);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where target_type = 'member' and target_id = ?",
                Integer.class, login)).isEqualTo(2);
    }

    @Test
    void duplicateLoginGets409() {
        String login = Fixtures.unique("dup");
        system.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "甲")));

        var again = system.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "乙")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("login");
    }

    @Test
    void aChatIdAlreadyBoundElsewhereGets409() {
        String wecomId = Fixtures.unique("wx");
        system.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("a"), "name", "甲", "wecomUserId", wecomId)));
        String second = Fixtures.unique("b");
        system.postJson("/api/members", JsonText.of(Map.of("login", second, "name", "乙")));

        var clash = system.putJson("/api/members/" + second, JsonText.of(Map.of("wecomUserId", wecomId)));

        assertThat(clash.status()).isEqualTo(409);
    }

    @Test
    void unknownRoleAndBadLoginGet400NamingTheField() {
        var badRole = system.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("r"), "name", "甲", "role", "BOSS")));
        var badLogin = system.postJson("/api/members", JsonText.of(Map.of("login", "有 空格", "name", "甲")));
        var unknownTeam = system.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("t"), "name", "甲", "team", "nope")));

        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("field").asString()).isEqualTo("role");
        assertThat(badLogin.status()).isEqualTo(400);
        assertThat(badLogin.json().get("field").asString()).isEqualTo("login");
        assertThat(unknownTeam.status()).isEqualTo(400);
        assertThat(unknownTeam.json().get("field").asString()).isEqualTo("team");
    }

    @Test
    void aMemberCannotCreateMembersNorSeeOthers() {
        String login = Fixtures.unique("m");
        system.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "甲")));
        var asMember = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(login).orElseThrow(), "t"));

        var create = asMember.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("x"), "name", "乙")));
        var list = asMember.get("/api/members");

        assertThat(create.status()).isEqualTo(403);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("login").asString()).isEqualTo(login);
    }

    @Test
    void aManagerManagesOnlyTheirOwnTeam() {
        var fixtures = new Fixtures(jdbc);
        String teamCode = Fixtures.unique("east");
        fixtures.team(teamCode);
        String managerLogin = Fixtures.unique("boss");
        system.postJson("/api/members", JsonText.of(Map.of("login", managerLogin, "name", "主管", "role", "MANAGER", "team", teamCode)));
        var asManager = new HttpTestClient(port).withBearer(apiTokens.create(members.findByLogin(managerLogin).orElseThrow(), "t"));

        var inTeam = asManager.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("in"), "name", "甲")));
        var otherTeam = asManager.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("out"), "name", "乙", "team", "default")));
        var makeAdmin = asManager.postJson("/api/members", JsonText.of(Map.of("login", Fixtures.unique("adm"), "name", "丙", "role", "ADMIN")));

        assertThat(inTeam.status()).isEqualTo(201);
        assertThat(inTeam.json().get("team").asString()).isEqualTo(teamCode);
        assertThat(otherTeam.status()).isEqualTo(403);
        assertThat(makeAdmin.status()).isEqualTo(403);
    }
}
