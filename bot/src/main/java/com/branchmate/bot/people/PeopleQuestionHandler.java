package com.branchmate.bot.people;

import org.springframework.stereotype.Component;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;
import com.branchmate.bot.tasks.TaskAnswers;

/**
 * Questions about recorded people and branches; a lookup that names no one it can answer (我明天要干啥, 这周有哪些待办)
 * lists the member's own tasks for the days it names.
 */
@Component
class PeopleQuestionHandler implements IntentHandler {

    private final PeopleAnswers answers;
    private final TaskAnswers tasks;

    PeopleQuestionHandler(PeopleAnswers answers, TaskAnswers tasks) {
        this.answers = answers;
        this.tasks = tasks;
    }

    @Override
    public Intent intent() {
        return Intent.PEOPLE_QUESTION;
    }

    @Override
    public Answer handle(Turn turn) {
        return answers.answer(Caller.of(turn.member()), turn.text(), turn.inGroup(), turn.channel())
                .map(text -> Answer.of(text, "people.answer"))
                .orElseGet(() -> {
                    PeopleAnswers.Window window = PeopleAnswers.window(turn.text(), turn.referenceDate(), 7);
                    return Answer.of(tasks.mine(turn.member(), window.to(), window.label()), "tasks.listed");
                });
    }
}
