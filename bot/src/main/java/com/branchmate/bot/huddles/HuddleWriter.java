package com.branchmate.bot.huddles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.LunarDates;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.extraction.vocabulary.PersonKind;
import com.branchmate.bot.tasks.Task;
import com.branchmate.bot.tasks.TaskService;

/**
 * Writes the morning and evening huddles from the team's data. Group chats never get phone numbers or customer
 * amounts, and customers' full names are shortened as the team chose.
 */
@Component
public class HuddleWriter {

    private static final LunarDates LUNAR_DATES = new LunarDates();

    private final MemberService members;
    private final NoteService notes;
    private final DayReports reports;
    private final PeopleService people;
    private final TaskService tasks;
    private final HuddleTips tips;
    private final WorkDays workDays;

    HuddleWriter(MemberService members, NoteService notes, DayReports reports, PeopleService people, TaskService tasks,
                 HuddleTips tips, WorkDays workDays) {
        this.members = members;
        this.notes = notes;
        this.reports = reports;
        this.people = people;
        this.tasks = tasks;
        this.tips = tips;
        this.workDays = workDays;
    }

    public HuddleMessage write(HuddleSettings settings, HuddleKind kind, LocalDate date) {
        return kind == HuddleKind.MORNING ? morning(settings, date) : evening(settings, date);
    }

    HuddleMessage morning(HuddleSettings settings, LocalDate date) {
        long teamId = settings.teamId();
        List<Member> team = members.teamMembers(teamId).stream().filter(Member::enabled).toList();
        LocalDate yesterday = workDays.previousWorkingDay(teamId, date);
        Map<String, String> sections = new HashMap<>();
        String title = HuddleKind.MORNING.label() + " · " + day(date);
        sections.put("title", title);
        sections.put("yesterdayDate", shortDay(yesterday));
        sections.put("yesterday", results(teamId, team, yesterday));
        sections.put("reminders", reminders(settings, team, date));
        sections.put("tip", tips.tipFor(date, teamId)
                .map(t -> "> " + t.text() + (t.source() == null ? "" : "\n> ——" + cited(t.source())))
                .orElse("> 今天也要记得：每次拜访后花一分钟记笔记，客户的小事就是下次见面的话题。"));
        sections.put("questions", HuddleTemplates.MORNING_QUESTIONS);
        String template = blank(settings.morningTemplate()) ? HuddleTemplates.MORNING : settings.morningTemplate();
        return new HuddleMessage(title, HuddleTemplates.fill(template, sections), List.of());
    }

    HuddleMessage evening(HuddleSettings settings, LocalDate date) {
        long teamId = settings.teamId();
        List<Member> team = members.teamMembers(teamId).stream().filter(Member::enabled).toList();
        Map<Long, NoteService.MemberActivity> activity = notes.activity(teamId, date);
        Map<String, String> sections = new HashMap<>();
        String title = HuddleKind.EVENING.label() + " · " + day(date);
        sections.put("title", title);
        List<String> lines = new ArrayList<>();
        List<Member> silent = new ArrayList<>();
        for (Member member : team) {
            NoteService.MemberActivity a = activity.get(member.id());
            if (a == null || a.notes() == 0) {
                silent.add(member);
                continue;
            }
            lines.add("- " + member.displayName() + "：" + a.notes() + " 条"
                    + (a.branches().isEmpty() ? "" : "（" + String.join("、", a.branches()) + "）"));
        }
        sections.put("today", lines.isEmpty() ? "- 今天还没有人记笔记" : String.join("\n", lines));
        sections.put("missing", silent.isEmpty() ? "今天每个人都记了笔记，赞！"
                : "**还没记笔记**：" + silent.stream().map(m -> "@" + m.displayName()).collect(Collectors.joining(" ")));
        sections.put("targets", targets(settings, date));
        sections.put("questions", HuddleTemplates.EVENING_QUESTIONS);
        String template = blank(settings.eveningTemplate()) ? HuddleTemplates.EVENING : settings.eveningTemplate();
        return new HuddleMessage(title, HuddleTemplates.fill(template, sections),
                silent.stream().map(Member::id).toList());
    }

