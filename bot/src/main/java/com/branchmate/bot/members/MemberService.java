package com.branchmate.bot.members;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.MemberLookup;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.ConflictException;
import com.branchmate.bot.platform.web.NotFoundException;

@Service
public class MemberService implements MemberLookup {

    public static final String DEFAULT_TEAM = "default";
    public static final String FIRST_ADMIN = "admin";

    private final MemberMapper members;
    private final TeamMapper teams;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    MemberService(MemberMapper members, TeamMapper teams, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.members = members;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Member> findByLogin(String login) {
        return Optional.ofNullable(members.findByLogin(login));
    }

    /** A name lookup for one response (see {@link MemberNames}). */
    public MemberNames names() {
        return new MemberNames(this);
    }

    public Optional<Member> findById(long id) {
        return Optional.ofNullable(members.findById(id));
    }

    /**
     * The member behind a chat sender. The web channel accepts a login or either platform id, since the
     * web chat and tests speak for members; WeCom and DingTalk accept only their own bound id.
     */
    public Optional<Member> findBySender(String channel, String senderId) {
        if (senderId == null || senderId.isBlank()) {
            return Optional.empty();
        }
        return switch (channel) {
            case "wecom" -> Optional.ofNullable(members.findByWecomUserId(senderId));
            case "dingtalk" -> Optional.ofNullable(members.findByDingtalkStaffId(senderId));
            default -> findByLogin(senderId)
                    .or(() -> Optional.ofNullable(members.findByWecomUserId(senderId)))
                    .or(() -> Optional.ofNullable(members.findByDingtalkStaffId(senderId)));
        };
    }

    /**
     * The member a change is recorded under: the caller, or the first admin for the deployment's own token,
     * which is no member.
     */
    @Override
    public Member actingMember(Caller caller) {
        return (caller.memberId() != null ? findById(caller.memberId()) : findByLogin(FIRST_ADMIN))
                .orElseThrow(() -> new NotFoundException("没有可记录的成员"));
    }

    public List<Member> visibleTo(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> members.findAll(null);
            case MANAGER -> members.findAll(caller.teamId());
            case MEMBER -> findById(caller.memberId()).map(List::of).orElse(List.of());
        };
    }

    public List<Member> teamMembers(long teamId) {
        return members.findAll(teamId);
    }

    public Optional<Team> findTeam(String code) {
        return Optional.ofNullable(teams.findByCode(code));
    }

    public List<Team> teams() {
        return teams.findAll();
    }

    @Transactional
    public Team ensureTeam(String code, String name) {
        Team existing = teams.findByCode(code);
        if (existing != null) {
            return existing;
        }
        Instant now = clock.instant();
        GeneratedId id = new GeneratedId();
        teams.insert(new Team(null, code, name, now), id);
        return new Team(id.get(), code, name, now);
    }

    public record NewMember(String login, String name, Role role, String team, String password,
                            String wecomUserId, String dingtalkStaffId) {
    }

    public record MemberChanges(String name, Role role, String team, String password, String wecomUserId,
                                String dingtalkStaffId, Boolean enabled) {
    }

    @Transactional
    public Member create(Caller caller, NewMember request, String channel) {
        Role role = request.role() == null ? Role.MEMBER : request.role();
        String teamCode = request.team() == null || request.team().isBlank()
                ? defaultTeamFor(caller) : request.team().trim();
        Team team = findTeam(teamCode).orElseThrow(() -> new BadRequestException("team", "没有这个团队：" + teamCode));
        checkMayManage(caller, team.id(), role);
        if (members.findByLogin(request.login()) != null) {
            throw new ConflictException("login", "登录名已被使用：" + request.login());
        }
        Instant now = clock.instant();
        Member member = new Member(null, request.login().trim(), request.name().trim(), role, team.id(), team.code(),
                blankToNull(request.wecomUserId()), blankToNull(request.dingtalkStaffId()),
                hash(request.password()), true, now, now);
        GeneratedId id = new GeneratedId();
        try {
            members.insert(member, id);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("wecomUserId", "这个登录名或聊天账号已绑定给其他成员");
        }
        audit.record(caller, "MEMBER_CREATE", "member", member.login(), channel, "角色 " + role + "，团队 " + team.code());
        return members.findById(id.get());
    }

