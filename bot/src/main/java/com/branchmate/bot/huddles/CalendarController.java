package com.branchmate.bot.huddles;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.Team;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.NotFoundException;

/**
 * The holiday calendar: an admin adds next year's official dates (one by one, or a whole year's schedule by
 * import); a manager skips or adds days for their team. Without {@code team} the call is about the official
 * calendar. {@code missingYears}: this year and next when they have no official table and follow the statutory
 * holidays only.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private static final int MAX_IMPORT_CHARACTERS = 20_000;

    private final CalendarDayMapper days;
    private final WorkDays workDays;
    private final CalendarCoverage coverage;
    private final HuddleService huddles;
    private final AuditLog audit;
    private final Clock clock;

    CalendarController(CalendarDayMapper days, WorkDays workDays, CalendarCoverage coverage, HuddleService huddles,
            AuditLog audit, Clock clock) {
        this.days = days;
        this.workDays = workDays;
        this.coverage = coverage;
        this.huddles = huddles;
        this.audit = audit;
        this.clock = clock;
    }

    record CalendarView(SortedSet<Integer> coveredYears, boolean nextYearMissing, List<Integer> missingYears,
                        List<CalendarDay> days) {
    }

    record ImportRequest(@NotBlank(message = "请粘贴放假安排") @Size(max = MAX_IMPORT_CHARACTERS, message = "内容过长")
                         String text) {
    }

    record ImportResult(int imported, int replaced, SortedSet<Integer> coveredYears, List<Integer> missingYears,
                        String warning) {
    }

    record DayRequest(@NotNull(message = "不能为空") LocalDate date, @NotNull(message = "应为 HOLIDAY 或 WORKDAY") DayType type,
                      @Size(max = 64) String name, String team) {
    }

    @GetMapping
    CalendarView list(Caller caller, @RequestParam(required = false) String team) {
        Long teamId = team == null || team.isBlank() ? null : huddles.teamFor(caller, team, false).id();
        WorkCalendar calendar = teamId == null ? workDays.national() : workDays.calendar(teamId);
        int nextYear = LocalDate.now(clock).getYear() + 1;
        return new CalendarView(calendar.coveredYears(), !calendar.covers(nextYear), coverage.missingYears(),
                days.find(teamId));
    }

    /**
     * A year's official schedule in the {@code date,type,name} lines of {@code cn-holidays.csv}: all lines or none
     * are saved; a line for a date that already has an official entry replaces it.
     */
    @PostMapping("/import")
    @Transactional
    ImportResult importSchedule(Caller caller, @Valid @RequestBody ImportRequest request) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("only an admin edits the official calendar");
        }
        List<CalendarEntry> entries;
        try {
            entries = CalendarFile.parse("导入内容", new StringReader(request.text()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("text", "放假安排有误，没有导入任何一天。每行：日期,HOLIDAY 或 WORKDAY,名称，例如 "
                    + "2027-02-06,HOLIDAY,春节。" + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new BadRequestException("text", "没有可导入的日期。每行：日期,HOLIDAY 或 WORKDAY,名称");
        }
        Set<LocalDate> dates = entries.stream().map(CalendarEntry::date).collect(Collectors.toSet());
        int replaced = 0;
        for (CalendarDay existing : days.find(null)) {
            if (dates.contains(existing.calendarDate())) {
                days.delete(existing.id());
                replaced++;
            }
        }
        for (CalendarEntry entry : entries) {
            days.insert(new CalendarDay(null, null, entry.date(), entry.type(), entry.name(), clock.instant()),
                    new GeneratedId());
        }
        SortedSet<Integer> years = entries.stream().map(e -> e.date().getYear())
                .collect(Collectors.toCollection(TreeSet::new));
        audit.record(caller, "CALENDAR_IMPORT", "calendar_day", null, "api",
                "导入 " + years.stream().map(String::valueOf).collect(Collectors.joining("、")) + " 年 " + entries.size()
                        + " 天，替换 " + replaced + " 天");
        WorkCalendar calendar = workDays.national();
        List<Integer> notCovered = years.stream().filter(calendar::usesStatutoryFallback).toList();
        String warning = notCovered.isEmpty() ? null : notCovered.stream().map(y -> y + " 年").collect(
                Collectors.joining("、")) + "的安排里没有 1 月 1 日元旦，仍不算完整的官方安排：未列出的日子按法定节假日处理。";
        return new ImportResult(entries.size(), replaced, calendar.coveredYears(), coverage.missingYears(), warning);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    CalendarDay add(Caller caller, @Valid @RequestBody DayRequest request) {
        Long teamId = null;
        if (request.team() == null || request.team().isBlank()) {
            if (!caller.isAdmin()) {
                throw new AccessDeniedException("only an admin edits the official calendar");
            }
        } else {
            Team team = huddles.teamFor(caller, request.team(), true);
            teamId = team.id();
        }
        String name = request.name() == null || request.name().isBlank()
                ? (request.type() == DayType.HOLIDAY ? "休息" : "上班") : request.name().strip();
        GeneratedId id = new GeneratedId();
        days.insert(new CalendarDay(null, teamId, request.date(), request.type(), name, clock.instant()), id);
        audit.record(caller, "CALENDAR_ADD", "calendar_day", String.valueOf(id.get()), "api",
                request.date() + (request.type() == DayType.HOLIDAY ? " 休息" : " 上班")
                        + (teamId == null ? "（全国）" : "（团队 " + request.team() + "）"));
        return days.findById(id.get());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable long id) {
        CalendarDay day = days.findById(id);
        if (day == null) {
            throw new NotFoundException("没有这一天的设置");
        }
        boolean allowed = day.teamId() == null ? caller.isAdmin()
                : caller.isAdmin() || day.teamId().equals(caller.teamId()) && caller.role() != com.branchmate.bot.access.Role.MEMBER;
        if (!allowed) {
            throw new AccessDeniedException("not allowed");
        }
        days.delete(id);
        audit.record(caller, "CALENDAR_DELETE", "calendar_day", String.valueOf(id), "api", null);
    }
}