    /** 目标差: the team's reported results today against its targets, when targets are set. */
    private String targets(HuddleSettings settings, LocalDate date) {
        if (!settings.hasTargets()) {
            return "";
        }
        List<DayReport> today = reports.current(settings.teamId(), date);
        int policies = today.stream().map(DayReport::policies).filter(java.util.Objects::nonNull).mapToInt(i -> i).sum();
        long premium = today.stream().map(DayReport::premium).filter(java.util.Objects::nonNull).mapToLong(l -> l).sum();
        List<String> parts = new ArrayList<>();
        if (settings.targetPolicies() != null) {
            int gap = settings.targetPolicies() - policies;
            parts.add("出单 " + policies + "/" + settings.targetPolicies() + " 件"
                    + (gap > 0 ? "，差 " + gap + " 件" : "，已达成 ✅"));
        }
        if (settings.targetPremium() != null) {
            long gap = settings.targetPremium() - premium;
            parts.add("保费 " + HuddleFormat.money(premium) + "/" + HuddleFormat.money(settings.targetPremium())
                    + (gap > 0 ? "，差 " + HuddleFormat.money(gap) : "，已达成 ✅"));
        }
        return "**目标差**（按今日汇报）\n- " + String.join("\n- ", parts);
    }

    /** A member's own reminders for their private morning message; empty when there is nothing. */
    public List<Reminder> personalReminders(HuddleSettings settings, Member member, LocalDate date) {
        return collectReminders(settings, List.of(member), date, Visibility.member(member.id()));
    }

    /** One reminder: when, what, about whom, whose it is, and which fact or task it came from. */
    public record Reminder(LocalDate date, String kind, String text, Long ownerId, Long personId) {
    }

    private String results(long teamId, List<Member> team, LocalDate day) {
        Map<Long, NoteService.MemberActivity> activity = notes.activity(teamId, day);
        Map<Long, DayReport> byMember = reports.current(teamId, day).stream()
                .collect(Collectors.toMap(DayReport::memberId, Function.identity(), (a, b) -> b));
        List<String> lines = new ArrayList<>();
        for (Member member : team) {
            NoteService.MemberActivity a = activity.get(member.id());
            DayReport r = byMember.get(member.id());
            StringBuilder line = new StringBuilder("- ").append(member.displayName()).append("：笔记 ")
                    .append(a == null ? 0 : a.notes()).append(" 条");
            int visited = a == null ? 0 : a.branches().size();
            Integer visits = r != null && r.visits() != null ? r.visits() : (visited > 0 ? visited : null);
            if (visits != null) {
                line.append("，拜访 ").append(visits).append(" 个网点");
            }
            if (r != null && r.policies() != null) {
                line.append("，出单 ").append(r.policies()).append(" 件");
            }
            if (r != null && r.premium() != null) {
                line.append("，保费 ").append(HuddleFormat.money(r.premium()));
            }
            if (r == null) {
                line.append("（未汇报）");
            }
            // What they planned for the next day is what the morning is for.
            Optional<String> plan = r == null ? Optional.empty() : DayReportParser.plan(r.rawText());
            plan.ifPresent(p -> line.append("；今日计划：").append(p));
            lines.add(line.toString());
        }
        return lines.isEmpty() ? "- 团队还没有成员" : String.join("\n", lines);
    }

    private String reminders(HuddleSettings settings, List<Member> team, LocalDate date) {
        List<Reminder> all = collectReminders(settings, team, date, Visibility.team(settings.teamId()));
        if (all.isEmpty()) {
            return "- 今天没有生日、到期和待办提醒";
        }
        Map<Long, String> names = team.stream().collect(Collectors.toMap(Member::id, Member::displayName));
        return all.stream()
                .map(r -> "- " + r.text() + (r.ownerId() != null && names.containsKey(r.ownerId())
                        ? " · " + names.get(r.ownerId()) : ""))
                .collect(Collectors.joining("\n"));
    }

