package com.branchmate.bot.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.branches.Branch;
import com.branchmate.bot.branches.BranchService;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.PersonKind;
import com.branchmate.bot.platform.audit.AuditLog;

/**
 * Answers questions about people from the database, within what the caller may see:
 * 王行长生日哪天, 城南支行都有谁, 张先生什么情况. Reads of a person's details are audited.
 */
@Component
public class PeopleAnswers {

    private static final LunarDates LUNAR_DATES = new LunarDates();

    private static final Pattern BRANCH_ROSTER =
            Pattern.compile("^(.{1,20}?(?:支行|分行|营业部|网点))(?:都|一共|现在)?(?:有谁|有哪些人|有什么人|的人|人员|名单)[？?。]?$");
    private static final Pattern ONE_FACT = Pattern.compile(
            "^(.{1,12}?)的?(生日|手机号码|手机号|手机|电话|微信|爱好|家庭|家里|年龄|资产|产品|到期日?|职务|性格|职业|关注)"
                    + "(?:是)?(?:哪天|哪一天|几号|多少|什么|是什么|是多少|是哪天)?[？?]?$");
    private static final Pattern OVERVIEW =
            Pattern.compile("^(.{1,12}?)(?:现在)?(?:什么情况|啥情况|怎么样|的情况|的信息|的资料|是谁|的档案)[？?]?$");

    private static final Pattern WHO_BIRTHDAY = Pattern.compile("(谁|哪些人|有人|哪几位).{0,6}生日|生日.{0,4}(有谁|有哪些)");
    private static final Pattern WHICH_MATURE = Pattern.compile("(哪些|谁|有哪些|哪几位|哪个).{0,12}到期|到期.{0,4}(有哪些|的有谁)");
    private static final Pattern RANGE = Pattern.compile("今天|明天|这周|本周|这个星期|下周|下个星期|这个月|本月|下个月|下月|最近|近期|这几天");

    private static final Map<String, FactKey> FACT_WORDS = Map.ofEntries(
            Map.entry("生日", FactKey.BIRTHDAY), Map.entry("手机号码", FactKey.PHONE), Map.entry("手机号", FactKey.PHONE),
            Map.entry("手机", FactKey.PHONE), Map.entry("电话", FactKey.PHONE), Map.entry("微信", FactKey.WECHAT),
            Map.entry("爱好", FactKey.HOBBY), Map.entry("家庭", FactKey.FAMILY), Map.entry("家里", FactKey.FAMILY),
            Map.entry("年龄", FactKey.AGE), Map.entry("资产", FactKey.ASSET), Map.entry("产品", FactKey.PRODUCT),
            Map.entry("到期", FactKey.MATURITY), Map.entry("到期日", FactKey.MATURITY), Map.entry("职务", FactKey.ROLE),
            Map.entry("性格", FactKey.PERSONALITY), Map.entry("职业", FactKey.OCCUPATION),
            Map.entry("关注", FactKey.INTEREST));

    private final PeopleService people;
    private final BranchService branches;
    private final AuditLog audit;

    private final java.time.Clock clock;

