package com.branchmate.bot.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.support.Fixtures;

/** Runs on H2 by default and on MariaDB when SPRING_DATASOURCE_URL points there (.ci/run does). */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Tag("persistence")
class MemberMapperTest {

    @Autowired
    MemberMapper members;

    @Autowired
    TeamMapper teams;

    @Autowired
    JdbcTemplate jdbc;

    private Team team;

    @BeforeEach
    void createTeam() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        GeneratedId id = new GeneratedId();
        String code = Fixtures.unique("team");
        teams.insert(new Team(null, code, "城南团队", now), id);
        team = teams.findById(id.get());
    }

    @Test
    void teamIsReadBackByCode() {
        assertThat(teams.findByCode(team.code())).isEqualTo(team);
        assertThat(jdbc.queryForObject("select name from team where id = ?", String.class, team.id()))
                .isEqualTo("城南团队");
    }

    @Test
    void insertedMemberIsReadBackWithItsTeamAndChatIds() {
        long id = insert(member("wang", "wx-wang", "dd-wang"));

        Member read = members.findById(id);
        assertThat(read.login()).isEqualTo(read.login());
        assertThat(read.displayName()).isEqualTo("王小明");
        assertThat(read.role()).isEqualTo(Role.MEMBER);
        assertThat(read.teamCode()).isEqualTo(team.code());
        assertThat(members.findByWecomUserId(read.wecomUserId()).id()).isEqualTo(id);
        assertThat(members.findByDingtalkStaffId(read.dingtalkStaffId()).id()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select role from member where id = ?", String.class, id)).isEqualTo("MEMBER");
    }

    @Test
    void aChatIdCanBeBoundToOneMemberOnly() {
        String wecomId = Fixtures.unique("wx");
        insert(member("first", wecomId, null));

        assertThatThrownBy(() -> insert(member("second", wecomId, null))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void membersWithoutChatIdsDoNotCollide() {
        insert(member("a", null, null));
        insert(member("b", null, null));

        assertThat(members.findAll(team.id())).hasSize(2);
    }

    @Test
    void updateBindsChatIdentitiesAndKeepsTheRest() {
        long id = insert(member("li", null, null));
        Member before = members.findById(id);
        String dingtalkId = Fixtures.unique("dd");

        members.update(new Member(before.id(), before.login(), "李娜", Role.MANAGER, team.id(), team.code(), null,
                dingtalkId, before.passwordHash(), true, before.createdAt(), Instant.now()));

        Member after = members.findById(id);
        assertThat(after.displayName()).isEqualTo("李娜");
        assertThat(after.role()).isEqualTo(Role.MANAGER);
        assertThat(after.dingtalkStaffId()).isEqualTo(dingtalkId);
        assertThat(after.login()).isEqualTo(before.login());
    }

    @Test
    void findAllWithoutTeamListsEveryTeam() {
        long otherTeam = new Fixtures(jdbc).team();
        new Fixtures(jdbc).member(otherTeam, "MEMBER");
        insert(member("here", null, null));

        assertThat(members.findAll(null)).extracting(Member::teamId).contains(team.id(), otherTeam);
        assertThat(members.findAll(team.id())).extracting(Member::teamId).containsOnly(team.id());
    }

    private Member member(String loginPrefix, String wecomId, String dingtalkId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Member(null, Fixtures.unique(loginPrefix), "王小明", Role.MEMBER, team.id(), team.code(), wecomId,
                dingtalkId, "$2a$10$hash", true, now, now);
    }

    private long insert(Member member) {
        GeneratedId id = new GeneratedId();
        members.insert(member, id);
        return id.get();
    }
}
