package com.branchmate.bot.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.branchmate.bot.branches.Branch;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.FactValues;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.tasks.Task;

/** What the bot says about notes, in one place. */
public final class NoteReplies {

    static final int MAX_NOTE_CHARS = 5_000;

    static final String EMPTY = "没有收到内容。请把拜访情况用文字发给我，例如：今天去了建行城南支行，王行长下周三过生日。";
    static final String TOO_LONG = "这条笔记超过了 " + MAX_NOTE_CHARS + " 字，请分成几条发送。";
    static final String NOTHING_READABLE = "没看懂这条消息：里面没有文字内容。请用文字描述拜访情况。";
    static final String LOOKS_LIKE_CODE = "这条消息看起来像代码或数据库语句，不像拜访笔记，没有保存。请用中文描述拜访情况。";

    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]");

    /** Dates written in the note that do not exist (2月30日), which extraction therefore left out. */
    static List<String> impossibleDates(String text) {
        List<String> found = new java.util.ArrayList<>();
        var matcher = MONTH_DAY.matcher(text);
        while (matcher.find()) {
            int month = Integer.parseInt(matcher.group(1));
            int day = Integer.parseInt(matcher.group(2));
            // Month.maxLength allows 2月29日, which exists in leap years.
            boolean valid = month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength();
            if (!valid) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    static String impossibleDatesWarning(List<String> dates) {
        return "注意：笔记里的日期「" + String.join("、", dates) + "」不存在，这个日期没有记录，请核对后用「纠正」告诉我。";
    }

    static final String CORRECTION_NOT_UNDERSTOOD = "看出这是一条更正，但没找到要改的人和内容，没有改动任何记录。"
            + "请写明是谁的哪一项，例如「王行长生日是周四不是周三」「刘芳手机号错了，是139……」。";

    static String lastNoteBranchNotFound(String wrong, String actual) {
        return actual == null ? "上一条笔记没有记到「" + wrong + "」，没有改动。"
                : "上一条笔记的网点是「" + actual + "」，不是「" + wrong + "」，没有改动。";
    }

    static String correctionPersonNotFound(List<String> names) {
        return "没有找到要更正的「" + String.join("、", names) + "」，或有好几位同名的人，没有改动任何记录。请带上网点或全名再发一次。";
    }

    static final String UNDO_HINT = "发「撤销」可撤回这条笔记。";

    private NoteReplies() {
    }

    static String alreadySaved(long noteId) {
        return "这条笔记已经记过了（#" + noteId + "）。";
    }

    static String savedTextOnly(long noteId) {
        return "已保存笔记原文（#" + noteId + "），但这次没能整理出要点，稍后可在管理后台重新整理。";
    }

    static String summary(long noteId, Optional<Branch> branch, List<PeopleService.RecordedPerson> people,
                          List<Task> tasks) {
        StringBuilder text = new StringBuilder("已记下拜访笔记 #").append(noteId);
        branch.ifPresent(b -> text.append("（").append(b.displayName()).append("）"));
        boolean anything = people.stream().anyMatch(p -> !p.added().isEmpty() || p.created()) || !tasks.isEmpty();
        if (!anything) {
            return text.append("。没有发现新的人员信息或待办。\n").append(UNDO_HINT).toString();
        }
        text.append("：\n");
        for (PeopleService.RecordedPerson recorded : people) {
            if (recorded.added().isEmpty() && !recorded.created()) {
                continue;
            }
            text.append("· ").append(recorded.person().displayName());
            if (recorded.created()) {
                text.append("（新）");
            }
            if (!recorded.added().isEmpty()) {
                text.append("：").append(recorded.added().stream()
                        .map(f -> describe(f, recorded.replaced()))
                        .collect(Collectors.joining("｜")));
            }
            text.append('\n');
        }
        if (!tasks.isEmpty()) {
            text.append("待办：\n");
            for (Task task : tasks) {
                text.append("· ").append(task.dueDate() == null ? "日期未定" : date(task.dueDate()));
                Person owner = people.stream().map(PeopleService.RecordedPerson::person)
                        .filter(p -> p.id().equals(task.personId())).findFirst().orElse(null);
                if (owner != null) {
                    text.append(' ').append(owner.displayName());
                }
                text.append("：").append(task.content()).append('\n');
            }
        }
        return text.append(UNDO_HINT).toString();
    }

    public static String undone(VisitNote note) {
        String preview = note.rawText().length() > 30 ? note.rawText().substring(0, 30) + "…" : note.rawText();
        return "已撤销笔记 #" + note.id() + "「" + preview + "」，它记录的信息和待办都已撤回。";
    }

    public static final String NOTHING_TO_UNDO = "没有可以撤销的笔记。";

    private static String describe(Fact fact, List<Fact> replaced) {
        String label = FactKey.of(fact.factKey()).map(FactKey::label).orElse(fact.factKey());
        String value = FactValues.display(fact.factKey(), fact.factValue(), true);
        if (fact.factNote() != null) {
            value = value + "（" + fact.factNote() + "）";
        }
        String old = replaced.stream().filter(r -> r.factKey().equals(fact.factKey()))
                .map(r -> FactValues.display(r.factKey(), r.factValue(), true)).findFirst().orElse(null);
        return label + " " + value + (old == null ? "" : "（原为 " + old + "）");
    }

    static String date(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
