package com.branchmate.bot.tasks;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;
import com.branchmate.bot.members.Visibility;

/**
 * 给柏主任的象棋送到了: marks the member's open task that fits the message done, by the person it names and the
 * words it shares with the task. When two fit as well, it asks which one and changes nothing.
 */
@Component
class TaskDoneHandler implements IntentHandler {

    private static final int SCAN = 200;
    /** A person's name counts like this many shared character pairs: it says more than a shared word. */
    private static final int NAME_WEIGHT = 3;

    private final TaskMapper tasks;
    private final Clock clock;

    TaskDoneHandler(TaskMapper tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public Intent intent() {
        return Intent.TASK_DONE;
    }

    record Scored(Task task, int score) {
    }

    @Override
    @Transactional
    public Answer handle(Turn turn) {
        List<Task> open = tasks.findOpen(Visibility.member(turn.member().id()), null, SCAN);
        Set<String> said = pairs(turn.text());
        List<Scored> fits = open.stream().map(task -> new Scored(task, score(task, turn.text(), said)))
                .filter(s -> s.score() >= 2)
                .sorted(Comparator.comparingInt(Scored::score).reversed()).toList();
        if (fits.isEmpty()) {
            return Answer.of("没有找到和这条消息对得上的未完成待办，没有改动。发「这周有哪些待办」可以查看待办。", "task.not-found");
        }
        int best = fits.get(0).score();
        List<Scored> tied = fits.stream().filter(s -> s.score() == best).toList();
        if (tied.size() > 1) {
            return Answer.of("有几条待办都对得上，没有改动，请说得具体一点（带上人名或事情）：\n" + tied.stream()
                    .map(s -> TaskAnswers.line(s.task())).collect(Collectors.joining("\n")), "task.ask");
        }
        Task task = fits.get(0).task();
        tasks.markDone(task.id(), true, clock.instant());
        return Answer.of("已标记完成：" + TaskAnswers.line(task).substring(2), "task.done:" + task.id());
    }

    private static int score(Task task, String text, Set<String> said) {
        Set<String> shared = pairs(task.content());
        shared.retainAll(said);
        String name = task.personName();
        boolean named = name != null && !name.isBlank() && text.contains(name);
        return shared.size() + (named ? NAME_WEIGHT : 0);
    }

    /** Adjacent character pairs of the Chinese and alphanumeric text. */
    private static Set<String> pairs(String text) {
        String t = text == null ? "" : text.replaceAll("[^\\p{IsHan}\\p{Alnum}]", "");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            pairs.add(t.substring(i, i + 2));
        }
        return pairs;
    }
}
