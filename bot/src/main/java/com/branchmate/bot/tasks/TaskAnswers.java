package com.branchmate.bot.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Visibility;

/** 我明天要干啥 / 这周有哪些待办: the member's own open tasks due in a window (overdue ones included). */
@Service
public class TaskAnswers {

    private static final int LIMIT = 30;
    private final TaskMapper tasks;

    TaskAnswers(TaskMapper tasks) {
        this.tasks = tasks;
    }

    public String mine(Member member, LocalDate to, String label) {
        List<Task> open = tasks.findOpen(Visibility.member(member.id()), to, LIMIT);
        if (open.isEmpty()) {
            return label + "没有待办。";
        }
        return label + "的待办（含之前未完成的）：\n" + open.stream().map(TaskAnswers::line)
                .collect(Collectors.joining("\n"));
    }

    static String line(Task task) {
        return "· " + (task.dueDate() == null ? "" : task.dueDate().getMonthValue() + "月" + task.dueDate().getDayOfMonth()
                + "日 ") + (task.personName() == null ? "" : task.personName() + "：") + task.content();
    }
}