    PeopleAnswers(PeopleService people, BranchService branches, AuditLog audit, java.time.Clock clock) {
        this.people = people;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The answer when the text is a question about people, else empty.
     *
     * @param inGroup group chats never show phone numbers or WeChat ids in full
     */
    /** Whether the text has the form of a question this class answers; a signal for deciding intents, no reads. */
    public static boolean recognises(String text) {
        String question = text == null ? "" : text.strip();
        Matcher fact = ONE_FACT.matcher(question);
        return question.length() <= 40 && (WHO_BIRTHDAY.matcher(question).find()
                || WHICH_MATURE.matcher(question).find())
                || BRANCH_ROSTER.matcher(question).matches()
                || fact.matches() && isQuestion(question, fact)
                || OVERVIEW.matcher(question).matches();
    }

    public Optional<String> answer(Caller caller, String text, boolean inGroup, String channel) {
        String question = text.strip();
        if (question.length() <= 40 && WHO_BIRTHDAY.matcher(question).find()) {
            return Optional.of(upcomingBirthdays(caller, question, inGroup));
        }
        if (question.length() <= 40 && WHICH_MATURE.matcher(question).find()) {
            return Optional.of(upcomingMaturities(caller, question, channel));
        }
        Matcher roster = BRANCH_ROSTER.matcher(question);
        if (roster.matches()) {
            return Optional.of(roster(caller, roster.group(1)));
        }
        Matcher fact = ONE_FACT.matcher(question);
        if (fact.matches() && isQuestion(question, fact)) {
            return Optional.of(oneFact(caller, fact.group(1), FACT_WORDS.get(fact.group(2)), inGroup, channel));
        }
        Matcher overview = OVERVIEW.matcher(question);
        if (overview.matches()) {
            return Optional.of(overview(caller, overview.group(1), inGroup, channel));
        }
        return Optional.empty();
    }

    /** The days a question means: 这周 (today to Sunday), 下周, 这个月, 下个月; else the next {@code days} days. */
    public record Window(java.time.LocalDate from, java.time.LocalDate to, String label) {
    }

    private Window window(String question, int defaultDays) {
        return window(question, java.time.LocalDate.now(clock), defaultDays);
    }

    /** The days a question means, counted from {@code today} (the day it was asked). */
    public static Window window(String question, java.time.LocalDate today, int defaultDays) {
        Matcher range = RANGE.matcher(question);
        String word = range.find() ? range.group() : "";
        java.time.LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
        return switch (word) {
            case "今天" -> new Window(today, today, "今天");
            case "明天" -> new Window(today.plusDays(1), today.plusDays(1), "明天");
            case "这周", "本周", "这个星期" -> new Window(today, monday.plusDays(6), "这周");
            case "下周", "下个星期" -> new Window(monday.plusWeeks(1), monday.plusWeeks(1).plusDays(6), "下周");
            case "这个月", "本月" -> new Window(today, today.withDayOfMonth(today.lengthOfMonth()), "这个月");
            case "下个月", "下月" -> {
                java.time.LocalDate first = today.withDayOfMonth(1).plusMonths(1);
                yield new Window(first, first.withDayOfMonth(first.lengthOfMonth()), "下个月");
            }
            default -> new Window(today, today.plusDays(defaultDays), "最近" + defaultDays + "天");
        };
    }

    private String upcomingBirthdays(Caller caller, String question, boolean inGroup) {
        Window window = window(question, 7);
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(window.from(), window.to());
        record BirthdayHit(java.time.LocalDate date, String text) {
        }
        List<BirthdayHit> hits = new java.util.ArrayList<>();
        for (var entry : people.havingFact(caller, FactKey.BIRTHDAY).entrySet()) {
            for (Fact fact : entry.getValue()) {
                LUNAR_DATES.within(fact.factValue(), window.from(), days).ifPresent(date -> hits.add(new BirthdayHit(date,
                        date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + shortName(entry.getKey(), inGroup)
                                + (fact.factValue().startsWith("lunar:") ? "（农历）" : ""))));
            }
        }
        if (hits.isEmpty()) {
            return window.label() + "没有记录到谁过生日。";
        }
        hits.sort(java.util.Comparator.comparing(BirthdayHit::date));
        return window.label() + "过生日的有：\n" + hits.stream().map(h -> "· " + h.text())
                .collect(Collectors.joining("\n"));
    }

    private String upcomingMaturities(Caller caller, String question, String channel) {
        Window window = window(question, 30);
        String product = question.contains("理财") ? "理财" : question.contains("定期") ? "定期"
                : question.contains("基金") ? "基金" : null;
        record MaturityHit(java.time.LocalDate date, String text) {
        }
        List<MaturityHit> hits = new java.util.ArrayList<>();
        Map<Person, List<Fact>> maturing = people.havingFact(caller, FactKey.MATURITY);
        Map<Long, List<Fact>> all = people.currentFacts(maturing.keySet().stream().map(Person::id).toList());
        for (var entry : maturing.entrySet()) {
            List<String> products = all.getOrDefault(entry.getKey().id(), List.of()).stream()
                    .filter(f -> f.factKey().equals(FactKey.PRODUCT.key())).map(Fact::factValue).toList();
            if (product != null && products.stream().noneMatch(p -> p.contains(product))) {
                continue;
            }
            for (Fact fact : entry.getValue()) {
                java.time.LocalDate date;
                try {
                    date = java.time.LocalDate.parse(fact.factValue());
                } catch (RuntimeException e) {
                    continue;
                }
                if (!date.isBefore(window.from()) && !date.isAfter(window.to())) {
                    hits.add(new MaturityHit(date, date.getMonthValue() + "月" + date.getDayOfMonth() + "日 "
                            + entry.getKey().displayName() + (products.isEmpty() ? "" : " " + String.join("、", products))));
                }
            }
        }
        audit.record(caller, "PEOPLE_LIST", "person", null, channel, "聊天查询" + window.label() + "到期");
        if (hits.isEmpty()) {
            return window.label() + "没有记录到" + (product == null ? "产品" : product) + "到期的客户。";
        }
        hits.sort(java.util.Comparator.comparing(MaturityHit::date));
        return window.label() + (product == null ? "" : product) + "到期的客户：\n"
                + hits.stream().map(h -> "· " + h.text()).collect(Collectors.joining("\n"));
    }

    /** In a group a customer's full name is shortened to surname + title. */
    private static String shortName(Person person, boolean inGroup) {
        if (!inGroup || person.kind() != PersonKind.CUSTOMER || person.name().length() == 1) {
            return person.displayName();
        }
        return person.name().substring(0, 1) + (person.title() == null ? "姓客户" : person.title());
    }

    /** 王行长生日 alone reads as a question; 王行长生日是周三 is a statement for a note. */
    private static boolean isQuestion(String question, Matcher fact) {
        String rest = question.substring(fact.end(2));
        return rest.isEmpty() || rest.matches("(?:是)?(?:哪天|哪一天|几号|多少|什么|是什么|是多少|是哪天)?[？?]?");
    }

    private String roster(Caller caller, String branchText) {
        String name = branchText.replaceAll("^(?:建行|工行|农行|中行|交行|招行|邮储|建设银行|工商银行|农业银行|中国银行|交通银行|招商银行|邮储银行)", "");
        List<Branch> visible = branches.visible(caller).stream()
                .filter(b -> b.name().contains(name) || b.displayName().contains(branchText))
                .toList();
        if (visible.isEmpty()) {
            return "没有找到「" + branchText + "」，或你没有查看它的权限。";
        }
        StringBuilder reply = new StringBuilder();
        for (Branch branch : visible) {
            List<Person> staff = people.search(caller, null, branch.id(), 100);
            reply.append(branch.displayName()).append("：");
            if (staff.isEmpty()) {
                reply.append("还没有记录人员。\n");
                continue;
            }
            reply.append('\n').append(staff.stream()
                    .map(p -> "· " + p.displayName() + (p.kind() == PersonKind.CUSTOMER ? "（客户）" : roleOf(p)))
                    .collect(Collectors.joining("\n"))).append('\n');
        }
        return reply.toString().strip();
    }

    private String roleOf(Person person) {
        return person.title() != null && !person.displayName().endsWith(person.title()) ? "（" + person.title() + "）" : "";
    }

    private String oneFact(Caller caller, String mention, FactKey key, boolean inGroup, String channel) {
        List<Person> found = people.search(caller, mention, null, 5);
        if (found.isEmpty()) {
            return notFound(mention);
        }
        if (found.size() > 1) {
            return several(mention, found);
        }
        Person person = found.get(0);
        audit.record(caller, "PERSON_READ", "person", String.valueOf(person.id()), channel, "聊天查询" + key.label());
        List<Fact> facts = people.currentFacts(List.of(person.id())).getOrDefault(person.id(), List.of()).stream()
                .filter(f -> f.factKey().equals(key.key())).toList();
        if (facts.isEmpty()) {
            return "还没有记录" + person.displayName() + "的" + key.label() + "。";
        }
        return person.displayName() + "的" + key.label() + "：" + facts.stream()
                .map(f -> FactValues.display(f.factKey(), f.factValue(), inGroup) + note(f))
                .collect(Collectors.joining("；"));
    }

    private String overview(Caller caller, String mention, boolean inGroup, String channel) {
        List<Person> found = people.search(caller, mention, null, 5);
        if (found.isEmpty()) {
            return notFound(mention);
        }
        if (found.size() > 1) {
            return several(mention, found);
        }
        Person person = found.get(0);
        audit.record(caller, "PERSON_READ", "person", String.valueOf(person.id()), channel, "聊天查看概况");
        List<Fact> facts = people.currentFacts(List.of(person.id())).getOrDefault(person.id(), List.of());
        StringBuilder reply = new StringBuilder(person.displayName());
        if (person.branchName() != null && !person.branchName().isBlank()) {
            reply.append("（").append(person.branchName()).append("）");
        }
        if (facts.isEmpty()) {
            return reply.append("：还没有记录信息。").toString();
        }
        reply.append("：\n");
        for (Fact fact : facts) {
            String label = FactKey.of(fact.factKey()).map(FactKey::label).orElse(fact.factKey());
            reply.append("· ").append(label).append(" ").append(FactValues.display(fact.factKey(), fact.factValue(), inGroup))
                    .append(note(fact)).append('\n');
        }
        return reply.toString().strip();
    }

    private static String note(Fact fact) {
        return fact.factNote() == null ? "" : "（" + fact.factNote() + "）";
    }

    private static String notFound(String mention) {
        return "没有找到「" + mention + "」，或你没有查看此人的权限。";
    }

    private static String several(String mention, List<Person> found) {
        return "「" + mention + "」有好几位：" + found.stream()
                .map(p -> p.displayName() + (p.branchName() == null || p.branchName().isBlank() ? "" : "（" + p.branchName() + "）"))
                .collect(Collectors.joining("、")) + "。请说得具体一些，比如带上网点或全名。";
    }
}
