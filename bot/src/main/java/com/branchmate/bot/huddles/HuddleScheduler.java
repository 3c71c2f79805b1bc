package com.branchmate.bot.huddles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.persistence.GeneratedId;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends each team's huddles once. Every minute it looks for huddles that are due; a unique (team, date, kind) row
 * is claimed before sending, so two instances (or a restart) never send one twice. ShedLock keeps the instances
 * from even trying at the same time. A huddle found later than the grace period is recorded as missed.
 */
@Component
public class HuddleScheduler {

    private static final Logger log = LoggerFactory.getLogger(HuddleScheduler.class);

    private final HuddleService huddles;
    private final HuddleMapper records;
    private final HuddleWriter writer;
    private final HuddleDelivery delivery;
    private final WorkDays workDays;
    private final MemberService members;
    private final Clock clock;
    private final MeterRegistry registry;

    HuddleScheduler(HuddleService huddles, HuddleMapper records, HuddleWriter writer, HuddleDelivery delivery,
                    WorkDays workDays, MemberService members, Clock clock, MeterRegistry registry) {
        this.registry = registry;
        this.huddles = huddles;
        this.records = records;
        this.writer = writer;
        this.delivery = delivery;
        this.workDays = workDays;
        this.members = members;
        this.clock = clock;
    }

    @Scheduled(cron = "${bot.huddles.cron:0 * * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "huddles", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void tick() {
        runDue(clock.instant());
    }

    /** Sends what is due at {@code now}; public for tests and for a manual run. */
    public void runDue(Instant now) {
        for (HuddleSettings settings : huddles.enabledTeams()) {
            try {
                runTeam(settings, now);
            } catch (RuntimeException e) {
                log.error("Huddle run failed for team {}", settings.teamId(), e);
            }
        }
    }

    private void runTeam(HuddleSettings settings, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zoneId());
        if (!workDays.isWorkingDay(settings.teamId(), today)) {
            return;
        }
        for (HuddleKind kind : HuddleKind.values()) {
            ZonedDateTime due = today.atTime(settings.time(kind)).atZone(settings.zoneId());
            if (now.isBefore(due.toInstant()) || records.find(settings.teamId(), today, kind) != null) {
                continue;
            }
            boolean tooLate = Duration.between(due.toInstant(), now).toMinutes() > settings.graceMinutes();
            if (tooLate) {
                claim(settings, today, kind, due.toInstant(), HuddleStatus.MISSED,
                        "发现时已超过宽限期 " + settings.graceMinutes() + " 分钟，未补发");
                continue;
            }
            Long id = claim(settings, today, kind, due.toInstant(), HuddleStatus.SENDING, null);
            if (id != null) {
                send(settings, today, kind, id);
            }
        }
    }

    /** The claim row; null when another instance claimed it first. */
    private Long claim(HuddleSettings settings, LocalDate date, HuddleKind kind, Instant due, HuddleStatus status,
                       String detail) {
        GeneratedId id = new GeneratedId();
        try {
            records.insert(new HuddleRecord(null, settings.teamId(), date, kind, status, null, due, null, detail,
                    clock.instant()), id);
            if (status == HuddleStatus.MISSED) {
                count(HuddleStatus.MISSED, kind);
            }
            return id.get();
        } catch (DuplicateKeyException e) {
            return null;
        }
    }

    private void send(HuddleSettings settings, LocalDate date, HuddleKind kind, long id) {
        HuddleMessage message;
        try {
            message = writer.write(settings, kind, date);
        } catch (RuntimeException e) {
            log.error("Could not write the {} huddle of team {}", kind, settings.teamId(), e);
            records.finish(id, HuddleStatus.FAILED, null, null, "生成内容失败");
            return;
        }
        HuddleDelivery.Result result;
        try {
            result = delivery.toGroups(settings, message);
        } catch (RuntimeException e) {
            log.error("Could not deliver the {} huddle of team {}", kind, settings.teamId(), e);
            result = HuddleDelivery.Result.failed("发送失败：" + e.getClass().getSimpleName());
        }
        HuddleStatus status = result.delivered() ? HuddleStatus.SENT : HuddleStatus.FAILED;
        records.finish(id, status, message.markdown(), result.delivered() ? clock.instant() : null, result.detail());
        count(status, kind);
        if (kind == HuddleKind.MORNING && result.delivered() && settings.personalReminders()) {
            sendPersonalReminders(settings, date);
        }
    }

    private void count(HuddleStatus status, HuddleKind kind) {
        registry.counter("branchmate.huddles", "status", status.name().toLowerCase(), "kind", kind.name().toLowerCase())
                .increment();
    }

    private void sendPersonalReminders(HuddleSettings settings, LocalDate date) {
        for (Member member : members.teamMembers(settings.teamId())) {
            if (!member.enabled()) {
                continue;
            }
            try {
                var reminders = writer.personalReminders(settings, member, date);
                if (!reminders.isEmpty()) {
                    delivery.toMember(member, "今日提醒", writer.personalMarkdown(reminders));
                }
            } catch (RuntimeException e) {
                log.warn("Personal reminders failed for member {}", member.login(), e);
            }
        }
    }
}
