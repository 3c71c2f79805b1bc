package com.branchmate.bot.huddles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether this year and next have an official holiday table (the State Council notice, bundled or imported by an
 * admin). Without one, huddles follow the statutory holidays only: this says so in the log at start and every
 * morning, and on the console's dashboard, until an admin imports the year's schedule.
 */
@Component
public class CalendarCoverage {

    private static final Logger log = LoggerFactory.getLogger(CalendarCoverage.class);

    private final WorkDays workDays;
    private final Clock clock;

    CalendarCoverage(WorkDays workDays, Clock clock) {
        this.workDays = workDays;
        this.clock = clock;
    }

    /** This year and next, those without an official table. */
    public List<Integer> missingYears() {
        WorkCalendar calendar = workDays.national();
        int year = LocalDate.now(clock).getYear();
        return IntStream.of(year, year + 1).filter(calendar::usesStatutoryFallback).boxed().toList();
    }

    /** What the dashboard shows while a year is missing. */
    public Optional<String> notice() {
        List<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String years = missing.stream().map(y -> y + " 年").collect(Collectors.joining("、"));
        return Optional.of("还没有" + years + "的官方放假安排：晨会、夕会暂按法定节假日（元旦、春节、清明、劳动节、端午、"
                + "中秋、国庆及补休）跳过，调休上班日不会发送。国务院通知发布后，请管理员在「晨会夕会 → 工作日历」导入当年安排。");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${bot.calendar.check-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    void warnWhenMissing() {
        List<Integer> missing = missingYears();
        if (!missing.isEmpty()) {
            log.warn("No official holiday table for {}: huddles skip the statutory holidays only (no make-up working "
                    + "days). Import the State Council schedule in the console (huddles > calendar) or "
                    + "POST /api/calendar/import.", missing);
        }
    }
}
