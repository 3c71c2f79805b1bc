package com.branchmate.bot.huddles;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.members.Team;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.NotFoundException;

/** Team huddle settings and previews. */
@Service
public class HuddleService {

    private final HuddleSettingsMapper settings;
    private final MemberService members;
    private final HuddleWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    private final HuddleMapper records;
    private final DayReports dayReports;
    private final WebhookTargets webhooks;

    HuddleService(HuddleSettingsMapper settings, MemberService members, HuddleWriter writer, AuditLog audit, Clock clock,
                  HuddleMapper records, DayReports dayReports, WebhookTargets webhooks) {
        this.webhooks = webhooks;
        this.records = records;
        this.dayReports = dayReports;
        this.settings = settings;
        this.members = members;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    public HuddleSettings settingsOf(long teamId) {
        HuddleSettings saved = settings.findByTeam(teamId);
        return saved != null ? saved : HuddleSettings.defaults(teamId, clock.instant());
    }

    public List<HuddleSettings> enabledTeams() {
        return settings.findEnabled();
    }

    public Team teamFor(Caller caller, String code, boolean manage) {
        Team team = members.findTeam(code).orElseThrow(() -> new NotFoundException("没有这个团队：" + code));
        boolean sameTeam = team.id().equals(caller.teamId());
        boolean allowed = caller.isAdmin() || sameTeam && (!manage || caller.role() == Role.MANAGER);
        if (!allowed) {
            throw new NotFoundException("没有这个团队：" + code);
        }
        return team;
    }

    public HuddleMessage preview(Caller caller, String teamCode, HuddleKind kind, java.time.LocalDate date) {
        Team team = teamFor(caller, teamCode, false);
        return writer.write(settingsOf(team.id()), kind, date);
    }

    public List<HuddleRecord> history(Caller caller, String teamCode, int limit) {
        Team team = teamFor(caller, teamCode, false);
        return records.findRecent(team.id(), Math.max(1, Math.min(limit, 200)));
    }

    public List<DayReport> reports(Caller caller, String teamCode, java.time.LocalDate date) {
        Team team = teamFor(caller, teamCode, false);
        return dayReports.current(team.id(), date);
    }

    @Transactional
    public HuddleSettings save(Caller caller, String teamCode, HuddleSettings changed) {
        Team team = teamFor(caller, teamCode, true);
        check(changed);
        HuddleSettings stored = settingsOf(team.id());
        // A value shown redacted and sent back unchanged keeps what is stored; the secret is never shown, so an
        // empty one keeps the stored secret while the webhook stays.
        String wecomKey = kept(changed.wecomWebhookKey(), stored.wecomWebhookKey(), webhooks::wecomKey);
        String dingtalkWebhook = kept(changed.dingtalkWebhook(), stored.dingtalkWebhook(), webhooks::dingtalkWebhook);
        String dingtalkSecret = dingtalkWebhook == null ? null
                : changed.dingtalkSecret() == null || changed.dingtalkSecret().isBlank() ? stored.dingtalkSecret()
                : changed.dingtalkSecret().strip();
        if (dingtalkWebhook != null && (dingtalkSecret == null || dingtalkSecret.isBlank())) {
            throw new BadRequestException("dingtalkSecret", "钉钉机器人需要加签密钥（SEC 开头）");
        }
        HuddleSettings row = new HuddleSettings(team.id(), changed.enabled(), changed.morningTime(),
                changed.eveningTime(), changed.zone(), wecomKey, changed.wecomChatId(),
                dingtalkWebhook, dingtalkSecret, changed.dingtalkConversationId(),
                changed.customerNames() == null ? HuddleSettings.CustomerNames.HONORIFIC : changed.customerNames(),
                changed.morningTemplate(), changed.eveningTemplate(), changed.targetPolicies(), changed.targetPremium(),
                changed.graceMinutes() <= 0 ? 60 : changed.graceMinutes(), changed.personalReminders(),
                changed.maturityDays(), changed.birthdayDays(), changed.anniversaryDays(), clock.instant());
        settings.delete(team.id());
        settings.insert(row);
        audit.record(caller, "HUDDLE_SETTINGS", "team", team.code(), "api", row.enabled() ? "晨夕会已开启" : "晨夕会已关闭");
        return row;
    }

    private static String kept(String given, String stored, java.util.function.UnaryOperator<String> check) {
        if (given != null && given.contains(HuddleSettings.HIDDEN)) {
            return stored;
        }
        return check.apply(given);
    }

    private static void check(HuddleSettings s) {
        for (var days : new Object[][] {{"maturityDays", s.maturityDays(), "到期"}, {"birthdayDays", s.birthdayDays(), "生日"},
                {"anniversaryDays", s.anniversaryDays(), "纪念日"}}) {
            int value = (int) days[1];
            if (value < 0 || value > HuddleSettings.MAX_DAYS_AHEAD) {
                throw new BadRequestException((String) days[0],
                        days[2] + "提前提醒天数应在 0 到 " + HuddleSettings.MAX_DAYS_AHEAD + " 天之间");
            }
        }
        for (var time : new String[][] {{"morningTime", s.morningTime()}, {"eveningTime", s.eveningTime()}}) {
            try {
                LocalTime.parse(time[1]);
            } catch (RuntimeException e) {
                throw new BadRequestException(time[0], "时间格式应为 HH:mm，例如 08:30");
            }
        }
        try {
            ZoneId.of(s.zone());
        } catch (RuntimeException e) {
            throw new BadRequestException("zone", "时区不认识，例如 Asia/Shanghai");
        }
    }
}
