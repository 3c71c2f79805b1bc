package com.branchmate.bot.members;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.ConflictException;
import com.branchmate.bot.platform.web.NotFoundException;

/**
 * Teams: created and renamed by admins, each with its leads (the MANAGERs in it). Setting a lead moves that member
 * into the team as a MANAGER; a lead's scope is the team, so only an admin may do it.
 */
@Service
public class TeamService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{2,32}");

    private final TeamMapper teams;
    private final MemberMapper members;
    private final AuditLog audit;
    private final Clock clock;

    TeamService(TeamMapper teams, MemberMapper members, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** A team as the console shows it: its leads and how many members it has. */
    public record TeamSummary(Team team, List<Member> leads, int memberCount) {
    }

    /** Every team for an admin, the caller's own team for anyone else. */
    public List<TeamSummary> visibleTo(Caller caller) {
        return teams.findAll().stream()
                .filter(t -> caller.isAdmin() || t.id().equals(caller.teamId()))
                .map(this::summary).toList();
    }

    public record TeamChanges(String code, String name, String lead) {
    }

    @Transactional
    public TeamSummary create(Caller caller, TeamChanges request) {
        checkAdmin(caller);
        String code = checkCode(request.code());
        String name = request.name() == null || request.name().isBlank() ? code : checkName(request.name());
        if (teams.findByCode(code) != null) {
            throw new ConflictException("name", "团队代码已被使用：" + code);
        }
        GeneratedId id = new GeneratedId();
        try {
            teams.insert(new Team(null, code, name, clock.instant()), id);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("name", "团队代码已被使用：" + code);
        }
        Team team = teams.findById(id.get());
        audit.record(caller, "TEAM_CREATE", "team", code, "api", "新建团队「" + name + "」");
        if (request.lead() != null && !request.lead().isBlank()) {
            setLead(caller, team, request.lead().strip());
        }
        return summary(teams.findById(team.id()));
    }

    @Transactional
    public TeamSummary update(Caller caller, String currentCode, TeamChanges changes) {
        checkAdmin(caller);
        Team team = java.util.Optional.ofNullable(teams.findByCode(currentCode))
                .orElseThrow(() -> new NotFoundException("没有这个团队：" + currentCode));
        String code = changes.code() == null || changes.code().isBlank() ? team.code() : checkCode(changes.code());
        String name = changes.name() == null || changes.name().isBlank() ? team.name() : checkName(changes.name());
        if (!code.equals(team.code())) {
            if (MemberService.DEFAULT_TEAM.equals(team.code())) {
                // The first start recreates "default" when it is missing; its name may change, its code may not.
                throw new BadRequestException("name", "默认团队的代码不能修改，可以改显示名称");
            }
            if (teams.findByCode(code) != null) {
                throw new ConflictException("name", "团队代码已被使用：" + code);
            }
        }
        if (!code.equals(team.code()) || !name.equals(team.name())) {
            teams.update(team.id(), code, name);
            audit.record(caller, "TEAM_UPDATE", "team", code, "api",
                    "团队「" + team.name() + "」（" + team.code() + "）改为「" + name + "」（" + code + "）");
        }
        Team updated = teams.findById(team.id());
        if (changes.lead() != null && !changes.lead().isBlank()) {
            setLead(caller, updated, changes.lead().strip());
        }
        return summary(teams.findById(team.id()));
    }

    private void setLead(Caller caller, Team team, String login) {
        Member member = members.findByLogin(login);
        if (member == null) {
            throw new BadRequestException("lead", "没有这个成员：" + login);
        }
        if (member.role() == Role.ADMIN) {
            // Making an admin a lead would take their admin rights away; that is a role change done on its own.
            throw new BadRequestException("lead", "管理员不能设为组长，请选一位主管或成员");
        }
        if (!member.enabled()) {
            throw new BadRequestException("lead", "这个成员已停用：" + login);
        }
        if (member.role() == Role.MANAGER && team.id().equals(member.teamId())) {
            return;
        }
        Instant now = clock.instant();
        members.update(new Member(member.id(), member.login(), member.displayName(), Role.MANAGER, team.id(),
                team.code(), member.wecomUserId(), member.dingtalkStaffId(), member.passwordHash(), member.enabled(),
                member.createdAt(), now));
        audit.record(caller, "TEAM_LEAD", "team", team.code(), "api",
                member.displayName() + "（" + member.login() + "）设为团队「" + team.name() + "」的主管");
    }

    private TeamSummary summary(Team team) {
        List<Member> inTeam = members.findAll(team.id());
        return new TeamSummary(team, inTeam.stream().filter(m -> m.role() == Role.MANAGER).toList(), inTeam.size());
    }

    private static void checkAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("only an admin creates or changes teams");
        }
    }

    private static String checkCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (!CODE.matcher(trimmed).matches()) {
            throw new BadRequestException("name", "团队代码只能是 2-32 位字母、数字或 ._-");
        }
        return trimmed;
    }

    private static String checkName(String name) {
        String trimmed = name.strip();
        if (trimmed.length() > 64) {
            throw new BadRequestException("displayName", "团队名称最长 64 个字");
        }
        return trimmed;
    }
}
