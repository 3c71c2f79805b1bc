package com.branchmate.bot.tasks;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;
import com.branchmate.bot.platform.kv.KeyValueStore;

/**
 * 给柏主任的象棋送到了: marks the member's open task that fits the message done, by the person it names and the
 * words it shares with the task. When two fit as well, it asks which one (numbered) and marks the one answered.
 */
@Component
class TaskDoneHandler implements IntentHandler {

    private static final int SCAN = 200;
    /** A person's name counts like this many shared character pairs: it says more than a shared word. */
    private static final int NAME_WEIGHT = 3;

    private static final Duration CHOICE_TTL = Duration.ofMinutes(10);

    private final TaskMapper tasks;
    private final KeyValueStore state;
    private final Clock clock;

    TaskDoneHandler(TaskMapper tasks, KeyValueStore state, Clock clock) {
        this.tasks = tasks;
        this.state = state;
        this.clock = clock;
    }

    @Override
    public boolean awaitsChoice(Member member) {
        return state.get(choiceKey(member)).isPresent();
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
        Optional<String> asked = state.get(choiceKey(turn.member()));
        asked.ifPresent(ids -> state.delete(choiceKey(turn.member())));
        if (turn.choice() != null && asked.isPresent()) {
            return choose(turn, Arrays.stream(asked.get().split(",")).map(Long::valueOf).toList());
        }
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
            state.set(choiceKey(turn.member()), tied.stream().map(s -> String.valueOf(s.task().id()))
                    .collect(Collectors.joining(",")), CHOICE_TTL);
            StringBuilder ask = new StringBuilder("有几条待办都对得上，是哪一条做完了？\n");
            for (int i = 0; i < tied.size(); i++) {
                ask.append(i + 1).append(". ").append(TaskAnswers.line(tied.get(i).task()).substring(2)).append('\n');
            }
            return Answer.of(ask.append("请回复序号。").toString(), "task.ask");
        }
        return done(fits.get(0).task());
    }

    private Answer choose(Turn turn, List<Long> ids) {
        int index = turn.choice() - 1;
        if (index < 0 || index >= ids.size()) {
            return Answer.of("没有这个序号，没有改动。请重新说一下哪条待办做完了。", "task.not-found");
        }
        Task task = tasks.findById(ids.get(index));
        // Only the member's own open task: the ids were theirs when asked, and may have changed since.
        if (task == null || task.done() || !task.memberId().equals(turn.member().id())) {
            return Answer.of("这条待办已经不在未完成列表里了，没有改动。", "task.not-found");
        }
        return done(task);
    }

    private Answer done(Task task) {
        tasks.markDone(task.id(), true, clock.instant());
        return Answer.of("已标记完成：" + TaskAnswers.line(task).substring(2), "task.done:" + task.id());
    }

    private static String choiceKey(Member member) {
        return "tasks:" + member.id() + ":choice";
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
