package com.branchmate.bot.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.branches.BranchService;
import com.branchmate.bot.branches.BranchSummary;
import com.branchmate.bot.huddles.CalendarCoverage;
import com.branchmate.bot.members.MemberNames;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.LunarDates;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.tasks.Task;
import com.branchmate.bot.tasks.TaskService;

/** The console's first page: activity, neglected branches, what is coming up, what is open; all within scope. */
@RestController
class DashboardController {

    private static final LunarDates LUNAR_DATES = new LunarDates();

    static final int STALE_DAYS = 14;
    static final int UPCOMING_DAYS = 14;

    private final NoteService notes;
    private final BranchService branches;
    private final PeopleService people;
    private final TaskService tasks;
    private final CalendarCoverage calendar;
    private final MemberService members;
    private final Clock clock;

    DashboardController(NoteService notes, BranchService branches, PeopleService people, TaskService tasks,
            CalendarCoverage calendar, MemberService members, Clock clock) {
        this.notes = notes;
        this.branches = branches;
        this.people = people;
        this.tasks = tasks;
        this.calendar = calendar;
        this.members = members;
        this.clock = clock;
    }

    /** {@code owner} is the login of the member who looks after the branch, {@code ownerName} their display name. */
    record StaleBranch(long id, String name, String owner,
                       @Schema(description = "负责成员的姓名（owner 是登录名）") String ownerName, LocalDate lastVisit,
                       Long daysSince) {
    }

    record Upcoming(LocalDate date, String kind, String text, String owner,
                    @Schema(description = "负责成员的姓名（owner 是登录名）") String ownerName, long personId) {
    }

    /** {@code calendarNotice}: set while this year or next has no official holiday table (huddles follow the
     * statutory holidays only), null otherwise. */
    record Dashboard(List<NoteService.WeeklyCount> notesPerWeek, List<StaleBranch> staleBranches,
                     List<Upcoming> upcoming, List<Task> openTasks, String calendarNotice) {
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        List<StaleBranch> stale = new ArrayList<>();
        for (BranchSummary b : branches.summaries(caller)) {
            Long days = b.lastVisit() == null ? null : ChronoUnit.DAYS.between(b.lastVisit(), today);
            if (days == null || days >= STALE_DAYS) {
                stale.add(new StaleBranch(b.id(), b.displayName(), b.owner(), b.ownerName(), b.lastVisit(), days));
            }
        }
        stale.sort(Comparator.comparing((StaleBranch s) -> s.daysSince() == null ? Long.MAX_VALUE : s.daysSince())
                .reversed());
        List<Upcoming> upcoming = new ArrayList<>();
        MemberNames names = members.names();
        for (var entry : people.havingFact(caller, FactKey.BIRTHDAY).entrySet()) {
            for (Fact fact : entry.getValue()) {
                LUNAR_DATES.within(fact.factValue(), today, UPCOMING_DAYS).ifPresent(date ->
                        upcoming.add(upcoming(date, "birthday", entry.getKey(), "生日", names)));
            }
        }
        for (var entry : people.havingFact(caller, FactKey.MATURITY).entrySet()) {
            for (Fact fact : entry.getValue()) {
                try {
                    LocalDate date = LocalDate.parse(fact.factValue());
                    if (!date.isBefore(today) && !date.isAfter(today.plusDays(UPCOMING_DAYS))) {
                        upcoming.add(upcoming(date, "maturity", entry.getKey(), "产品到期", names));
                    }
                } catch (RuntimeException e) {
                    // a malformed stored date is left out of the dashboard
                }
            }
        }
        upcoming.sort(Comparator.comparing(Upcoming::date));
        return new Dashboard(notes.weeklyCounts(caller, 8), stale, upcoming,
                tasks.visible(caller, true, 50).stream().map(Task::masked).toList(), calendar.notice().orElse(null));
    }

    private static Upcoming upcoming(LocalDate date, String kind, Person person, String what, MemberNames names) {
        String branch = person.branchName() == null || person.branchName().isBlank() ? "" : person.branchName() + " ";
        return new Upcoming(date, kind, branch + person.displayName() + " " + what, person.ownerLogin(),
                names.of(person.ownerMemberId(), person.ownerLogin()), person.id());
    }
}