    private List<Reminder> collectReminders(HuddleSettings settings, List<Member> owners, LocalDate date,
                                            Visibility scope) {
        List<Long> ownerIds = owners.stream().map(Member::id).toList();
        List<Reminder> found = new ArrayList<>();
        occasions(settings, scope, FactKey.BIRTHDAY, date, settings.birthdayDays(), "🎂", "生日", found);
        occasions(settings, scope, FactKey.ANNIVERSARY, date, settings.anniversaryDays(), "🎉", "纪念日", found);
        for (var entry : people.havingFact(scope, FactKey.MATURITY).entrySet()) {
            Person person = entry.getKey();
            for (Fact fact : entry.getValue()) {
                LocalDate due = parseDate(fact.factValue());
                if (due != null && !due.isBefore(date) && !due.isAfter(date.plusDays(settings.maturityDays()))) {
                    String product = productOf(person);
                    found.add(new Reminder(due, "maturity", "💰 " + when(due, date) + " " + name(settings, person)
                            + " " + product + "到期", person.ownerMemberId(), person.id()));
                }
            }
        }
        for (Task task : tasks.open(scope, date, 50)) {
            if (task.dueDate() == null) {
                continue;
            }
            boolean overdue = task.dueDate().isBefore(date);
            found.add(new Reminder(task.dueDate(), overdue ? "overdue" : "task",
                    (overdue ? "⚠️ 已逾期（" + shortDay(task.dueDate()) + "）" : "📌 今天：") + task.content()
                            + (task.personName() == null || task.personName().isBlank() ? "" : "（" + task.personName() + "）"),
                    task.memberId(), task.personId()));
        }
        return found.stream()
                .filter(r -> r.ownerId() == null || ownerIds.contains(r.ownerId()))
                .sorted(Comparator.comparing(Reminder::date))
                .toList();
    }

    private void occasions(HuddleSettings settings, Visibility scope, FactKey key, LocalDate date, int days,
                           String icon, String label, List<Reminder> into) {
        for (var entry : people.havingFact(scope, key).entrySet()) {
            Person person = entry.getKey();
            for (Fact fact : entry.getValue()) {
                LUNAR_DATES.within(fact.factValue(), date, days).ifPresent(next -> into.add(new Reminder(next,
                        key.key(), icon + " " + when(next, date) + " " + name(settings, person) + " "
                        + (fact.factValue().startsWith("lunar:") ? "农历" : "") + (fact.factNote() != null
                        && key == FactKey.ANNIVERSARY ? fact.factNote() : label), person.ownerMemberId(), person.id())));
            }
        }
    }

    private String productOf(Person person) {
        return people.currentFacts(List.of(person.id())).getOrDefault(person.id(), List.of()).stream()
                .filter(f -> f.factKey().equals(FactKey.PRODUCT.key()))
                .map(Fact::factValue).findFirst().orElse("产品");
    }

    /** Staff by their usual name; customers shortened as the team chose. */
    static String name(HuddleSettings settings, Person person) {
        if (person.kind() != PersonKind.CUSTOMER) {
            String branch = person.branchName() == null || person.branchName().isBlank() ? "" : person.branchName() + " ";
            return branch + person.displayName();
        }
        String surname = person.name().substring(0, 1);
        return switch (settings.customerNames()) {
            case FULL -> person.displayName();
            case SURNAME_MASK -> surname + "*".repeat(Math.max(1, person.name().length() - 1));
            case HONORIFIC -> person.title() != null && !person.title().isBlank()
                    ? surname + person.title() : surname + "姓客户";
        };
    }

    /** A knowledge source already reads 《title》 section; a bare title gets its marks once. */
    static String cited(String source) {
        String s = source.strip();
        return s.startsWith("《") ? s : "《" + s + "》";
    }

    private static String when(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "今天";
        }
        if (date.equals(today.plusDays(1))) {
            return "明天（" + shortDay(date) + "）";
        }
        return shortDay(date) + "（" + weekday(date) + "）";
    }

    private static String day(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + weekday(date);
    }

    static String shortDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String weekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow.getDisplayName(TextStyle.SHORT, Locale.CHINA).replace("周", "周");
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A member's private morning message for these reminders, with actions from the playbook. */
    String personalMarkdown(List<Reminder> reminders) {
        return PersonalReminders.markdown(reminders, tips);
    }
}
