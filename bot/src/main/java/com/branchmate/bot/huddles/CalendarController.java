package com.branchmate.bot.huddles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import jakarta.validation.Valid;
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

import com.branchmate.bot.members.Caller;
import com.branchmate.bot.members.Team;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.web.NotFoundException;

/**
 * The holiday calendar: an admin adds next year's official dates; a manager skips or adds days for their team.
 * Without {@code team} the call is about the official calendar.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final CalendarDayMapper days;
    private final WorkDays workDays;
    private final HuddleService huddles;
    private final AuditLog audit;
    private final Clock clock;

    CalendarController(CalendarDayMapper days, WorkDays workDays, HuddleService huddles, AuditLog audit, Clock clock) {
        this.days = days;
        this.workDays = workDays;
        this.huddles = huddles;
        this.audit = audit;
        this.clock = clock;
    }

    record CalendarView(SortedSet<Integer> coveredYears, boolean nextYearMissing, List<CalendarDay> days) {
    }

    record DayRequest(@NotNull(message = "不能为空") LocalDate date, @NotNull(message = "应为 HOLIDAY 或 WORKDAY") DayType type,
                      @Size(max = 64) String name, String team) {
    }

    @GetMapping
    CalendarView list(Caller caller, @RequestParam(required = false) String team) {
        Long teamId = team == null || team.isBlank() ? null : huddles.teamFor(caller, team, false).id();
        WorkCalendar calendar = teamId == null ? workDays.national() : workDays.calendar(teamId);
        int nextYear = LocalDate.now(clock).getYear() + 1;
        return new CalendarView(calendar.coveredYears(), !calendar.covers(nextYear), days.find(teamId));
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
                request.date() + " " + request.type() + (teamId == null ? "" : " team=" + request.team()));
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
                : caller.isAdmin() || day.teamId().equals(caller.teamId()) && caller.role() != com.branchmate.bot.members.Role.MEMBER;
        if (!allowed) {
            throw new AccessDeniedException("not allowed");
        }
        days.delete(id);
        audit.record(caller, "CALENDAR_DELETE", "calendar_day", String.valueOf(id), "api", null);
    }
}