    @Transactional
    public Member update(Caller caller, String login, MemberChanges changes, String channel) {
        Member current = findByLogin(login).filter(caller::maySee)
                .orElseThrow(() -> new NotFoundException("没有这个成员：" + login));
        if (!caller.mayActFor(current)) {
            throw new AccessDeniedException("a team lead changes only the plain members of their team");
        }
        boolean managesOthers = caller.role() != Role.MEMBER;
        if (!managesOthers && (changes.role() != null || changes.team() != null || changes.enabled() != null
                || changes.wecomUserId() != null || changes.dingtalkStaffId() != null)) {
            throw new AccessDeniedException("members may change only their own name and password");
        }
        Team team = current.teamId() == null ? null : teams.findById(current.teamId());
        if (changes.team() != null && !changes.team().isBlank()) {
            String code = changes.team().trim();
            team = findTeam(code).orElseThrow(() -> new BadRequestException("team", "没有这个团队：" + code));
        }
        Role role = changes.role() != null ? changes.role() : current.role();
        boolean teamChanged = team != null && !team.id().equals(current.teamId());
        if ((teamChanged || role != current.role()) && !caller.isAdmin()) {
            // A lead who could move or promote would widen their own scope: that stays with admins.
            throw new AccessDeniedException("only an admin changes a member's team or role");
        }
        Member updated = new Member(current.id(), current.login(),
                changes.name() != null && !changes.name().isBlank() ? changes.name().trim() : current.displayName(),
                role, team.id(), team.code(),
                changes.wecomUserId() != null ? blankToNull(changes.wecomUserId()) : current.wecomUserId(),
                changes.dingtalkStaffId() != null ? blankToNull(changes.dingtalkStaffId()) : current.dingtalkStaffId(),
                changes.password() != null && !changes.password().isBlank() ? hash(changes.password()) : current.passwordHash(),
                changes.enabled() != null ? changes.enabled() : current.enabled(),
                current.createdAt(), clock.instant());
        try {
            members.update(updated);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(changes.wecomUserId() != null ? "wecomUserId" : "dingtalkStaffId",
                    "这个聊天账号已绑定给其他成员");
        }
        audit.record(caller, "MEMBER_UPDATE", "member", login, channel, describe(changes));
        return members.findById(current.id());
    }

    /**
     * Creates the default team and the first admin when they are missing.
     *
     * @return the admin's password when it was generated now, so it can be shown once
     */
    @Transactional
    public Optional<String> ensureFirstAdmin(String configuredPassword) {
        Team team = ensureTeam(DEFAULT_TEAM, "默认团队");
        if (members.findByLogin(FIRST_ADMIN) != null) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? generatePassword() : configuredPassword;
        Instant now = clock.instant();
        members.insert(new Member(null, FIRST_ADMIN, "管理员", Role.ADMIN, team.id(), team.code(), null, null,
                passwordEncoder.encode(password), true, now, now), new GeneratedId());
        audit.record(Caller.system(), "MEMBER_CREATE", "member", FIRST_ADMIN, "system", "首次启动时创建");
        return generate ? Optional.of(password) : Optional.empty();
    }

    private String defaultTeamFor(Caller caller) {
        if (caller.teamId() != null) {
            Team team = teams.findById(caller.teamId());
            if (team != null) {
                return team.code();
            }
        }
        return DEFAULT_TEAM;
    }

    /**
     * The member a request speaks for: the caller when nobody is named, else the named member when the caller may
     * act for them ({@link Caller#mayActFor}, or {@link Caller#mayChatAs} for the chat). Acting for someone else is
     * audited under the real caller, naming the member in the detail.
     *
     * @param named a login, or (for the chat) a bound WeCom or DingTalk id
     * @throws NotFoundException when the member is unknown or outside what the caller may see
     * @throws AccessDeniedException when the caller sees them but may not act for them
     */
    public Member actingFor(Caller caller, String named, boolean chat, String endpoint) {
        if (named == null || named.isBlank()) {
            if (caller.memberId() == null) {
                throw new BadRequestException("member", "请指定成员（member）");
            }
            return findById(caller.memberId()).orElseThrow(() -> new NotFoundException("成员不存在"));
        }
        String wanted = named.strip();
        Member member = (chat ? findBySender("web", wanted) : findByLogin(wanted)).filter(caller::maySee)
                .orElseThrow(() -> new NotFoundException("没有这个成员：" + wanted));
        if (member.id().equals(caller.memberId())) {
            return member;
        }
        if (!(chat ? caller.mayChatAs(member) : caller.mayActFor(member))) {
            throw new AccessDeniedException("may not act for " + member.login());
        }
        audit.record(caller, "ACT_FOR", "member", member.login(), "api", "代 " + member.displayName() + "（" + member.login() + "）调用 " + endpoint);
        return member;
    }

    private static void checkMayManage(Caller caller, long teamId, Role role) {
        if (caller.isAdmin()) {
            return;
        }
        if (caller.role() == Role.MANAGER && caller.teamId() != null && caller.teamId() == teamId && role == Role.MEMBER) {
            return;
        }
        throw new AccessDeniedException("not allowed to manage members of this team");
    }

    private String hash(String password) {
        return password == null || password.isBlank() ? null : passwordEncoder.encode(password);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String describe(MemberChanges changes) {
        StringBuilder fields = new StringBuilder();
        if (changes.name() != null) fields.append("姓名 ");
        if (changes.role() != null) fields.append("角色改为").append(changes.role()).append(' ');
        if (changes.team() != null) fields.append("团队改为").append(changes.team()).append(' ');
        if (changes.password() != null) fields.append("密码 ");
        if (changes.wecomUserId() != null) fields.append("企业微信账号 ");
        if (changes.dingtalkStaffId() != null) fields.append("钉钉账号 ");
        if (changes.enabled() != null) fields.append(changes.enabled() ? "启用" : "停用");
        String changed = fields.toString().trim();
        return changed.isEmpty() ? "无改动" : "修改：" + changed;
    }

    private static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
